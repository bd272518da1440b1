import type { Report } from './report';
import { formatReportText } from './report-text';

const report: Report = {
  file: '泽州.xlsx',
  unitName: '泽州县财政局',
  year: 2026,
  catalogs: ['shanxi-b-2023'],
  sheets: ['表3'],
  tables: [{ kind: 'expenditure', sheet: '表3', range: 'A1:E26', title: '2026年预算支出总表', unit: '万元' }],
  purchases: [],
  diagnostics: [
    { rule: 'meta/unit-label', severity: 'warning', message: '没有注明金额单位。', sheet: '表3', cell: 'A1', table: 'expenditure' },
    {
      rule: 'expenditure/row-sum',
      severity: 'error',
      message: '合计不等于基本支出 + 项目支出。',
      sheet: '表3',
      cell: 'C8',
      expected: '938.70',
      actual: '939.70',
      table: 'expenditure',
      group: '表3!C8',
      fix: { kind: 'fix', description: '将 C8 改为 938.70', edits: [{ sheet: '表3', cell: 'C8', value: 938.7 }] },
    },
    { rule: 'expenditure/hierarchy', severity: 'error', message: '款不等于下级科目之和。', sheet: '表3', cell: 'C7', table: 'expenditure', group: '表3!C8' },
    { rule: 'meta/required-tables', severity: 'error', message: '缺少“三公”经费表。' },
  ],
  summary: { error: 3, warning: 1, info: 0 },
};

describe('formatReportText', () => {
  const text = formatReportText(report);
  const lines = text.split('\n');

  it('groups findings by table with addresses, culprit first and its consequences indented', () => {
    const start = lines.indexOf('【表3 · 支出总表】');
    expect(lines.slice(start + 1, start + 5)).toEqual([
      '  [错误] 表3!C8 合计不等于基本支出 + 项目支出。（应为 938.70，实为 939.70） 〔expenditure/row-sum〕',
      '      修正：将 C8 改为 938.70',
      '    └ [错误] 表3!C7 款不等于下级科目之和。 〔expenditure/hierarchy〕',
      '  [警告] 表3!A1 没有注明金额单位。 〔meta/unit-label〕',
    ]);
  });

  it('puts workbook-level findings under 工作簿 and ends with the summary line', () => {
    expect(text).toContain('【工作簿】\n  [错误] 缺少“三公”经费表。 〔meta/required-tables〕');
    expect(lines.filter(Boolean).pop()).toBe('合计：错误 3，警告 1，提示 0');
  });

  it('names the page beside each cell of a finding on a PDF', () => {
    const paged: Report = {
      ...report,
      diagnostics: [{ ...report.diagnostics[1], page: 12, related: [{ sheet: '表1', cell: 'D14', page: 9 }, { sheet: '表2', cell: 'E5' }] }],
    };
    expect(formatReportText(paged)).toContain(
      '[错误] 表3!C8（第12页） 合计不等于基本支出 + 项目支出。（应为 938.70，实为 939.70） 对照：表1!D14（第9页）、表2!E5 〔expenditure/row-sum〕',
    );
  });

  it('names the page of each check a culprit explains', () => {
    const explains = [
      { rule: 'expenditure/row-sum', subject: '合计应等于基本支出 + 项目支出', sheet: '表3', cell: 'C8', page: 12 },
      { rule: 'narrative/amounts', subject: '情况说明「支出预算」应等于支出总表合计', sheet: '说明', cell: 'A3', page: 2 },
    ];
    const paged: Report = { ...report, diagnostics: [{ ...report.diagnostics[1], page: 12, explains }] };
    expect(formatReportText(paged)).toContain(
      '      └ 不成立：合计应等于基本支出 + 项目支出（表3!C8（第12页））\n      └ 不成立：情况说明「支出预算」应等于支出总表合计（说明!A3（第2页））',
    );
  });
});
