/**
 * A check report on a PDF: findings carry the page their cell was printed on, and pages nothing
 * could be read from (scanned images) are reported, since their content went unchecked.
 */
import { addPages } from '../../core/report-pages';
import type { Report, ReportDiagnostic } from '../../core/report';
import type { Severity } from '../../core/findings';
import type { PdfReading } from './pdf-reader';

export const TEXTLESS_PAGE_RULE = 'pdf/textless-page';

export function pdfReport(report: Report, reading: PdfReading): Report {
  const paged = addPages(report, reading.grid);
  const pages = reading.textlessPages;
  if (pages.length === 0) return paged;
  const finding: ReportDiagnostic = {
    rule: TEXTLESS_PAGE_RULE,
    severity: 'warning',
    message: `第${pages.join('、')}页只有图片、没有文字层（可能是扫描件），这些页上的内容未读取、未检查。`,
    page: pages[0],
  };
  const diagnostics = [finding, ...paged.diagnostics];
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) summary[d.severity] += 1;
  return { ...paged, diagnostics, summary };
}
