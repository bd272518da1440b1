/**
 * The standard 情况说明 paragraphs, each from the table that holds its figures, in the wording of the
 * published county texts (泽州 2026, 永和 2024). What the tables cannot give is left as a placeholder.
 */
import { ZERO, convertAmount, sumAmounts, type Amount, type AmountUnit } from '../../amount';
import type { CellRef } from '../../grid';
import type { Narrative } from '../../narrative/types';
import { TABLE_LABEL } from '../../tables/labels';
import { className, firstOf, lineRow, linesOf, totalRow, unitOf } from '../../tables/query';
import type { BudgetTable, ColumnKey, LineKey, SourceKey, TableKind, TableRow } from '../../tables/types';
import { ParagraphBuilder, changeOnLastYear, placeholder, type DraftFigure } from './builder';

export type SectionId = 'overview' | 'income' | 'expenditure' | 'fiscal' | 'general' | 'basic' | 'three-public' | 'operating-cost' | 'purchases';

export interface DraftSection {
  id: SectionId;
  /** "三、支出预算情况说明". */
  heading: string;
  /** Paragraphs as the user copies them; sub-headings such as "（一）…" are paragraphs of their own. */
  paragraphs: string[];
  figures: DraftFigure[];
}

export interface SectionContext {
  tables: BudgetTable[];
  narrative: Narrative;
  unitName: string;
  /** "2026" or a placeholder. */
  year: string;
  /** Last year, for "比2025年预算…"; a placeholder when the year is unknown. */
  lastYear: string;
  /** 部门 or 单位 预算. */
  scope: '部门' | '单位';
  /** Unit every amount of the draft is written in. */
  unit: AmountUnit;
}

/** An amount of a table cell in the draft's unit; zero for blank cells, as the disclosures mean them. */
interface Figure {
  value: Amount;
  source?: CellRef;
}

function figure(context: SectionContext, table: BudgetTable, row: TableRow | undefined, key: ColumnKey): Figure {
  const cell = row?.values[key];
  if (!cell?.amount) return { value: ZERO, ...(cell ? { source: cell.ref } : {}) };
  return { value: convertAmount(cell.amount, unitOf(table), context.unit), source: cell.ref };
}

function hasColumn(table: BudgetTable, key: ColumnKey): boolean {
  return table.columns.some((column) => column.key === key);
}

const SOURCE_LABEL: Record<SourceKey, string> = {
  general: '一般公共预算拨款收入',
  fund: '政府性基金预算拨款收入',
  'state-capital': '国有资本经营预算拨款收入',
  'special-account': '财政专户管理资金收入',
  'unit-funds': '单位资金',
  'social-insurance': '社会保险基金预算收入',
  fiscal: '财政拨款收入',
  business: '事业收入',
  operating: '事业单位经营收入',
  'superior-subsidy': '上级补助收入',
  affiliated: '附属单位上缴收入',
  reserve: '用事业基金弥补收支差额',
  other: '其他收入',
};

const FISCAL_SOURCE_LABEL: Partial<Record<SourceKey, string>> = {
  general: '一般公共预算拨款',
  fund: '政府性基金预算拨款',
  'state-capital': '国有资本经营预算拨款',
};

function reason(): string {
  return `主要原因是${placeholder('增减原因')}`;
}

/** The paragraph that stands in for a section whose table was not found. */
function missing(kind: TableKind): string {
  return placeholder(`未识别到${TABLE_LABEL[kind]}，本段内容`);
}

class SectionWriter {
  readonly paragraphs: string[] = [];
  readonly figures: DraftFigure[] = [];

  constructor(private readonly context: SectionContext) {}

  paragraph(): ParagraphBuilder {
    return new ParagraphBuilder(this.context.unit);
  }

  push(paragraph: ParagraphBuilder | string): void {
    if (typeof paragraph === 'string') this.paragraphs.push(paragraph);
    else {
      this.paragraphs.push(paragraph.text);
      this.figures.push(...paragraph.figures);
    }
  }
}

type SectionBody = (writer: SectionWriter, context: SectionContext) => void;

/** Opening words of most paragraphs: "2026年度泽州县财政局". */
function subject(context: SectionContext): string {
  return `${context.year}年度${context.unitName}`;
}

const overview: SectionBody = (writer, context) => {
  const summary = firstOf(context.tables, 'summary');
  if (!summary) return writer.push(missing('summary'));
  const incomeLine = (line: LineKey) => figure(context, summary, lineRow(summary, 'income', line), 'amount');
  const spending = lineRow(summary, 'expenditure', 'expenditure-total');
  const grand = incomeLine('grand-total');
  const thisYear = incomeLine('income-total');
  const carried = incomeLine('carryover');
  const spent = figure(context, summary, lineRow(summary, 'expenditure', 'grand-total'), 'total');
  const arranged = hasColumn(summary, 'current') ? figure(context, summary, spending, 'current') : thisYear;
  const spentCarried = hasColumn(summary, 'carryover') ? figure(context, summary, spending, 'carryover') : carried;
  const p = writer.paragraph().add(subject(context));
  p.amount('预算收入总计', grand.value, grand.source).add('，其中：');
  p.amount('本年收入', thisYear.value, thisYear.source).add('，');
  p.amount('上年结转', carried.value, carried.source).add(`，${changeOnLastYear(context.unit)}，${reason()}；`);
  p.amount(`本年${context.scope}预算支出总计`, spent.value, spent.source).add('，其中：');
  p.amount('本年预算安排', arranged.value, arranged.source).add('，');
  p.amount('上年结转', spentCarried.value, spentCarried.source).add(`，${changeOnLastYear(context.unit)}，${reason()}。`);
  writer.push(p);
};

const income: SectionBody = (writer, context) => {
  const summary = firstOf(context.tables, 'summary');
  if (!summary) return writer.push(missing('summary'));
  const grand = figure(context, summary, lineRow(summary, 'income', 'grand-total'), 'amount');
  const parts = linesOf(summary, 'income', 'source')
    .filter((row) => row.source)
    .map((row) => ({ label: SOURCE_LABEL[row.source!], ...figure(context, summary, row, 'amount') }));
  parts.push({ label: '上年结转', ...figure(context, summary, lineRow(summary, 'income', 'carryover'), 'amount') });
  const p = writer.paragraph().add(subject(context)).amount('预算收入', grand.value, grand.source).add('，主要包括');
  parts.forEach((part, i) => {
    p.add(i === 0 ? '' : '；')
      .amount(part.label, part.value, part.source)
      .add('，')
      .share(part.label, part.value, grand.value);
  });
  writer.push(p.add('。'));
};

const expenditure: SectionBody = (writer, context) => {
  const table = firstOf(context.tables, 'expenditure');
  if (!table) return writer.push(missing('expenditure'));
  const total = totalRow(table);
  const whole = figure(context, table, total, 'total');
  const p = writer.paragraph().add(subject(context)).amount('支出预算', whole.value, whole.source).add('，其中：');
  (['basic', 'project'] as const).forEach((key, i) => {
    const part = figure(context, table, total, key);
    const label = key === 'basic' ? '基本支出' : '项目支出';
    p.add(i === 0 ? '' : '；')
      .amount(label, part.value, part.source)
      .add('，')
      .share(label, part.value, whole.value);
  });
  writer.push(p.add('。'));
};

/** Class rows with money in them, in table order: "一般公共服务支出" and its amount. */
function classFigures(context: SectionContext, table: BudgetTable, rows: TableRow[], key: ColumnKey): Array<Figure & { name: string }> {
  return rows.map((row) => ({ name: className(row.name?.text ?? ''), ...figure(context, table, row, key) })).filter((item) => item.name && !item.value.isZero());
}

const fiscal: SectionBody = (writer, context) => {
  const table = firstOf(context.tables, 'fiscal-summary');
  if (!table) return writer.push(missing('fiscal-summary'));
  const grand = figure(context, table, lineRow(table, 'income', 'grand-total'), 'amount');
  const thisYear = figure(context, table, lineRow(table, 'income', 'income-total'), 'amount');
  const carryLines = linesOf(table, 'income', 'carryover');
  const carryTotal = carryLines.find((row) => !row.source);
  const carried = carryTotal ? figure(context, table, carryTotal, 'amount') : { value: sumAmounts(carryLines.map((row) => figure(context, table, row, 'amount').value)) };
  const p = writer.paragraph().add(subject(context)).amount('财政拨款收支总预算', grand.value, grand.source).add('。其中：');
  const sources = linesOf(table, 'income', 'source').filter((row) => row.source && FISCAL_SOURCE_LABEL[row.source]);
  sources.forEach((row, i) => {
    const own = figure(context, table, row, 'amount');
    const carry = carryLines.find((line) => line.source === row.source);
    const value = carry ? own.value.plus(figure(context, table, carry, 'amount').value) : own.value;
    p.add(i === 0 ? '' : '，').amount(FISCAL_SOURCE_LABEL[row.source!]!, value, carry ? undefined : own.source);
  });
  p.add('。其中：').amount('当年拨款收入', thisYear.value, thisYear.source).add('，');
  p.amount('上年结转收入', carried.value, carried.source).add('。支出包括：');
  const classes = classFigures(context, table, linesOf(table, 'expenditure', 'class'), 'total');
  if (classes.length === 0) p.add(placeholder('支出功能分类及金额'));
  classes.forEach((item, i) => p.add(i === 0 ? '' : '、').amount(item.name, item.value, item.source));
  writer.push(p.add('等。'));
};

const general: SectionBody = (writer, context) => {
  const table = firstOf(context.tables, 'general-expenditure');
  if (!table) return writer.push(missing('general-expenditure'));
  const whole = figure(context, table, totalRow(table), 'total');
  writer.push('（一）一般公共预算当年支出规模变化情况');
  const scale = writer.paragraph().add(subject(context)).amount('一般公共预算当年支出', whole.value, whole.source);
  writer.push(scale.add(`，${changeOnLastYear(context.unit)}，${reason()}。`));
  writer.push('（二）一般公共预算当年支出结构情况');
  const structure = writer.paragraph().add(subject(context)).amount('一般公共预算当年支出', whole.value, whole.source).add('，主要用于以下方面：');
  const classes = classFigures(
    context,
    table,
    table.rows.filter((row) => row.code?.level === 1),
    'total',
  );
  if (classes.length === 0) structure.add(placeholder('支出功能分类及金额'));
  classes.forEach((item, i) => {
    structure
      .add(i === 0 ? '' : '；')
      .amount(item.name, item.value, item.source)
      .add('，')
      .share(item.name, item.value, whole.value);
  });
  writer.push(structure.add('等。'));
};

/** Economic items paid from one column, in table order; groups when the table lists no items. */
function itemNames(table: BudgetTable, key: 'personnel' | 'public'): string[] {
  const paid = (row: TableRow) => {
    const amount = row.values[key]?.amount;
    return !!amount && !amount.isZero() && !!row.name?.text.trim();
  };
  const items = table.rows.filter((row) => row.role === 'item' && paid(row));
  const rows = items.length > 0 ? items : table.rows.filter((row) => row.role === 'group' && paid(row));
  return [...new Set(rows.map((row) => row.name!.text.trim()))];
}

const basic: SectionBody = (writer, context) => {
  const table = firstOf(context.tables, 'basic-economic');
  if (!table) return writer.push(missing('basic-economic'));
  const total = totalRow(table);
  const whole = figure(context, table, total, 'total');
  writer.push(writer.paragraph().add(subject(context)).amount('一般公共预算安排基本支出', whole.value, whole.source).add('，其中：'));
  (['personnel', 'public'] as const).forEach((key) => {
    const part = figure(context, table, total, key);
    const names = itemNames(table, key);
    const label = key === 'personnel' ? '人员经费' : '公用经费';
    const p = writer.paragraph().amount(label, part.value, part.source).add('，主要包括：');
    p.add(names.length > 0 ? names.join('、') : placeholder('经济分类科目'));
    writer.push(p.add(key === 'personnel' ? '等；' : '等。'));
  });
};

const THREE_PUBLIC_LINES: Array<[LineKey, string]> = [
  ['abroad', '因公出国（境）费'],
  ['reception', '公务接待费'],
  ['vehicle', '公务用车购置及运行费'],
];

const threePublic: SectionBody = (writer, context) => {
  const table = firstOf(context.tables, 'three-public');
  if (!table) return writer.push(missing('three-public'));
  const line = (key: LineKey) => table.rows.find((row) => row.line === key);
  const total = figure(context, table, line('total') ?? totalRow(table), 'total');
  if (total.value.isZero()) return writer.push(`本${context.scope}无“三公”经费预算。`);
  const p = writer.paragraph().add(`${context.year}年${context.unitName}`).amount('“三公”经费财政拨款预算', total.value, total.source).add('，其中：');
  THREE_PUBLIC_LINES.forEach(([key, label], i) => {
    const part = figure(context, table, line(key), 'total');
    p.add(i === 0 ? '' : '，').amount(label, part.value, part.source);
  });
  const purchase = figure(context, table, line('vehicle-purchase'), 'total');
  const operation = figure(context, table, line('vehicle-operation'), 'total');
  p.add('（其中：').amount('公务用车购置费', purchase.value, purchase.source).add('，');
  p.amount('公务用车运行维护费', operation.value, operation.source).add('）');
  writer.push(p.add(`，${changeOnLastYear(context.unit)}，${reason()}。`));
};

const operatingCost: SectionBody = (writer, context) => {
  const table = firstOf(context.tables, 'operating-cost');
  if (!table) return writer.push(missing('operating-cost'));
  const total = figure(context, table, totalRow(table), 'total');
  const p = writer.paragraph().add(`${context.unitName}${context.year}年`).amount('机关运行经费财政拨款预算', total.value, total.source);
  writer.push(p.add(`，${changeOnLastYear(context.unit, `${context.lastYear}年预算`)}，${reason()}。`));
};

interface PurchaseLine {
  project: string;
  value: Amount;
  source?: CellRef;
  code: string;
  name: string;
}

/** The 政府购买服务预算表 when there is one; else the purchases the existing 情况说明 declares. */
function purchaseLines(context: SectionContext): PurchaseLine[] {
  const fromTables = context.tables
    .filter((table) => table.kind === 'gps')
    .flatMap((table) =>
      table.rows.flatMap((row): PurchaseLine[] => {
        const code = row.texts?.['catalog-code']?.text.trim();
        if (!code || row.role === 'total') return [];
        const amount = figure(context, table, row, row.values.amount ? 'amount' : 'total');
        return [{ project: row.name?.text.trim() ?? '', ...amount, code, name: row.texts?.['catalog-name']?.text.trim() ?? '' }];
      }),
    );
  if (fromTables.length > 0) return fromTables;
  return context.narrative.purchases.map((statement) => ({
    project: statement.project,
    value: convertAmount(statement.amount, statement.unit, context.unit),
    code: statement.code,
    name: statement.name,
  }));
}

const purchases: SectionBody = (writer, context) => {
  const lines = purchaseLines(context);
  if (lines.length === 0) return writer.push(`${context.year}年预算涉及政府购买服务的项目：${placeholder('项目名称、金额及指导性目录代码')}。`);
  const p = writer.paragraph().add(`${context.year}年预算涉及政府购买服务的专项有${lines.length}个，分别是：`);
  lines.forEach((line, i) => {
    p.add(i === 0 ? '' : '；')
      .amount(line.project, line.value, line.source)
      .add(`，属于${line.code}${line.name ? `-${line.name}` : ''}`);
  });
  writer.push(p.add('。'));
};

export const SECTIONS: Array<{ id: SectionId; title: (context: SectionContext) => string; body: SectionBody }> = [
  { id: 'overview', title: (context) => `${context.scope}预算收支数据变动情况及原因`, body: overview },
  { id: 'income', title: () => '收入预算情况说明', body: income },
  { id: 'expenditure', title: () => '支出预算情况说明', body: expenditure },
  { id: 'fiscal', title: () => '财政拨款收支预算总体情况说明', body: fiscal },
  { id: 'general', title: () => '一般公共预算支出情况说明', body: general },
  { id: 'basic', title: () => '一般公共预算基本支出情况说明', body: basic },
  { id: 'three-public', title: () => '“三公”经费增减变动原因说明', body: threePublic },
  { id: 'operating-cost', title: () => '机关运行经费增减变动原因说明', body: operatingCost },
  { id: 'purchases', title: () => '政府购买服务情况说明', body: purchases },
];

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function writeSections(context: SectionContext): DraftSection[] {
  return SECTIONS.map(({ id, title, body }, i) => {
    const writer = new SectionWriter(context);
    body(writer, context);
    return { id, heading: `${NUMERALS[i]}、${title(context)}`, paragraphs: writer.paragraphs, figures: writer.figures };
  });
}
