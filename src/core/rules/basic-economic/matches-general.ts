import { compareAcross, pairs } from '../shared/cross';
import { defined } from '../shared/terms';
import { totalRow } from '../../tables/query';
import type { Rule } from '../types';

export const basicEconomicMatchesGeneral: Rule = {
  id: 'basic-economic/matches-general',
  title: '基本支出合计与一般公共预算支出表一致',
  defaultSeverity: 'error',
  docs: '基本支出分经济科目表合计 = 一般公共预算支出表合计行的基本支出。',
  check(context) {
    return defined(
      pairs(context.tablesOf('basic-economic'), context.tablesOf('general-expenditure')).map(([basic, general]) =>
        compareAcross(context, basicEconomicMatchesGeneral, '合计应等于一般公共预算支出表的基本支出', { table: basic, row: totalRow(basic), key: 'total' }, [
          { table: general, row: totalRow(general), key: 'basic' },
        ]),
      ),
    );
  },
};
