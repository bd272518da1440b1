import { totalRow, unitOf } from '../../tables/query';
import { compareAcross } from '../shared/cross';
import type { Rule } from '../types';

export const operatingCostMatchesPublic: Rule = {
  id: 'operating-cost/matches-public',
  title: '机关运行经费不超过公用经费',
  defaultSeverity: 'warning',
  docs: '机关运行经费是行政单位（含参公事业单位）基本支出中的公用经费，不能超过基本支出分经济科目表的公用经费合计；部门所属事业单位的公用经费不计入，所以少于公用经费不是问题。',
  check(context) {
    for (const cost of context.tablesOf('operating-cost')) {
      for (const basic of context.tablesOf('basic-economic')) {
        const unit = unitOf(cost);
        compareAcross(
          context,
          '机关运行经费应不超过基本支出分经济科目表的公用经费合计',
          { table: cost, row: totalRow(cost), key: 'total' },
          [{ table: basic, row: totalRow(basic), key: 'public' }],
          {
            fixable: false,
            relation: 'at-most',
            describe: ({ actual, expected, difference }) =>
              `机关运行经费 ${actual}${unit}，超过基本支出分经济科目表的公用经费合计 ${expected}${unit}，多 ${difference}${unit}：机关运行经费是公用经费的一部分，请核实两表。`,
          },
        );
      }
    }
  },
};
