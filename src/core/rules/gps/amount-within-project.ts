import { TABLE_LABEL } from '../../tables/labels';
import { decimalsOf, unitOf } from '../../tables/query';
import { address } from '../shared/cells';
import { compareAmounts } from '../shared/compare';
import { PROJECT_SIMILARITY, findProject, purchasesOf } from '../shared/purchases';
import type { Rule } from '../types';

export const gpsAmountWithinProject: Rule = {
  id: 'gps/amount-within-project',
  title: '购买服务金额不超过项目金额',
  defaultSeverity: 'error',
  docs: '政府购买服务金额不得超过项目支出表中同一项目的合计金额（项目按名称近似匹配）；问题报在购买服务金额处，项目金额本身有误时报在项目金额处。',
  check(context) {
    for (const purchase of purchasesOf(context)) {
      const match = findProject(context, purchase.project);
      const cell = match?.row.values.total;
      const amount = purchase.amountTerm;
      if (!match || match.similarity < PROJECT_SIMILARITY || !cell || !amount) continue;
      const where = TABLE_LABEL[match.table.kind];
      compareAmounts(context, {
        ...(purchase.table ? { table: purchase.table } : {}),
        subject: `「${purchase.project}」购买服务金额应不超过${where}中该项目的合计`,
        relation: 'at-most',
        target: amount,
        addends: [{ cell, unit: unitOf(match.table), decimals: decimalsOf(match.table), sign: 1, label: `${where}「${purchase.project}」合计`, table: match.table.kind }],
        describe: ({ actual, expected, difference }) =>
          `「${purchase.project}」购买服务 ${actual}${amount.unit}，超过${where}中该项目的合计 ${expected}${amount.unit}（${address(cell.ref)}），多 ${difference}${amount.unit}。`,
      });
    }
  },
};
