/** Rows of the 审核报告 sheet: one per finding (ignored ones marked, with the reason), the location cell linking back. */
import type { ReportSheetRow } from '../../core/ports/workbook-host';
import type { Report } from '../../core/report';
import { SEVERITY_LABEL } from '../../core/findings';
import { countsText } from '../../core/report-text';
import { ruleTitle } from '../../core/rule-titles';

export const REPORT_SHEET = '审核报告';
const HEADER = ['位置', '级别', '问题', '应为', '实为', '对照', '规则', '忽略理由'];

export function reportSheetRows(report: Report): ReportSheetRow[] {
  const heading = [report.file, report.unitName, report.year ? `${report.year}年` : undefined].filter(Boolean).join(' · ');
  return [
    { values: [`预算公开审核报告：${heading || '当前工作簿'}`] },
    { values: [countsText(report.summary)] },
    { values: HEADER },
    ...report.diagnostics.map((d) => {
      // A 提示 asks for no change: its values are in its message, never under 应为.
      const values = d.severity === 'info' ? ['', ''] : [d.expected ?? '', d.actual ?? ''];
      return {
        values: [
          d.sheet ? `${d.sheet}!${d.cell ?? ''}` : '工作簿',
          `${SEVERITY_LABEL[d.severity]}${d.ignored ? '（已忽略）' : ''}`,
          d.message,
          ...values,
          (d.related ?? []).map((r) => `${r.sheet}!${r.cell}`).join('、'),
          ruleTitle(d.rule),
          d.ignored ? (d.reason ?? '') : '',
        ],
        ...(d.sheet && d.cell ? { link: { sheet: d.sheet, cell: d.cell } } : {}),
      };
    }),
  ];
}
