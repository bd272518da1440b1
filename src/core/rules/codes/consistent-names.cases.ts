import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { codesConsistentNames } from './consistent-names';

const coded = (kind: 'income' | 'expenditure' | 'general-expenditure', sheet: string, name: string) => tsvTable(kind, sheet, ['total'], `2010601\t${name}\t938.70`);

export const cases: RuleCases = {
  rule: codesConsistentNames,
  valid: [{ name: '同一编码在各表写法相同', tables: [coded('income', '表2', '行政运行'), coded('expenditure', '表3', '行政运行'), coded('general-expenditure', '表5', '行政运行')] }],
  invalid: [
    {
      name: '一张表写法不同：以多数表格为准',
      tables: [coded('income', '表2', '行政运行'), coded('expenditure', '表3', '一般行政管理事务'), coded('general-expenditure', '表5', '行政运行')],
      errors: [{ cell: '表3!B5', expected: '行政运行', actual: '一般行政管理事务', fix: 'suggestion' }],
      output: { '表3!B5': '行政运行' },
    },
  ],
};
