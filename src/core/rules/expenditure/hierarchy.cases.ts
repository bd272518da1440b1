import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { generalServicesRows } from '../testing/samples';
import { expenditureHierarchy } from './hierarchy';

export const cases: RuleCases = {
  rule: expenditureHierarchy,
  valid: [
    { name: '支出总表：类 = Σ款 = Σ项，合计 = Σ类', tables: [tsvTable('expenditure', '表3', ['total'], generalServicesRows())] },
    {
      name: '政府性基金预算支出表同样核对',
      tables: [
        tsvTable(
          'fund-expenditure',
          '表8',
          ['total'],
          '合计\t\t50.00\n212\t城乡社区支出\t50.00\n21208\t国有土地使用权出让收入安排的支出\t50.00\n2120899\t其他国有土地使用权出让收入安排的支出\t50.00',
        ),
      ],
    },
    {
      name: '按单位列示的支出总表（没有科目）：合计 = Σ各单位',
      tables: [tsvTable('expenditure', '表3', ['total'], '合计\t\t100.00\n某某局本级\t\t70.00\n某某局下属事业单位\t\t30.00', { role: 'unit' })],
    },
  ],
  invalid: [
    {
      name: '一般公共预算支出表的款录错：上下两项核对都不成立，只改这一格即可',
      tables: [tsvTable('general-expenditure', '表5', ['total'], generalServicesRows('2134.00'))],
      errors: [{ cell: '表5!C7', expected: '2134.19', actual: '2134.00', fix: 'fix' }],
      output: { '表5!C7': 2134.19 },
    },
    {
      name: '按单位列示的支出总表：合计与各单位之和不等',
      tables: [tsvTable('expenditure', '表3', ['total'], '合计\t\t100.00\n某某局本级\t\t70.00\n某某局下属事业单位\t\t31.00', { role: 'unit' })],
      errors: [{ cell: '表3!C5', expected: '101.00', actual: '100.00', message: '各单位之和' }],
      output: null,
    },
  ],
};
