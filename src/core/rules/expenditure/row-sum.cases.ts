import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { expenditureRowSum } from './row-sum';

const withBreakdown = (basic: string) => tsvTable('expenditure', '表3', ['total', 'basic', 'personnel', 'public', 'project'], `2010601\t行政运行\t938.70\t${basic}\t798.52\t140.18\t`);

export const cases: RuleCases = {
  rule: expenditureRowSum,
  valid: [
    { name: '合计 = 基本支出 + 项目支出，基本支出 = 人员经费 + 公用经费', tables: [withBreakdown('938.70')] },
    {
      name: '上缴上级支出等列一并计入合计（一般公共预算支出表同样核对）',
      tables: [tsvTable('general-expenditure', '表5', ['total', 'basic', 'project', 'remit'], '2130599\t其他巩固脱贫攻坚成果衔接乡村振兴支出\t30.00\t\t20.00\t10.00')],
    },
  ],
  invalid: [
    {
      name: '基本支出录错：合计与基本支出两处核对都不成立，只改它即可',
      tables: [withBreakdown('937.70')],
      errors: [{ cell: '表3!D5', expected: '938.70', actual: '937.70', fix: 'fix' }],
      output: { '表3!D5': 938.7 },
    },
    {
      name: '项目支出录错：合计、基本支出、项目支出都说得通，不给修正',
      tables: [tsvTable('expenditure', '表3', ['total', 'basic', 'project'], '2010605\t财政国库业务\t6.00\t\t5.00')],
      errors: [{ cell: '表3!C5', expected: '5.00', actual: '6.00', message: '无法确定' }],
      output: null,
    },
  ],
};
