import type { RuleCases } from '../testing/cases';
import { narrativeYears } from './years';

const data = { options: { year: 2026 } };

export const cases: RuleCases = {
  rule: narrativeYears,
  valid: [
    { name: '与上一年比较', narrative: ['一般公共预算当年支出2,541.25万元，比2025年预算增加49.59万元。'], data },
    { name: '不知道预算年度时不核对', narrative: ['一般公共预算当年支出2,541.25万元，比2026年预算增加49.59万元。'] },
  ],
  invalid: [
    {
      name: '与本年比较是错误',
      narrative: ['一般公共预算当年支出2,541.25万元，比2026年预算增加49.59万元。'],
      data,
      errors: [{ cell: '说明!A1', expected: '2025年', actual: '2026年' }],
      output: null,
    },
    {
      name: '与更早的年份比较只作警告',
      narrative: ['一般公共预算当年支出2,541.25万元，比2024年预算增加49.59万元。'],
      data,
      errors: [{ cell: '说明!A1', severity: 'warning', expected: '2025年', actual: '2024年' }],
      output: null,
    },
    {
      name: '科目的预算安排年份不是本年',
      narrative: ['1.“一般公共服务支出（类）财政事务（款）行政运行（项）”938.70万元。2024年当年预算执行数为900.00万元，2025年预算安排938.70万元，比2024年预算执行数增加4.30%。'],
      data,
      errors: [
        { cell: '说明!A1', severity: 'warning', expected: '2025年', actual: '2024年', message: '比较的年份' },
        { cell: '说明!A1', severity: 'warning', expected: '2025年', actual: '2024年', message: '执行数年份' },
        { cell: '说明!A1', expected: '2026年', actual: '2025年', message: '预算安排年份' },
      ],
      output: null,
    },
  ],
};
