import type { NarrativeParagraph } from '../../narrative/types';
import type { Severity } from '../../findings';
import type { Rule, RuleContext } from '../types';

/** Placeholders of the templates that should have been filled in. */
const LEFTOVERS: Array<[RegExp, string]> = [
  [/增加[（(]减少[)）]|减少[（(]增加[)）]/, '增加（减少）'],
  [/[（(]持平[)）]/, '（持平）'],
  [/(?<![A-Za-z])(?:XX|ＸＸ|xx|ｘｘ)(?![A-Za-z])/, 'XX'],
  [/x,xxx|X,XXX|x\.xx|X\.XX/, 'x,xxx'],
];
/** "主要原因是。" — the reason left empty. */
const EMPTY_REASON = /主要原因(?:是|为)?\s*[:：]?\s*[。；;，,]/;
/** A 部门 disclosure's wording in a 单位预算: "下属1家机关和1家事业单位", "本部门". */
const DEPARTMENT_WORDING = /下属\s*\d+\s*家|本部门/;
const UNIT_WORDING = /单位预算编制说明|本单位无机关运行经费/;
const DOUBLE_STOP = /。。|，，|；；/;

export const narrativeDrafting: Rule = {
  id: 'narrative/drafting',
  title: '说明中没有模板残留和空缺',
  defaultSeverity: 'warning',
  docs: '情况说明中不应留有模板占位文字（增加（减少）、（持平）、XX、x,xxx），“主要原因是”后不应为空，单位预算不应使用部门预算的写法（下属X家、本部门），部门预算不应使用单位预算的写法；增减原因与增减方向不应相反；重复标点只作提示。',
  check(context) {
    const scope = context.options.family?.scope;
    for (const paragraph of context.narrative.paragraphs) {
      const say = (message: string, severity?: Severity) => context.report({ at: paragraph.ref, message, severity });
      leftovers(paragraph, say);
      emptyReason(paragraph, say);
      scopeWording(paragraph, scope, say);
      punctuation(paragraph, say);
    }
    reasonsAgainstDirection(context);
  },
};

type Say = (message: string, severity?: Severity) => void;

function leftovers(paragraph: NarrativeParagraph, say: Say): void {
  const found = LEFTOVERS.filter(([pattern]) => pattern.test(paragraph.text)).map(([, words]) => `「${words}」`);
  if (found.length) say(`情况说明中留有模板文字${found.join('')}，请按实际情况填写。`);
}

function emptyReason(paragraph: NarrativeParagraph, say: Say): void {
  if (EMPTY_REASON.test(paragraph.text)) say('情况说明写了“主要原因是”，但没有写出原因。');
}

function scopeWording(paragraph: NarrativeParagraph, scope: 'department' | 'unit' | undefined, say: Say): void {
  if (scope === 'unit') {
    const m = DEPARTMENT_WORDING.exec(paragraph.text);
    if (m) say(`这是单位预算，情况说明却用了部门预算的写法「${m[0]}」（单位预算应写本单位自身的情况）。`);
  }
  if (scope === 'department') {
    const m = UNIT_WORDING.exec(paragraph.text);
    if (m) say(`这是部门预算，情况说明却用了单位预算的写法「${m[0]}」。`);
  }
}

function punctuation(paragraph: NarrativeParagraph, say: Say): void {
  const m = DOUBLE_STOP.exec(paragraph.text);
  if (m) say(`情况说明中有重复的标点「${m[0]}」。`, 'info');
}

/** "比上年执行数减少2.98%。主要原因是：…经费增加": the reason says the opposite of the change. */
function reasonsAgainstDirection(context: RuleContext): void {
  for (const item of context.narrative.items) {
    const reason = item.reason?.text ?? '';
    const direction = item.change?.direction;
    if (!direction || !reason) continue;
    const says = /增加|增长|新增/.test(reason) && !/减少|下降/.test(reason) ? 1 : /减少|下降/.test(reason) && !/增加|增长/.test(reason) ? -1 : 0;
    if (says === 0 || says === direction) continue;
    const name = item.path[item.path.length - 1].name;
    context.report({ at: item.paragraph.ref, message: `「${name}」写的是${direction > 0 ? '增加' : '减少'}，原因却是“${reason}”，两者相反，请核实。` });
  }
}
