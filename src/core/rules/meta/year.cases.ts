import { buildTable, columnsFrom } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { metaYear } from './year';

const table = (kind: 'summary' | 'expenditure', sheet: string, year: number) =>
  buildTable({ kind, sheet, title: `${year}年预算${kind === 'summary' ? '收支' : '支出'}总表`, year, columns: columnsFrom(['total']), rows: [] });

export const cases: RuleCases = {
  rule: metaYear,
  valid: [
    { name: '各表标题年度相同', tables: [table('summary', '表1', 2026), table('expenditure', '表3', 2026)] },
    { name: '指定的年度', tables: [table('summary', '表1', 2026)], data: { options: { year: 2026 } } },
  ],
  invalid: [
    {
      name: '一张表的标题年度与其他表不同：改标题',
      tables: [table('summary', '表1', 2026), table('expenditure', '表3', 2025), table('expenditure', '表5', 2026)],
      errors: [{ cell: '表3!A1', expected: '2026', actual: '2025', fix: 'suggestion' }],
      output: { '表3!A1': '2026年预算支出总表' },
    },
    {
      name: '与指定的年度不同',
      tables: [table('summary', '表1', 2025)],
      data: { options: { year: 2026 } },
      errors: [{ cell: '表1!A1', expected: '2026', actual: '2025', fix: 'suggestion' }],
      output: { '表1!A1': '2026年预算收支总表' },
    },
  ],
};
