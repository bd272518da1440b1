import { totalRow } from '../../tables/query';
import { compareAcross } from '../shared/cross';
import type { Rule } from '../types';

export const basicEconomicMatchesGeneral: Rule = {
  id: 'basic-economic/matches-general',
  title: '基本支出合计与一般公共预算支出表一致',
  defaultSeverity: 'error',
  docs: '基本支出分经济科目表合计 = 一般公共预算支出表合计行的基本支出。',
  check(context) {
    for (const basic of context.tablesOf('basic-economic')) {
      for (const general of context.tablesOf('general-expenditure')) {
        compareAcross(context, '合计应等于一般公共预算支出表的基本支出', { table: basic, row: totalRow(basic), key: 'total' }, [{ table: general, row: totalRow(general), key: 'basic' }]);
      }
    }
  },
};
