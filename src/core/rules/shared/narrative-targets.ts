/**
 * What a quoted amount in the 情况说明 refers to, from the words before it. Only labels that name one
 * table cell unambiguously are resolved; anything else is left alone rather than guessed.
 */
import type { AmountCell, BudgetTable, ColumnKey, LineKey, SourceKey, TableKind, TableRow } from '../../tables/types';
import type { CheckData } from '../types';
import { TABLE_LABEL } from '../../tables/labels';
import { className, hasAmounts, lineRow, totalRow } from '../../tables/query';

export interface NarrativeTarget {
  table: BudgetTable;
  cell: AmountCell;
  /** Chinese words for the cell, e.g. "支出总表合计行基本支出". */
  label: string;
}

/** Changes and purchases have their own rules. */
const NOT_A_TABLE_AMOUNT = /比上年|较上年|增加|减少|增长|下降|增幅|降幅|采购|绩效|涉及/;

/** `scope`: what the paragraph's figures are of (see paragraphScope). */
type Resolver = (context: CheckData, scope: string) => NarrativeTarget | undefined;

function totalCell(kind: TableKind, key: ColumnKey, label: string): Resolver {
  return (context) => {
    const table = context.tablesOf(kind)[0];
    const row = table && totalRow(table);
    return pick(table, row, key, label);
  };
}

function summaryLine(line: 'source' | 'carryover' | 'grand-total', label: string, source?: SourceKey): Resolver {
  return (context) => {
    const table = context.tablesOf('summary')[0];
    return pick(table, table && lineRow(table, 'income', line, source), 'amount', label);
  };
}

/** 收入总计 of the 财政拨款收支总表. */
function fiscalIncomeGrandTotal(label: string): Resolver {
  return (context) => {
    const table = context.tablesOf('fiscal-summary')[0];
    return pick(table, table && lineRow(table, 'income', 'grand-total'), 'amount', label);
  };
}

/** 支出总计 of a two-sided table: its total column (合计 or 小计), else its single amount column. */
function expenditureGrandTotal(kind: 'summary' | 'fiscal-summary', label: string): Resolver {
  return (context) => {
    const table = context.tablesOf(kind)[0];
    const row = table && lineRow(table, 'expenditure', 'grand-total');
    return pick(table, row, row?.values.total ? 'total' : 'amount', label);
  };
}

/** A line of the “三公” table, whichever way it is laid out; an empty table is three-public/narrative's. */
function threePublicLine(line: LineKey, label: string): Resolver {
  return (context) => {
    const table = context.tablesOf('three-public')[0];
    if (!table || !hasAmounts(table.rows)) return undefined;
    const row = table.rows.find((r) => r.line === line) ?? (line === 'total' ? totalRow(table) : undefined);
    return pick(table, row, 'total', label);
  };
}

/**
 * 基本支出 / 项目支出 of the paragraph's funding: after "一般公共预算支出…其中" the 一般公共预算支出表's, with no
 * funding named the 支出总表's; under 财政拨款 or a fund no one table holds the figure, so it is left alone.
 */
function scopedTotal(key: 'basic' | 'project', words: string): Resolver {
  return (context, scope) => {
    if (/财政拨款|政府性基金|国有资本/.test(scope)) return undefined;
    const kind = /一般公共预算/.test(scope) ? 'general-expenditure' : 'expenditure';
    return totalCell(kind, key, `${TABLE_LABEL[kind]}${words}合计`)(context, scope);
  };
}

function pick(table: BudgetTable | undefined, row: TableRow | undefined, key: ColumnKey, label: string): NarrativeTarget | undefined {
  const cell = row?.values[key];
  return table && cell ? { table, cell, label } : undefined;
}

const RESOLVERS: Array<[RegExp, Resolver]> = [
  [/[“"「]?三公[”"」]?经费(?:预算|支出)?数?$/, threePublicLine('total', '“三公”经费表合计')],
  [/(?:出国|出境).*费$/, threePublicLine('abroad', '“三公”经费表因公出国（境）费')],
  [/公务(?:用)?车(?:辆)?购置(?:及|和|与)运行(?:维护)?费$/, threePublicLine('vehicle', '“三公”经费表公务用车购置及运行费')],
  [/公务(?:用)?车(?:辆)?购置费$/, threePublicLine('vehicle-purchase', '“三公”经费表公务用车购置费')],
  [/公务(?:用)?车(?:用车)?运行(?:维护)?费$/, threePublicLine('vehicle-operation', '“三公”经费表公务用车运行费')],
  [/公务接待费$/, threePublicLine('reception', '“三公”经费表公务接待费')],
  [/机关运行经费/, totalCell('operating-cost', 'total', '机关运行经费表部门合计')],
  [/^(?:部门|单位)?(?:综合)?(?:预算)?收入(?:预算)?(?:总计|总额)$|^(?:部门|单位)?收入预算$/, summaryLine('grand-total', '收支总表收入总计')],
  [/^财政拨款收入(?:预算)?(?:总计|总额)$|^财政拨款收支总预算$/, fiscalIncomeGrandTotal('财政拨款收支总表收入总计')],
  [/^(?:部门|单位)?收支总预算$/, summaryLine('grand-total', '收支总表收入总计')],
  [/^财政拨款收入(?:预算)?$/, summaryLine('source', '收支总表财政拨款收入', 'fiscal')],
  [/^事业收入$/, summaryLine('source', '收支总表事业收入', 'business')],
  [/^事业单位经营收入$/, summaryLine('source', '收支总表事业单位经营收入', 'operating')],
  [/^其他收入$/, summaryLine('source', '收支总表其他收入', 'other')],
  [/^(?:部门|单位)?(?:综合)?(?:预算)?支出(?:预算)?(?:总计|总额)$|^(?:部门|单位)?(?:支出预算|预算支出)$/, expenditureGrandTotal('summary', '收支总表支出总计')],
  [/^财政拨款支出(?:预算)?$/, expenditureGrandTotal('fiscal-summary', '财政拨款收支总表支出总计')],
  [/^一般公共预算拨款支出(?:预算)?$|^一般公共预算当年拨款(?:支出)?(?:预算)?$/, totalCell('general-expenditure', 'total', '一般公共预算支出表合计')],
  [/^政府性基金(?:预算)?拨款支出(?:预算)?$/, totalCell('fund-expenditure', 'total', '政府性基金预算支出表合计')],
  [/^国有资本经营预算拨款支出(?:预算)?$/, totalCell('state-capital', 'total', '国有资本经营预算支出表合计')],
  [/人员经费$/, totalCell('basic-economic', 'personnel', '基本支出分经济科目表人员经费合计')],
  [/公用经费$/, totalCell('basic-economic', 'public', '基本支出分经济科目表公用经费合计')],
  [/一般公共预算.*基本支出$/, totalCell('general-expenditure', 'basic', '一般公共预算支出表基本支出合计')],
  [/一般公共预算.*项目支出$/, totalCell('general-expenditure', 'project', '一般公共预算支出表项目支出合计')],
  [/基本支出$/, scopedTotal('basic', '基本支出')],
  [/项目支出$/, scopedTotal('project', '项目支出')],
  [/上年结转(收入)?$/, summaryLine('carryover', '收支总表上年结转')],
  [/一般公共预算(拨款)?收入$/, summaryLine('source', '收支总表一般公共预算收入', 'general')],
  [/政府性基金预算(拨款)?收入$/, summaryLine('source', '收支总表政府性基金预算收入', 'fund')],
  [/国有资本经营预算(拨款)?收入$/, summaryLine('source', '收支总表国有资本经营预算收入', 'state-capital')],
  [/财政专户管理资金(收入)?$/, summaryLine('source', '收支总表财政专户管理资金收入', 'special-account')],
  [/单位资金$/, summaryLine('source', '收支总表单位资金收入', 'unit-funds')],
];

/**
 * Class amounts are scoped by funding source like the paragraph that lists them: "一般公共预算当年支出
 * …主要用于" → 一般公共预算支出表; "财政拨款收支…支出包括" → 财政拨款收支总表; otherwise 支出总表.
 */
function classTarget(context: CheckData, label: string, scope: string): NarrativeTarget | undefined {
  if (/财政拨款/.test(scope)) {
    const table = context.tablesOf('fiscal-summary')[0];
    const line = table?.rows.find((row) => row.line === 'class' && row.side === 'expenditure' && row.name && label.endsWith(className(row.name.text)));
    return line ? pick(table, line, 'total', `财政拨款收支总表「${className(line.name!.text)}」小计`) : undefined;
  }
  const kind = /一般公共预算/.test(scope) ? 'general-expenditure' : 'expenditure';
  const table = context.tablesOf(kind)[0];
  for (const row of table?.rows ?? []) {
    if (row.code?.level !== 1 || !row.name) continue;
    const name = className(row.name.text);
    if (name && label.endsWith(name)) return pick(table, row, 'total', `${TABLE_LABEL[kind]}「${row.code.code} ${name}」合计`);
  }
  return undefined;
}

/** What the label names; `scope` is what the paragraph's figures are of (see paragraphScope). */
export function resolveNarrativeLabel(context: CheckData, label: string, scope = ''): NarrativeTarget | undefined {
  const words = label.replace(/[\s：:，,、；;（(）)]+$/g, '').replace(/^.*[，,；;：:。]/, '');
  if (!words || NOT_A_TABLE_AMOUNT.test(words)) return undefined;
  for (const [pattern, resolve] of RESOLVERS) if (pattern.test(words)) return resolve(context, scope);
  return classTarget(context, words, scope);
}

/** Names of the 支出功能分类 类 known to this workbook: catalog level 1, 收支总表 class lines, 类 rows. */
export function knownClassNames(context: CheckData): Set<string> {
  const names = new Set<string>();
  for (const entry of context.functionCatalog?.entries ?? []) if (entry.level === 1) names.add(className(entry.name));
  for (const table of context.tables) {
    for (const row of table.rows) {
      if (!row.name) continue;
      if ((row.line === 'class' && row.side === 'expenditure') || (row.code?.level === 1 && table.kind !== 'basic-economic')) names.add(className(row.name.text));
    }
  }
  names.delete('');
  return names;
}
