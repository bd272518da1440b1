import { applyIgnores, addIgnore, EMPTY_IGNORES } from './ignores';
import type { Report } from './report';
import { formatReportText } from './report-text';

const report: Report = {
  file: '泽州.xlsx',
  unitName: '泽州县财政局',
  year: 2026,
  catalogs: ['shanxi-b-2023'],
  sheets: ['表2', '表3', '绩效目标'],
  tables: [
    { kind: 'income', sheet: '表2', range: 'A1:I26', title: '2026年预算收入总表', unit: '万元' },
    { kind: 'expenditure', sheet: '表3', range: 'A1:E26', title: '2026年预算支出总表', unit: '万元' },
    { kind: 'performance-target', sheet: '绩效目标', range: 'A1:E4', title: '2026年项目支出绩效目标表', unit: '元' },
    { kind: 'performance-target', sheet: '绩效目标', range: 'A6:E9', title: '2026年项目支出绩效目标表', unit: '元' },
  ],
  purchases: [],
  diagnostics: [
    {
      rule: 'income/hierarchy',
      severity: 'info',
      message: '尾差：「21011 行政事业单位医疗」合计应等于下级科目之和，相差 0.01万元，不必修改。',
      sheet: '表2',
      cell: 'C19',
      expected: '70.16',
      actual: '70.15',
      table: 'income',
    },
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
  summary: { error: 3, warning: 1, info: 1 },
};

describe('formatReportText', () => {
  const text = formatReportText(report, { catalogName: (id) => (id === 'shanxi-b-2023' ? '山西B类目录（2023）' : undefined) });
  const lines = text.split('\n');

  it('groups findings by table with addresses and rule titles, culprit first and its consequences indented', () => {
    const start = lines.indexOf('【表3 · 支出总表】');
    expect(lines.slice(start + 1, start + 5)).toEqual([
      '  [错误] 表3!C8 合计不等于基本支出 + 项目支出。（应为 938.70，实为 939.70） 〔支出各行合计等于基本支出加项目支出〕',
      '      修正：将 C8 改为 938.70',
      '    └ [错误] 表3!C7 款不等于下级科目之和。 〔支出表类款项逐级相加〕',
      '  [警告] 表3!A1 没有注明金额单位。 〔表格注明金额单位〕',
    ]);
    expect(text).not.toMatch(/〔[a-z-]+\/[a-z-]+〕/);
  });

  it('lists tables with errors before tables with only notes', () => {
    const order = lines.filter((line) => line.startsWith('【'));
    expect(order).toEqual(['【表3 · 支出总表】', '【工作簿】', '【表2 · 收入总表】']);
  });

  it('a 提示 that says 不必修改 names its values without 应为', () => {
    const note = lines.find((line) => line.includes('表2!C19'));
    expect(note).toContain('（参考值 70.16，本处 70.15）');
    expect(note).not.toContain('应为');
  });

  it('counts a table of several blocks once and names catalogs, not ids', () => {
    expect(text).toContain('识别的表格（3 张）：');
    expect(text).toContain('  绩效目标!A1:E4、A6:E9  2026年项目支出绩效目标表（元，2 个项目块）');
    expect(text).toContain('政府购买服务目录：山西B类目录（2023）');
  });

  it('names the parts of a table printed under a 续 title beside it', () => {
    const continued: Report = { ...report, tables: report.tables.map((t) => (t.sheet === '表3' ? { ...t, continuations: ['表3续!A1:E13'] } : t)) };
    expect(formatReportText(continued)).toContain('  表3!A1:E26  2026年预算支出总表（万元，续：表3续!A1:E13）');
  });

  it('puts workbook-level findings under 工作簿 and ends with the summary line', () => {
    expect(text).toContain('【工作簿】\n  [错误] 缺少“三公”经费表。 〔必备表格齐全〕');
    expect(lines.filter(Boolean).pop()).toBe('合计：错误 3，警告 1，提示 1');
  });

  it('keeps ignored findings in place with their reason and counts them apart', () => {
    const store = addIgnore(EMPTY_IGNORES, report.diagnostics[2], '已与财政局核对，按原数公开', new Date('2026-03-01'));
    const ignored = formatReportText(applyIgnores(report, store));
    expect(ignored).toContain('  [错误，已忽略] 表3!C8 合计不等于基本支出 + 项目支出。');
    expect(ignored).toContain('      忽略理由：已与财政局核对，按原数公开');
    expect(ignored.trimEnd().split('\n').pop()).toBe('合计：错误 3（其中已忽略 1），警告 1，提示 1');
  });

  const rowSum = report.diagnostics.find((d) => d.rule === 'expenditure/row-sum')!;

  it('names the page beside each cell of a finding on a PDF', () => {
    const paged: Report = {
      ...report,
      diagnostics: [
        {
          ...rowSum,
          page: 12,
          related: [
            { sheet: '表1', cell: 'D14', page: 9 },
            { sheet: '表2', cell: 'E5' },
          ],
        },
      ],
    };
    expect(formatReportText(paged)).toContain(
      '[错误] 表3!C8（第12页） 合计不等于基本支出 + 项目支出。（应为 938.70，实为 939.70） 对照：表1!D14（第9页）、表2!E5 〔支出各行合计等于基本支出加项目支出〕',
    );
  });

  it('names the page of each check a culprit explains', () => {
    const explains = [
      { rule: 'expenditure/row-sum', subject: '合计应等于基本支出 + 项目支出', sheet: '表3', cell: 'C8', page: 12 },
      { rule: 'narrative/amounts', subject: '情况说明「支出预算」应等于支出总表合计', sheet: '说明', cell: 'A3', page: 2 },
    ];
    const paged: Report = { ...report, diagnostics: [{ ...rowSum, page: 12, explains }] };
    expect(formatReportText(paged)).toContain('      └ 不成立：合计应等于基本支出 + 项目支出（表3!C8（第12页））\n      └ 不成立：情况说明「支出预算」应等于支出总表合计（说明!A3（第2页））');
  });
});
