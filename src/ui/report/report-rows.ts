/** Rows of the 审核报告 sheet: one per finding, the location cell linking back to the finding. */
import type { ReportSheetRow } from '../../core/ports/workbook-host';
import type { Report } from '../../core/report';
import type { Diagnostic } from '../../core/rules/types';
import { SEVERITY_LABEL, countBySeverity } from '../check/findings';

export const REPORT_SHEET = '审核报告';
const HEADER = ['位置', '级别', '问题', '应为', '实为', '对照', '规则'];

export function reportSheetRows(report: Report, findings: Diagnostic[]): ReportSheetRow[] {
  const heading = [report.file, report.unitName, report.year ? `${report.year}年` : undefined].filter(Boolean).join(' · ');
  const counts = countBySeverity(findings);
  const summary = `错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`;
  return [
    { values: [`预算公开审核报告：${heading || '当前工作簿'}`] },
    { values: [summary] },
    { values: HEADER },
    ...findings.map((d) => ({
      values: [
        d.sheet ? `${d.sheet}!${d.cell ?? ''}` : '工作簿',
        SEVERITY_LABEL[d.severity],
        d.message,
        d.expected ?? '',
        d.actual ?? '',
        (d.related ?? []).map((r) => `${r.sheet}!${r.cell}`).join('、'),
        d.rule,
      ],
      ...(d.sheet && d.cell ? { link: { sheet: d.sheet, cell: d.cell } } : {}),
    })),
  ];
}
