import { convertAmount, formatAmount } from '../../amount';
import { address, amountOf } from '../shared/cells';
import { setCell } from '../shared/fixes';
import { amountsByParagraph, paragraphAt } from '../shared/narrative-text';
import { knownClassNames } from '../shared/narrative-targets';
import { className, unitOf } from '../../tables/query';
import type { Rule } from '../types';

/** Aggregates that end in 支出 but are not classes. */
const AGGREGATE = /(基本支出|项目支出|当年支出|本年支出|支出预算|支出总计|支出合计)$/;

export const narrativeClassNames: Rule = {
  id: 'narrative/class-names',
  title: '说明中的支出类名称是真实的类名',
  defaultSeverity: 'error',
  docs: '情况说明列举各类支出时（如“一般公共服务支出X万元，占Y%”），名称必须是支出功能分类的类名；按金额找出应写的类名。',
  check(context) {
    const classes = knownClassNames(context);
    const table = context.tablesOf('expenditure')[0] ?? context.tablesOf('general-expenditure')[0];
    if (!table || classes.size === 0) return;
    const classRows = table.rows.filter((row) => row.code?.level === 1 && row.name);
    const byParagraph = amountsByParagraph(context.narrative.amounts);
    for (const amounts of byParagraph.values()) {
      const words = amounts.map((a) => className(a.label.replace(/^.*[，,；;：:。]/, '')));
      if (!words.some((w) => classes.has(w))) continue;
      const whole = amounts[0];
      amounts.forEach((quoted, i) => {
        const written = words[i];
        if (quoted.amount.eq(whole.amount) || classes.has(written) || !written.endsWith('支出') || AGGREGATE.test(written)) return;
        const owners = classRows.filter((row) => convertAmount(amountOf(row.values.total), unitOf(table), quoted.unit).eq(quoted.amount));
        if (owners.length !== 1) return;
        const owner = owners[0];
        const right = className(owner.name!.text);
        const paragraph = paragraphAt(context, quoted.ref);
        const at = paragraph ? paragraph.text.lastIndexOf(written, quoted.offset) : -1;
        context.report({
          at: quoted.ref,
          message: `情况说明写「${written}」${formatAmount(quoted.amount)}${quoted.unit}，这不是支出功能分类的类名；该金额是「${right}」（${address(owner.name!.ref)}）。`,
          related: [owner.name!.ref],
          expected: right,
          actual: written,
          fix: paragraph && at >= 0 ? setCell(paragraph.ref, paragraph.text.slice(0, at) + right + paragraph.text.slice(at + written.length), `将「${written}」改为「${right}」`) : undefined,
        });
      });
    }
  },
};
