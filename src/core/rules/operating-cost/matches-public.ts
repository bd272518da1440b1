import { totalRow } from '../../tables/query';
import { compareAcross } from '../shared/cross';
import type { Rule } from '../types';

export const operatingCostMatchesPublic: Rule = {
  id: 'operating-cost/matches-public',
  title: '机关运行经费与公用经费一致',
  defaultSeverity: 'warning',
  docs: '行政单位的机关运行经费一般等于基本支出分经济科目表的公用经费；事业单位的公用经费不属于机关运行经费，所以只作警告。',
  check(context) {
    for (const cost of context.tablesOf('operating-cost')) {
      for (const basic of context.tablesOf('basic-economic')) {
        const subject = '部门合计通常应等于基本支出分经济科目表的公用经费（事业单位可不同）';
        compareAcross(context, subject, { table: cost, row: totalRow(cost), key: 'total' }, [{ table: basic, row: totalRow(basic), key: 'public' }], false);
      }
    }
  },
};
