/**
 * Typed budget tables: the contract between the recognisers (producers) and the rules (consumers).
 * Every value remembers its cell so diagnostics and fixes can point at it.
 */
import type { Amount, AmountUnit, FixedAmount } from '../amount';
import type { CellRange, CellRef, CellValue } from '../grid';

export const TABLE_KINDS = [
  'summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'general-expenditure',
  'basic-economic',
  'fund-income',
  'fund-expenditure',
  'state-capital',
  'three-public',
  'operating-cost',
  'project',
  'project-carryover',
  'gps',
  'performance-target',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/**
 * The 13 tables of the standard 部门预算公开 template (预算公开表1–13), listed: a kind added to
 * TABLE_KINDS is not required of every disclosure until a family says so.
 */
export const TEMPLATE_TABLE_KINDS: readonly TableKind[] = [
  'summary',
  'income',
  'expenditure',
  'fiscal-summary',
  'general-expenditure',
  'basic-economic',
  'fund-income',
  'fund-expenditure',
  'state-capital',
  'three-public',
  'operating-cost',
  'project',
  'project-carryover',
];

export interface TextCell {
  ref: CellRef;
  text: string;
}

export interface AmountCell {
  ref: CellRef;
  /** Parsed exact value; null when the cell is blank or a dash (zero by convention). */
  amount: Amount | null;
  /** The same value as an exact integer and its decimals, for the hot sums; absent when it has none. */
  fixed?: FixedAmount;
  raw: CellValue;
  formula?: string;
  /** Set when the cell could not be read as an amount: an error value (#REF!) or stray text. */
  problem?: { kind: 'error' | 'unparsable'; text: string };
}

/**
 * Meaning of an amount column, from its header words.
 * Summary/fiscal-summary income side uses 'amount'; its expenditure side 'total'/'current'/'carryover'
 * (收支总表) or 'total'(小计)/'general'/'fund'/'state-capital' (财政拨款收支总表).
 */
export type ColumnKey =
  | 'amount' // a single 金额 / 2026年 column
  | 'total' // 合计 / 小计
  | 'current' // 当年预算安排 / 本年收入
  | 'carryover' // 上年结转 / 上年结转安排
  | 'general' // 一般公共预算
  | 'fund' // 政府性基金预算
  | 'state-capital' // 国有资本经营预算
  | 'special-account' // 财政专户管理资金
  | 'unit-funds' // 单位资金
  | 'social-insurance' // 社会保险基金预算
  | 'fiscal' // 财政拨款（收入）: 一般公共预算 + 政府性基金 + 国有资本经营 together
  | 'business' // 事业收入
  | 'operating' // 事业单位经营收入
  | 'superior-subsidy' // 上级补助收入
  | 'affiliated' // 附属单位上缴收入
  | 'reserve' // 用事业基金弥补收支差额
  | 'other' // 其他资金 / 其他收入
  | 'remit' // 上缴上级支出
  | 'operating-expense' // 事业单位经营支出
  | 'affiliated-subsidy' // 对附属单位补助支出
  | 'basic' // 基本支出
  | 'project' // 项目支出
  | 'personnel' // 人员经费
  | 'public'; // 公用经费

/** Funding-source column keys, in the order disclosures print them. */
export const SOURCE_KEYS = [
  'fiscal',
  'general',
  'fund',
  'state-capital',
  'special-account',
  'unit-funds',
  'social-insurance',
  'business',
  'operating',
  'superior-subsidy',
  'affiliated',
  'reserve',
  'other',
] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

/** 财政拨款 is the sum of these three funds; a table may print the group, its parts, or both. */
export const FISCAL_PARTS: readonly SourceKey[] = ['general', 'fund', 'state-capital'];

/** 单位资金, where a table breaks it down, is the sum of the unit's own income sources. */
export const UNIT_FUND_PARTS: readonly SourceKey[] = ['business', 'operating', 'superior-subsidy', 'affiliated', 'reserve', 'other'];

/** What an expenditure 合计 is made of: 基本支出, 项目支出 and, in some templates, these. */
export const EXPENDITURE_PARTS = ['basic', 'project', 'remit', 'operating-expense', 'affiliated-subsidy'] as const;

export type RowRole =
  | 'total' // 合计 / 部门合计 / 总计 rows
  | 'class' // 类 (3-digit code) or a 收支总表 class line
  | 'section' // 款 (5-digit code)
  | 'item' // 项 (7-digit code) or a leaf line
  | 'group' // basic-economic group (工资福利支出 …), 三公 parent line
  | 'unit' // 部门/单位 subtotal row above projects, or a unit line in 机关运行经费
  | 'project' // a project row
  | 'line'; // a fixed line of a two-sided or fixed-layout table (see LineKey)

/**
 * Semantic lines of fixed-layout tables.
 * summary / fiscal-summary income side: 'source' (with source), 'income-total', 'carryover', 'grand-total';
 * a 'carryover' line with a source is the carryover of that source (财政拨款收支总表 lists 上年财政拨款结转
 * and then 一、一般公共预算 … under it).
 * expenditure side: 'class', 'expenditure-total', 'year-end-carryover', 'grand-total'.
 * three-public: 'abroad', 'reception', 'vehicle', 'vehicle-purchase', 'vehicle-operation', 'total'.
 */
export type LineKey =
  | 'source'
  | 'income-total'
  | 'carryover'
  | 'grand-total'
  | 'class'
  | 'expenditure-total'
  | 'year-end-carryover'
  | 'abroad'
  | 'reception'
  | 'vehicle'
  | 'vehicle-purchase'
  | 'vehicle-operation'
  | 'total';

export interface CodeCell {
  /** Normalised whole code, e.g. "2010601" (split 类/款/项 columns joined). */
  code: string;
  /** 1 = 类 (3 digits), 2 = 款 (5), 3 = 项 (7); for economic codes 1 = 3 digits, 2 = 5 digits. */
  level: number;
  /** One cell for a whole code, or the 类/款/项 cells for a split code. */
  cells: CellRef[];
}

export interface TableRow {
  /** 0-based sheet row. */
  row: number;
  role: RowRole;
  /** Two-sided tables (收支总表, 财政拨款收支总表, 国有资本经营 收支): which half this row belongs to. */
  side?: 'income' | 'expenditure';
  line?: LineKey;
  /** For line 'source': which funding source the line names. */
  source?: SourceKey;
  /** A source line printed as a part of the 财政拨款 line above it ("1、一般公共预算资金"). */
  partOf?: 'fiscal';
  code?: CodeCell;
  /** 科目名称, 项目名称, 单位名称, or the line label. */
  name?: TextCell;
  /** basic-economic: 政府预算支出经济分类 name next to the 部门 name. */
  secondaryName?: TextCell;
  /**
   * Other text columns by meaning: gps 'content', 'catalog-code', 'catalog-name' (a cell such as
   * "B0701-评审服务" is split into both); basic-economic 'secondary-code' (政府预算支出经济分类 code).
   */
  texts?: Record<string, TextCell>;
  values: Partial<Record<ColumnKey, AmountCell>>;
  /**
   * The reader kept the row but could not interpret it: a code written but malformed, a coded table's
   * row without a code, an income line it cannot name. Identities that would sum over it are not checked.
   */
  unread?: 'malformed-code' | 'no-code' | 'unnamed-line';
}

export interface TableColumn {
  /**
   * An amount ColumnKey, or a text column: 'code' (or split 'code-class' / 'code-section' / 'code-item'),
   * 'name', 'secondary-name', 'secondary-code', 'content', 'catalog-code', 'catalog-name';
   * three-public laid out as columns: 'line:<LineKey>'.
   */
  key: ColumnKey | string;
  /** Header words joined top to bottom, e.g. "本年收入 一般公共预算". */
  header: string;
  col: number;
  side?: 'income' | 'expenditure';
}

export interface ReadIssue {
  severity: 'error' | 'warning' | 'info';
  /** Chinese message saying what was not understood. */
  message: string;
  ref?: CellRef;
}

/**
 * One recognised table. Rows are in sheet order; two-sided tables list all income-side rows, then all
 * expenditure-side rows (the same sheet row can appear on both sides). A three-public table laid out as
 * columns gives one row per line, all on the same sheet row, each with its amount in values.total.
 */
export interface BudgetTable {
  kind: TableKind;
  sheet: string;
  /** Title to last data row (or the 本表无数据 note). */
  range: CellRange;
  title: TextCell;
  /** Where the table goes on under a 续 title (a later sheet or further down); its rows are in `rows`. */
  continuations?: Array<{ sheet: string; range: CellRange; title: TextCell }>;
  /** Year read from the title, when it states one. */
  year?: number;
  /** 部门名称 / 单位名称 value for this table. */
  unitName?: TextCell;
  /** 单位：万元 / 元; undefined when the table does not state its unit. */
  unit?: { unit: AmountUnit; ref: CellRef };
  columns: TableColumn[];
  rows: TableRow[];
  /** Where "本表无数据" was written, if anywhere. */
  noDataNote?: CellRef;
  /** The note's words, as written. */
  noDataText?: string;
  /**
   * performance-target: named fields '项目名称', '主管部门', '实施单位' (TextCell) and '年度资金总额',
   * '实施期资金总额' (AmountCell, in the table's unit).
   */
  fields?: Record<string, TextCell | AmountCell>;
  /** Amount-bearing columns whose header words were not understood: the table's row sums are not checked. */
  unreadColumns?: TableColumn[];
  issues: ReadIssue[];
}
