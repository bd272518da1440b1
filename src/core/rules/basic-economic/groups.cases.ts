import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { basicEconomicGroups } from './groups';

const basic = (goodsAndServices: string) =>
  tsvTable(
    'basic-economic',
    '表6',
    ['total'],
    `合计\t\t528.77
工资福利支出\t\t479.77
基本工资\t\t387.94
津贴补贴\t\t91.83
商品和服务支出\t\t${goodsAndServices}
办公费\t\t35.00
差旅费\t\t14.00`,
    { roles: { 工资福利支出: 'group', 商品和服务支出: 'group' } },
  );

export const cases: RuleCases = {
  rule: basicEconomicGroups,
  valid: [{ name: '每一分类 = 其下科目之和，合计 = 各分类之和', tables: [basic('49.00')] }],
  invalid: [
    {
      name: '商品和服务支出录错：分类之和与合计两处核对都不成立，只改它即可',
      tables: [basic('50.00')],
      errors: [{ cell: '表6!C9', expected: '49.00', actual: '50.00', fix: 'fix' }],
      output: { '表6!C9': 49 },
    },
  ],
};
