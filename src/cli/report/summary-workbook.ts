/**
 * --summary <file.xlsx>: the reviewer's workbook. 汇总 (one row per file, linked to its findings),
 * 问题清单 (one row per finding) and 按规则 (counts per rule and severity); every sheet with a frozen
 * header, an autofilter and columns as wide as their contents. Findings the preparer ignored are
 * counted in their severity and again in 已忽略, and listed with their reason. A new workbook, not a user's file, so
 * ExcelJS writes it whole. Findings' texts are cell text: a message that starts with "=" stays text.
 * Links are HYPERLINK formulas with their result stored: Excel, WPS and LibreOffice all follow them.
 */
import ExcelJS from 'exceljs';
import type { FileOutcome } from '../batch/check-file';
import { displayWidth } from '../batch/summary';
import { fileRows, ruleRows, SEVERITIES, SEVERITY_LABEL, type FileRow, type FindingRow } from './report-model';

export const SHEET_SUMMARY = '汇总';
export const SHEET_FINDINGS = '问题清单';
export const SHEET_RULES = '按规则';

const SEVERITY_HEADERS = SEVERITIES.map((severity) => SEVERITY_LABEL[severity]);
const SUMMARY_HEADER = ['文件', '单位', '年度', '模板', ...SEVERITY_HEADERS, '已忽略', '状态', '问题', '备注'];
const FINDINGS_HEADER = ['文件', '表', '单元格', '级别', '规则', '说明', '应为', '实为', '忽略理由'];
const RULES_HEADER = ['规则', '名称', ...SEVERITY_HEADERS, '合计'];

/** Also keeps every width off 9, which ExcelJS takes for its default and leaves out of the file. */
const MIN_WIDTH = 10;
const MAX_WIDTH = 60;

type Value = string | number | ExcelJS.CellFormulaValue | null;

export async function summaryWorkbook(outcomes: FileOutcome[]): Promise<Uint8Array> {
  const files = fileRows(outcomes);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '预算公开助手';
  const summary = workbook.addWorksheet(SHEET_SUMMARY);
  const findings = workbook.addWorksheet(SHEET_FINDINGS);
  const rules = workbook.addWorksheet(SHEET_RULES);

  const findingRows: FindingRow[] = files.flatMap((file) => file.findings);
  fill(
    findings,
    FINDINGS_HEADER,
    findingRows.map((f) => [
      f.file,
      f.table,
      f.page !== undefined ? `${f.cell}（第${f.page}页）` : f.cell,
      SEVERITY_LABEL[f.severity],
      f.rule,
      f.message,
      f.expected,
      f.actual,
      f.ignored?.reason ?? '',
    ]),
  );

  let firstRow = 2;
  fill(
    summary,
    SUMMARY_HEADER,
    files.map((file) => {
      const link = findingsLink(file, firstRow);
      firstRow += file.findings.length;
      const counts = file.counts ? [...SEVERITIES.map((severity) => file.counts![severity]), ignoredCount(file)] : [null, null, null, null];
      return [file.file, file.unit, file.year ?? null, file.family, ...counts, file.status, link, file.note];
    }),
  );

  fill(
    rules,
    RULES_HEADER,
    ruleRows(files).map((row) => [row.rule, row.title, ...SEVERITIES.map((severity) => row.counts[severity]), row.total]),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Ignored findings of every severity (each also counted in its severity's column). */
function ignoredCount(file: FileRow): number {
  return SEVERITIES.reduce((n, severity) => n + (file.counts?.ignored?.[severity] ?? 0), 0);
}

/** "查看 12 条" linking to the file's first row in 问题清单; nothing to link for a file without findings. */
function findingsLink(file: FileRow, row: number): Value {
  if (!file.findings.length) return file.counts ? '无' : '';
  const text = `查看 ${file.findings.length} 条`;
  return { formula: `HYPERLINK("#'${SHEET_FINDINGS}'!A${row}","${text}")`, result: text };
}

function fill(sheet: ExcelJS.Worksheet, header: string[], rows: Value[][]): void {
  sheet.addRow(header).font = { bold: true };
  // A string is written as a shared string whatever it starts with: only formula objects become formulas.
  for (const row of rows) sheet.addRow(row.map((value) => (value === '' ? null : value)));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: header.length } };
  header.forEach((title, c) => {
    const column = sheet.getColumn(c + 1);
    const widest = Math.max(displayWidth(title) + 3, ...rows.map((row) => displayWidth(shown(row[c]))));
    column.width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + 2));
    column.alignment = widest > MAX_WIDTH ? { wrapText: true, vertical: 'top' } : { vertical: 'top' };
  });
}

function shown(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'object') return String(value.result ?? '');
  return String(value);
}
