/**
 * Header words → column meaning. Works on the header fragments of one column joined top to bottom,
 * so a merged group header ("本年收入") plus its child ("一般公共预算") and PDF fragments split over
 * rows ("政府性" / "基金预算") read the same.
 */
import type { ColumnKey } from '../types';

/** Text column meanings besides ColumnKey amounts. */
export type LabelKey = 'code' | 'code-class' | 'code-section' | 'code-item' | 'name' | 'secondary-name' | 'secondary-code' | 'unit-code' | 'content' | 'catalog-code' | 'catalog-name';

const LABEL_KEYS: ReadonlySet<string> = new Set<LabelKey>([
  'code',
  'code-class',
  'code-section',
  'code-item',
  'name',
  'secondary-name',
  'secondary-code',
  'unit-code',
  'content',
  'catalog-code',
  'catalog-name',
]);

const CODE_PARTS: Array<[RegExp, LabelKey]> = [
  [/^类$/, 'code-class'],
  [/^款$/, 'code-section'],
  [/^项$/, 'code-item'],
];

/** Order matters: the first rule that matches decides. */
const AMOUNT_RULES: Array<[RegExp, ColumnKey]> = [
  [/上年结转/, 'carryover'],
  [/上缴上级/, 'remit'],
  [/事业单位经营支出/, 'operating-expense'],
  [/对附属单位补助/, 'affiliated-subsidy'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/人员经费/, 'personnel'],
  [/公用经费/, 'public'],
  [/合计|小计|总计/, 'total'],
  // "政府性基金收入预算" heads the single amount column of an income table, not a source column.
  [/收入预算$/, 'amount'],
  [/一般公共预算/, 'general'],
  [/社会保险基金/, 'social-insurance'],
  [/政府性基金|基金预算/, 'fund'],
  [/国有资本经营/, 'state-capital'],
  [/财政专户/, 'special-account'],
  [/单位资金/, 'unit-funds'],
  [/财政拨款/, 'fiscal'],
  [/事业单位经营/, 'operating'],
  [/事业收入/, 'business'],
  [/上级补助/, 'superior-subsidy'],
  [/附属单位上缴/, 'affiliated'],
  [/事业基金弥补|弥补收支差/, 'reserve'],
  [/其他资金|其他收入/, 'other'],
  [/当年预算|本年预算|本年收入/, 'current'],
  [/金额|预算数|20\d{2}年?$|^预算$|^数额$/, 'amount'],
];

/**
 * Comparisons with the year before ("增减额", "增减率", "比上年增长") and that year's own figures
 * ("上年预算数", "上年执行数"): understood, and not amounts of the table's year, so no identity of the
 * table reads them. ("上年结转" is this year's income carried over, not last year's figure.)
 */
const OTHER_YEAR = /增减|增长|增幅|降幅|变动|变化|同比|[比较]上年|上年(?:预算|决算|执行|实际|数|同期)|上一年度?(?:预算|决算|执行|数)|去年/;

/** A 合计/小计 under a group header is the group's subtotal: "财政拨款 | 小计" is 财政拨款. */
const GROUP_TOTALS: Array<[RegExp, ColumnKey]> = [
  [/上年结转/, 'carryover'],
  // Not "财政拨款支出 | 合计": there 财政拨款 is the whole side of a 财政拨款收支总表.
  [/财政拨款(?!收入|支出)/, 'fiscal'],
  [/基本支出/, 'basic'],
  [/单位资金/, 'unit-funds'],
];

function labelKeyOf(text: string): LabelKey | undefined {
  if (/目录.*(代码|编码)|服务(代码|编码)/.test(text)) return 'catalog-code';
  if (/目录.*名称|服务类别|目录项目/.test(text)) return 'catalog-name';
  // A bare "指导性目录" column usually holds "B0701-评审服务"; the gps reader splits code and name.
  if (/目录$/.test(text)) return 'catalog-code';
  if (/服务内容|购买内容/.test(text)) return 'content';
  // A table listed by unit ("单位代码 | 单位名称 | 合计 …") has no 科目编码.
  if (/单位(?:代码|编码|编号)/.test(text)) return 'unit-code';
  const secondary = /政府预算支出经济|政府经济分类|政府预算经济/.test(text);
  if (/编码|代码|编号/.test(text)) return secondary ? 'secondary-code' : 'code';
  if (secondary) return 'secondary-name';
  if (/(名称|项目|科目|单位|项目内容)$/.test(text)) return 'name';
  return undefined;
}

function amountKeyOf(text: string): ColumnKey | undefined {
  return AMOUNT_RULES.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * Meaning of a column from its header fragments (top to bottom); undefined when the words say nothing
 * known. The lowest words decide ("基本支出 | 人员经费" is 人员经费), reading upwards only while they say
 * nothing specific: PDF conversions split words over rows ("一般公共" / "预算"), and a bare 金额 or
 * 预算数 is the weakest meaning.
 */
export function columnKeyOf(fragments: string[]): ColumnKey | LabelKey | typeof FOREIGN_COLUMN | undefined {
  if (fragments.length === 0) return undefined;
  const last = fragments[fragments.length - 1];
  for (const [pattern, key] of CODE_PARTS) if (pattern.test(last)) return key;
  const words = fragments.map((fragment) => fragment.replace(/[(（][^)）]*[)）]/g, ''));
  // Text columns are named by all their words: "政府预算支出经济分类 | 科目编码" is the secondary code.
  const label = labelKeyOf(words.join(''));
  if (label) return label;
  if (OTHER_YEAR.test(words.join(''))) return FOREIGN_COLUMN;
  let generic: ColumnKey | undefined;
  for (let from = words.length - 1; from >= 0; from--) {
    const key = amountKeyOf(words.slice(from).join(''));
    if (key === undefined) continue;
    if (key === 'total') return groupTotal(words.slice(0, from)) ?? key;
    if (key !== 'amount') return key;
    generic ??= key;
  }
  return generic;
}

function groupTotal(above: string[]): ColumnKey | undefined {
  const text = above.join('');
  return GROUP_TOTALS.find(([pattern]) => pattern.test(text))?.[1];
}

/**
 * Key of a column that is understood and not this table's: the other table of a combined title (the
 * 机关运行经费 column of a “三公”经费和机关运行经费预算表 when reading its 三公 part), another year.
 */
export const FOREIGN_COLUMN = 'foreign' as const;

export function isLabelKey(key: string): key is LabelKey {
  return LABEL_KEYS.has(key);
}
