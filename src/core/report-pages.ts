/**
 * Page numbers for findings on a grid read from a PDF: every cell such a grid holds remembers where
 * it was printed (GridCell.src). Applied to a finished report, so rules never deal with pages.
 */
import { parseRangeA1, type Grid, type GridSheet } from './grid';
import type { PagedLocation, Report, ReportDiagnostic } from './report';

export function addPages(report: Report, grid: Grid): Report {
  const sheets = new Map(grid.sheets.map((sheet) => [sheet.name, sheet]));
  const pageAt = (sheet: string | undefined, cell: string | undefined) => (sheet && cell ? pageOf(sheets.get(sheet), cell) : undefined);
  const withPage = <T extends { sheet?: string; cell?: string }>(item: T): T & { page?: number } => {
    const page = pageAt(item.sheet, item.cell);
    return page === undefined ? item : { ...item, page };
  };
  return {
    ...report,
    diagnostics: report.diagnostics.map((d): ReportDiagnostic => ({
      ...withPage(d),
      ...(d.related ? { related: d.related.map((r): PagedLocation => withPage(r)) } : {}),
      ...(d.explains ? { explains: d.explains.map(withPage) } : {}),
    })),
  };
}

/**
 * The page of a cell or range (its first cell): the cell's own source, else the nearest cell of the
 * same row, else the nearest row above that has one (an empty cell in a table row lies on that row's page).
 */
export function pageOf(sheet: GridSheet | undefined, cell: string): number | undefined {
  const range = parseRangeA1(cell);
  if (!sheet || !range) return undefined;
  for (let r = range.top; r >= 0; r--) {
    const row = sheet.rows[r];
    if (!row) continue;
    const own = r === range.top ? row[range.left]?.src : undefined;
    if (own) return own.page;
    const nearest = row
      .map((item, c) => ({ page: item?.src?.page, distance: Math.abs(c - range.left) }))
      .filter((item): item is { page: number; distance: number } => item.page !== undefined)
      .sort((a, b) => a.distance - b.distance)[0];
    if (nearest) return nearest.page;
  }
  return undefined;
}
