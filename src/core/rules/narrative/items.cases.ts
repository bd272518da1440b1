import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { narrativeItems } from './items';

const general = tsvTable('general-expenditure', '表5', ['total'], '201\t一般公共服务支出\t944.70\n20106\t财政事务\t944.70\n2010601\t行政运行\t938.70\n2010605\t财政国库业务\t6.00');
const fund = tsvTable('fund-expenditure', '表6', ['total'], '201\t一般公共服务支出\t50.00\n20106\t财政事务\t50.00\n2010601\t行政运行\t50.00');
const item = (path: string, amount: string) => `1.“${path}”${amount}万元，主要用于机关运行和人员经费。`;
const PATH = '一般公共服务支出（类）财政事务（款）行政运行（项）';
/** A name with brackets of its own, and the amount written as "2026年预算数为…" after the path. */
const office = tsvTable('general-expenditure', '表5', ['total'], '201\t一般公共服务支出\t50.00\n20103\t政府办公厅（室）及相关机构事务\t50.00\n2010301\t行政运行\t50.00');
const officeItem = (amount: string) => `1.一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）2026年预算数为${amount}万元，主要用于机关正常运转。`;

export const cases: RuleCases = {
  rule: narrativeItems,
  valid: [
    { name: '列出的类、款、项名称和金额与一般公共预算支出表一致', tables: [general], narrative: [item(PATH, '938.70')] },
    { name: '同一科目在一般公共预算和政府性基金支出表中的合计相加', tables: [general, fund], narrative: [item(PATH, '988.70')] },
    { name: '“其它”与“其他”、引号和空格不计', tables: [general], narrative: [item('一般公共服务支出（类） 财政事务（款）行政运行（项）', '938.70')] },
    { name: '款名自带括号“（室）”不是层级标记', tables: [office], narrative: [officeItem('50.00')] },
  ],
  invalid: [
    {
      name: '类名写错：改写说明中的名称',
      tables: [general],
      narrative: [item('一般公共服务（类）财政事务（款）行政运行（项）', '938.70')],
      errors: [{ cell: '说明!A1', expected: '一般公共服务支出', actual: '一般公共服务', fix: 'suggestion' }],
      output: { '说明!A1': item(PATH, '938.70') },
    },
    {
      name: '写出的金额与该科目的合计不等：说明和表都可能有误，不给修正',
      tables: [general],
      narrative: [item(PATH, '938.07')],
      errors: [{ cell: '说明!A1', expected: '938.70', actual: '938.07', message: '无法确定' }],
      output: null,
    },
    {
      name: '写出的金额只是一般公共预算部分，漏了政府性基金支出表中的同一科目',
      tables: [general, fund],
      narrative: [item(PATH, '938.70')],
      errors: [{ cell: '说明!A1', expected: '988.70', actual: '938.70', message: '（表5!C7、表6!C7）折合 988.70万元' }],
      output: null,
    },
    {
      name: '“……（项）2026年预算数为”之后的金额与该科目的合计不等',
      tables: [office],
      narrative: [officeItem('45.00')],
      errors: [{ cell: '说明!A1', expected: '50.00', actual: '45.00', message: '「行政运行」金额' }],
      output: null,
    },
  ],
};
