import { totalRow } from '../../tables/query';
import { sumGroups } from '../shared/hierarchy';
import type { Rule } from '../types';

export const operatingCostUnitsSum: Rule = {
  id: 'operating-cost/units-sum',
  title: '机关运行经费部门合计等于各单位之和',
  defaultSeverity: 'error',
  docs: '机关运行经费预算表：部门合计 = 各单位行之和；每一金额列都核对。',
  check(context) {
    for (const table of context.tablesOf('operating-cost')) {
      const total = totalRow(table);
      const units = table.rows.filter((row) => row.role === 'unit');
      if (total && units.length) sumGroups(context, table, [{ parent: total, children: units, what: '各单位之和' }]);
    }
  },
};
