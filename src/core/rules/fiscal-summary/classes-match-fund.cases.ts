import { tsvTable, twoSidedTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { fiscalClassesMatchFund } from './classes-match-fund';

const fiscal = (generalServicesFund: string) =>
  twoSidedTable(
    'fiscal-summary',
    '表4',
    ['total', 'general', 'fund'],
    [],
    [
      ['class', '一般公共服务支出', '2134.19', '2134.19', generalServicesFund],
      ['class', '城乡社区支出', '50.00', '', '50.00'],
      ['expenditure-total', '本年支出合计', '2184.19', '2134.19', '50.00'],
    ],
  );
const fund = tsvTable('fund-expenditure', '表8', ['total'], '合计\t\t50.00\n212\t城乡社区支出\t50.00');

export const cases: RuleCases = {
  rule: fiscalClassesMatchFund,
  valid: [{ name: '政府性基金列与政府性基金预算支出表一致（只比同一资金来源）', tables: [fiscal(''), fund] }],
  invalid: [
    {
      name: '政府性基金列在政府性基金预算支出表没有的类下有金额',
      tables: [fiscal('5.00'), fund],
      errors: [{ cell: '表4!F5', message: '没有这一类' }],
      output: null,
    },
  ],
};
