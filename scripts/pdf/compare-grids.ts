/**
 * Cell-level comparison of a grid read from a PDF with a transcription of the same disclosure:
 * each table sheet is matched by its title, each amount by its row label (the row's codes and names,
 * with a counter for repeats) and its column. Independent of table recognition on purpose.
 */
import { parseCellAmount, type Amount } from '../../src/core/amount';
import type { Report, ReportDiagnostic } from '../../src/core/report';
import { cellText, columnLetters, type Grid, type GridSheet } from '../../src/core/grid';
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
  const pdfTables = new Map(pdf.sheets.map((sheet) => [normalizeTitle(titleOf(sheet)), sheet]));
  const tables: TableComparison[] = [];
  const differences: CellDifference[] = [];
  for (const sheet of transcribed.sheets) {
    const title = titleOf(sheet);
    if (!title || !/表/.test(title)) continue;
    const match = pdfTables.get(normalizeTitle(title));
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
  /** Findings as "severity rule sheet!cell", sheets named as in the transcription. */
  onlyPdf: string[];
  onlyTranscribed: string[];
  same: number;
}

/**
 * The findings of checking the PDF and the transcription, side by side: a PDF sheet (named after its
 * title) stands for the transcribed sheet with the same title; page numbers are left aside.
 */
export function compareFindings(pdf: { grid: Grid; report: Report }, transcribed: { grid: Grid; report: Report }): FindingComparison {
  const byTitle = new Map(transcribed.grid.sheets.map((sheet) => [normalizeTitle(titleOf(sheet)), sheet.name]));
  const rename = new Map(pdf.grid.sheets.map((sheet) => [sheet.name, byTitle.get(normalizeTitle(titleOf(sheet))) ?? sheet.name]));
  const key = (d: ReportDiagnostic, names?: Map<string, string>) => `${d.severity} ${d.rule} ${d.sheet ? `${names?.get(d.sheet) ?? d.sheet}!${d.cell ?? ''}` : ''}`;
  const pdfKeys = pdf.report.diagnostics.map((d) => key(d, rename));
  const transcribedKeys = transcribed.report.diagnostics.map((d) => key(d));
  const remaining = [...transcribedKeys];
  const onlyPdf: string[] = [];
  for (const k of pdfKeys) {
    const at = remaining.indexOf(k);
    if (at >= 0) remaining.splice(at, 1);
    else onlyPdf.push(k);
  }
  return { onlyPdf, onlyTranscribed: remaining, same: pdfKeys.length - onlyPdf.length };
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

function compareNarrative(pdf: Grid, transcribed: Grid) {
  const texts = (grid: Grid) =>
    (grid.sheets.find((sheet) => sheet.name === '说明')?.rows ?? []).flatMap((row) => (row ?? []).map((cell) => (typeof cell?.v === 'string' ? cell.v.replace(/\s+/g, '') : '')).filter(Boolean));
  const found = new Set(texts(pdf));
  const wanted = texts(transcribed);
  const missing = wanted.filter((text) => !found.has(text));
  return { paragraphs: wanted.length, paragraphsFound: wanted.length - missing.length, missingParagraphs: missing };
}
