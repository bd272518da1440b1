import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { FUNCTION_PARTIAL } from '../testing/catalogs';
import { codesFunctionNames } from './function-names';

const expenditure = (name: string, code = '2010601') =>
  tsvTable('expenditure', '表3', ['total'], `201\t一般公共服务支出\t944.70\n20106\t财政事务\t944.70\n${code}\t${name}\t938.70\n2010605\t财政国库业务\t6.00`);
const data = { functionCatalog: FUNCTION_PARTIAL };

export const cases: RuleCases = {
  rule: codesFunctionNames,
  valid: [
    { name: '每个编码的名称与支出功能分类一致', tables: [expenditure('行政运行')], data },
    { name: '没有分类目录时不核对', tables: [expenditure('财政国库业务')] },
  ],
  invalid: [
    {
      name: '科目名称写成另一个科目的名称',
      tables: [expenditure('财政国库业务')],
      data,
      errors: [{ cell: '表3!B7', expected: '行政运行', actual: '财政国库业务', fix: 'suggestion' }],
      output: { '表3!B7': '行政运行' },
    },
    {
      name: '个别字不同（录入或识别误差）只作警告',
      tables: [expenditure('行政运衍')],
      data,
      errors: [{ cell: '表3!B7', severity: 'warning', expected: '行政运行', message: '疑似录入或识别误差', fix: 'suggestion' }],
      output: { '表3!B7': '行政运行' },
    },
    {
      name: '部分目录未收录的编码只作一条提示',
      tables: [expenditure('一般行政管理事务', '2010602')],
      data,
      errors: [{ cell: '表3!A7', severity: 'info', message: '目录中未收录，无法核对名称' }],
      output: null,
    },
    {
      name: '完整目录（导入）中没有的编码是错误',
      tables: [expenditure('一般行政管理事务', '2010602')],
      data: { functionCatalog: { ...FUNCTION_PARTIAL, id: 'function-imported', title: '支出功能分类科目（导入）', shortTitle: '支出功能分类（导入）', complete: true } },
      errors: [{ cell: '表3!A7', message: '不在' }],
      output: null,
    },
  ],
};
