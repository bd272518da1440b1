/**
 * Cell-level comparison of a grid read from a PDF with a transcription of the same disclosure:
 * each table sheet is matched by its title, each amount by its row label (the row's codes and names,
 * with a counter for repeats) and its column. Independent of table recognition on purpose.
 */
import { parseCellAmount, type Amount } from '../../src/core/amount';
import type { Report, ReportDiagnostic } from '../../src/core/report';
import { cellText, columnLetters, parseA1, type Grid, type GridSheet } from '../../src/core/grid';
import { isTitle } from '../../src/host/pdf/layout/document';
import { NARRATIVE_SHEET } from '../../src/host/pdf/to-grid';
import { isCodeHeader } from '../../src/host/pdf/values';

export interface CellDifference {
  table: string;
  row: string;
  column: string;
  pdf: string;
  transcribed: string;
}

export interface TableComparison {
  title: string;
  /** Sheet names on each side; pdfSheet is undefined when the PDF has no table with this title. */
  transcribedSheet: string;
  pdfSheet?: string;
  compared: number;
  equal: number;
}

export interface GridComparison {
  tables: TableComparison[];
  compared: number;
  equal: number;
  differences: CellDifference[];
  /** Narrative paragraphs of the transcription, and how many the PDF's 说明 sheet holds word for word. */
  paragraphs: number;
  paragraphsFound: number;
  missingParagraphs: string[];
}

export function compareGrids(pdf: Grid, transcribed: Grid): GridComparison {
  // Repeated titles (one 绩效目标表 per project) pair up in order.
  const pdfTables = new Map<string, GridSheet[]>();
  for (const sheet of pdf.sheets) pdfTables.set(normalizeTitle(titleOf(sheet)), [...(pdfTables.get(normalizeTitle(titleOf(sheet))) ?? []), sheet]);
  const tables: TableComparison[] = [];
  const differences: CellDifference[] = [];
  for (const sheet of transcribed.sheets.filter((candidate) => /表/.test(titleOf(candidate))).flatMap(stackedTables)) {
    const title = titleOf(sheet);
    if (!title || !/表/.test(title)) continue;
    const match = pdfTables.get(normalizeTitle(title))?.shift();
    const comparison: TableComparison = { title, transcribedSheet: sheet.name, ...(match ? { pdfSheet: match.name } : {}), compared: 0, equal: 0 };
    tables.push(comparison);
    const expected = amountsOf(sheet);
    const actual = match ? amountsOf(match) : new Map<string, Map<number, Amount>>();
    for (const key of new Set([...expected.keys(), ...actual.keys()])) {
      const want = expected.get(key) ?? new Map<number, Amount>();
      const got = actual.get(key) ?? new Map<number, Amount>();
      for (const col of new Set([...want.keys(), ...got.keys()])) {
        comparison.compared += 1;
        const a = got.get(col);
        const b = want.get(col);
        if (a && b && a.equals(b)) comparison.equal += 1;
        else differences.push({ table: title, row: key, column: columnLetters(col), pdf: a?.toString() ?? '（空）', transcribed: b?.toString() ?? '（空）' });
      }
    }
  }
  const narrative = compareNarrative(pdf, transcribed);
  return {
    tables,
    compared: tables.reduce((sum, t) => sum + t.compared, 0),
    equal: tables.reduce((sum, t) => sum + t.equal, 0),
    differences,
    ...narrative,
  };
}

export interface FindingComparison {
  /** Findings as "severity rule place", places as in locationKey. */
  onlyPdf: string[];
  onlyTranscribed: string[];
  same: number;
}

/**
 * The findings of checking the PDF and the transcription, side by side, by severity, rule and place.
 * The two legitimately put the same thing at different addresses, so a place is what it is rather
 * than where: a paragraph of the narrative is its text (the PDF's 说明 sheet holds every paragraph of
 * the disclosure, a transcription some, or spread over sheets of their own as the template has them);
 * a table cell is its table's title, its row's label and its column (a PDF sheet is named after the
 * title, a transcription's 表N; the template-layout workbooks have blank rows the PDF does not print).
 * Page numbers are left aside.
 */
export function compareFindings(pdf: { grid: Grid; report: Report }, transcribed: { grid: Grid; report: Report }): FindingComparison {
  const pdfKeys = pdf.report.diagnostics.map(findingKey(pdf.grid));
  const transcribedKeys = transcribed.report.diagnostics.map(findingKey(transcribed.grid));
  const remaining = [...transcribedKeys];
  const onlyPdf: string[] = [];
  for (const k of pdfKeys) {
    const at = remaining.indexOf(k);
    if (at >= 0) remaining.splice(at, 1);
    else onlyPdf.push(k);
  }
  return { onlyPdf, onlyTranscribed: remaining, same: pdfKeys.length - onlyPdf.length };
}

/** Longer texts are paragraphs of the narrative, not labels. */
const PARAGRAPH_MIN_LENGTH = 20;

function findingKey(grid: Grid): (d: ReportDiagnostic) => string {
  const parts = new Map<string, Array<{ top: number; sheet: GridSheet; labels: string[] }>>();
  const partsOf = (sheet: GridSheet) => {
    if (!parts.has(sheet.name))
      parts.set(
        sheet.name,
        [{ top: 0, sheet }, ...stackedParts(sheet)].map((part) => ({ ...part, labels: labelRows(part.sheet) })),
      );
    return parts.get(sheet.name)!;
  };
  return (d) => {
    const sheet = d.sheet === undefined ? undefined : grid.sheets.find((candidate) => candidate.name === d.sheet);
    const pos = d.cell === undefined ? undefined : parseA1(d.cell);
    if (!sheet) return `${d.severity} ${d.rule} ${d.sheet ?? ''}`;
    // A cell of a table stacked on a sheet with others is placed in its own table.
    const part = partsOf(sheet)
      .filter((candidate) => candidate.top <= (pos?.row ?? 0))
      .at(-1)!;
    const at = pos && { row: pos.row - part.top, col: pos.col };
    return `${d.severity} ${d.rule} ${placeKey(part.sheet, at, d.cell ?? '', part.labels)}`;
  };
}

function placeKey(sheet: GridSheet, pos: { row: number; col: number } | undefined, cell: string, labels: string[]): string {
  const title = normalizeTitle(titleOf(sheet));
  if (!pos) return `${title || sheet.name}!${cell}`;
  const text = cellText(sheet, pos.row, pos.col).replace(/\s+/g, '');
  if (text.length >= PARAGRAPH_MIN_LENGTH && normalizeTitle(text) !== title) return `「${text}」`;
  return `${title || sheet.name}!${labels[pos.row] ?? `第${pos.row + 1}行`}@${columnLetters(pos.col)}`;
}

/** Each row's label (its texts that are not amounts), numbered when the same label comes again. */
function labelRows(sheet: GridSheet): string[] {
  const seen = new Map<string, number>();
  return sheet.rows.map((row, r) => {
    const texts = (row ?? []).map((cell, c) => (cell && !parseCellAmount(cell).amount ? cellText(sheet, r, c).replace(/\s+/g, '') : '')).filter(Boolean);
    const base = texts.join('|') || '（无标签）';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count > 1 ? `${base}#${count}` : base;
  });
}

/**
 * The tables of a sheet: a workbook may stack them on one sheet (each under its title row), and a
 * sheet of 绩效目标表 holds one per project. Each part keeps the sheet's name, its own rows and
 * where they start on the sheet.
 */
function stackedParts(sheet: GridSheet): Array<{ top: number; sheet: GridSheet }> {
  const starts = sheet.rows.flatMap((row, r) => {
    const texts = (row ?? []).map((_, c) => cellText(sheet, r, c)).filter(Boolean);
    return texts.length === 1 && isTitle(texts[0]) ? [r] : [];
  });
  if (starts.length <= 1) return [{ top: 0, sheet }];
  // A title with nothing under it before the next is a line of a table of contents.
  return starts
    .map((top, i) => ({ top, bottom: (starts[i + 1] ?? sheet.rows.length) - 1 }))
    .filter(({ top, bottom }) => bottom > top)
    .map(({ top, bottom }) => {
      const merges = sheet.merges.filter((merge) => merge.top >= top && merge.bottom <= bottom).map((merge) => ({ ...merge, top: merge.top - top, bottom: merge.bottom - top }));
      return { top, sheet: { ...sheet, rows: sheet.rows.slice(top, bottom + 1), merges } };
    });
}

function stackedTables(sheet: GridSheet): GridSheet[] {
  return stackedParts(sheet).map((part) => part.sheet);
}

/** The title is the sheet's first text: row 1 of a disclosure table. */
function titleOf(sheet: GridSheet): string {
  for (let r = 0; r < Math.min(sheet.rows.length, 3); r++) {
    const text = cellText(sheet, r, 0);
    if (text) return text;
  }
  return '';
}

function normalizeTitle(title: string): string {
  return title.normalize('NFKC').replace(/[\s“”"'‘’]/g, '');
}

/** Row key → column → amount, for the rows that hold amounts. */
function amountsOf(sheet: GridSheet): Map<string, Map<number, Amount>> {
  const codeColumns = new Set<number>();
  for (const merge of sheet.merges) if (isCodeHeader(cellText(sheet, merge.top, merge.left))) for (let c = merge.left; c <= merge.right; c++) codeColumns.add(c);
  sheet.rows.forEach((row) => row?.forEach((cell, c) => typeof cell?.v === 'string' && isCodeHeader(cell.v) && codeColumns.add(c)));
  const out = new Map<string, Map<number, Amount>>();
  const seen = new Map<string, number>();
  sheet.rows.forEach((row, r) => {
    if (!row) return;
    const label: string[] = [];
    const amounts = new Map<number, Amount>();
    row.forEach((cell, c) => {
      if (!cell) return;
      const parsed = codeColumns.has(c) ? { amount: null } : parseCellAmount(cell);
      if (parsed.amount) amounts.set(c, parsed.amount);
      else if (cellText(sheet, r, c)) label.push(cellText(sheet, r, c).replace(/\s+/g, ''));
    });
    if (amounts.size === 0) return;
    const base = label.join('|') || '（无标签）';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    out.set(count > 1 ? `${base} #${count}` : base, amounts);
  });
  return out;
}

/**
 * The transcription's narrative is its 说明 sheet, or, in the template's layout, every sheet that is
 * not a table or the table of contents (主要职能, 机构设置, 编制说明 …, the cover's lines); the PDF's is
 * its 说明 sheet.
 */
function compareNarrative(pdf: Grid, transcribed: Grid) {
  const texts = (sheets: GridSheet[]) =>
    sheets.flatMap((sheet) => sheet.rows.flatMap((row) => (row ?? []).map((cell) => (typeof cell?.v === 'string' ? cell.v.replace(/\s+/g, '') : '')).filter(Boolean)));
  const found = new Set(texts(pdf.sheets.filter((sheet) => sheet.name === NARRATIVE_SHEET)));
  const wanted = texts(transcribed.sheets.filter(isNarrativeSheet));
  const missing = wanted.filter((text) => !found.has(text));
  return { paragraphs: wanted.length, paragraphsFound: wanted.length - missing.length, missingParagraphs: missing };
}

function isNarrativeSheet(sheet: GridSheet): boolean {
  if (sheet.name === NARRATIVE_SHEET) return true;
  const title = titleOf(sheet).replace(/\s+/g, '');
  return title !== '' && title !== '目录' && !isTitle(title) && stackedTables(sheet).length <= 1;
}
