import { twoSidedTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { summaryRowSum } from './row-sum';

const withParts = (total: string) =>
  twoSidedTable('summary', '表1', ['total', 'current', 'carryover', 'basic', 'project'], [], [['class', '一般公共服务支出', total, '2134.19', '', '938.70', '1195.49']]);
const current = (value: string) => twoSidedTable('summary', '表1', ['total', 'current', 'carryover'], [], [['class', '一般公共服务支出', '2134.19', value, '']]);

export const cases: RuleCases = {
  rule: summaryRowSum,
  valid: [
    { name: '合计 = 当年预算安排 + 上年结转 = 基本支出 + 项目支出', tables: [withParts('2134.19')] },
    { name: '收入方不核对', tables: [twoSidedTable('summary', '表1', ['total', 'current', 'carryover'], [['source:general', '一般公共预算', '2541.25']], [])] },
  ],
  invalid: [
    {
      name: '合计录错：“当年 + 结转”与“基本 + 项目”两项核对都不成立，只改合计即可',
      tables: [withParts('2135.19')],
      errors: [{ cell: '表1!D5', expected: '2134.19', actual: '2135.19', fix: 'fix' }],
      output: { '表1!D5': 2134.19 },
    },
    {
      name: '当年预算安排录错：合计、当年、结转三格都说得通，不给修正',
      tables: [current('2134.00')],
      errors: [{ cell: '表1!D5', expected: '2134.00', actual: '2134.19', message: '无法确定' }],
      output: null,
    },
  ],
};
