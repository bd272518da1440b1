import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { codesIncomeInExpenditure } from './income-in-expenditure';

const income = (retired: string) => tsvTable('income', '表2', ['total'], `2010601\t行政运行\t938.70\n2080501\t行政单位离退休\t${retired}`);
const expenditure = tsvTable('expenditure', '表3', ['total'], '2010601\t行政运行\t938.70');

export const cases: RuleCases = {
  rule: codesIncomeInExpenditure,
  valid: [
    { name: '收入总表有金额的科目支出总表都有', tables: [income(''), expenditure] },
    { name: '支出总表没有编码可比时不核对', tables: [income('66.24'), tsvTable('expenditure', '表3', ['total'], '合计\t\t938.70')] },
  ],
  invalid: [
    {
      name: '收入总表有金额的科目支出总表中没有',
      tables: [income('66.24'), expenditure],
      errors: [{ cell: '表2!A6', message: '支出总表（表3）中没有这一科目' }],
      output: null,
    },
  ],
};
