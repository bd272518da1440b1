import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { incomeRowSum } from './row-sum';

const bySource = (fiscal: string) => tsvTable('income', '表2', ['total', 'fiscal', 'general', 'fund', 'business'], `2010601\t行政运行\t988.70\t${fiscal}\t938.70\t\t50.00`);

export const cases: RuleCases = {
  rule: incomeRowSum,
  valid: [
    { name: '合计 = 财政拨款 + 事业收入，财政拨款 = 一般公共预算 + 政府性基金', tables: [bySource('938.70')] },
    { name: '上年结转不计入本年收入合计', tables: [tsvTable('income', '表2', ['total', 'general', 'carryover'], '2010601\t行政运行\t938.70\t938.70\t12.00')] },
  ],
  invalid: [
    {
      name: '财政拨款录错：合计与财政拨款的三项两处核对都不成立，只改它即可',
      tables: [bySource('937.70')],
      errors: [{ cell: '表2!D5', expected: '938.70', actual: '937.70', fix: 'fix' }],
      output: { '表2!D5': 938.7 },
    },
    {
      name: '只有一般公共预算一列而与合计不等：两格都可能有误，不给修正',
      tables: [tsvTable('income', '表2', ['total', 'general'], '2010601\t行政运行\t938.70\t938.00')],
      errors: [{ cell: '表2!C5', expected: '938.00', actual: '938.70', message: '无法确定' }],
      output: null,
    },
  ],
};
