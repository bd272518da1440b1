import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { metaAmountReadable } from './amount-readable';

const expenditure = (basic: string) => tsvTable('expenditure', '表3', ['total', 'basic', 'project'], `2010601\t行政运行\t938.70\t${basic}\t`);

export const cases: RuleCases = {
  rule: metaAmountReadable,
  valid: [{ name: '金额、千分位金额和空白都可以识别', tables: [expenditure('938.70'), tsvTable('expenditure', '表5', ['total'], '合计\t\t2,541.25')] }],
  invalid: [
    {
      name: '金额单元格是错误值',
      tables: [expenditure('#REF!')],
      errors: [{ cell: '表3!D5', actual: '#REF!', message: '请检查公式' }],
      output: null,
    },
    {
      name: '金额单元格是无法识别的文字',
      tables: [expenditure('见附表')],
      errors: [{ cell: '表3!D5', actual: '见附表', message: '无法识别为金额' }],
      output: null,
    },
  ],
};
