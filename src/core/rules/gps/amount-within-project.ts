import { convertAmount, formatAmount } from '../../amount';
import { address, amountOf, locate } from '../shared/cells';
import { TABLE_LABEL } from '../shared/labels';
import { PROJECT_SIMILARITY, findProject, purchasesOf } from '../shared/purchases';
import { unitOf } from '../shared/tables';
import type { Diagnostic, Rule } from '../types';

export const gpsAmountWithinProject: Rule = {
  id: 'gps/amount-within-project',
  title: '购买服务金额不超过项目金额',
  defaultSeverity: 'error',
  docs: '政府购买服务金额不得超过项目支出表中同一项目的合计金额（项目按名称近似匹配）。',
  check(context) {
    return purchasesOf(context).flatMap((purchase): Diagnostic[] => {
      const match = findProject(context, purchase.project);
      const cell = match?.row.values.total;
      if (!match || match.similarity < PROJECT_SIMILARITY || !cell || !purchase.amount) return [];
      const projectUnit = unitOf(match.table);
      const amount = convertAmount(purchase.amount, purchase.unit, projectUnit);
      const limit = amountOf(cell);
      if (amount.lte(limit)) return [];
      return [
        {
          rule: gpsAmountWithinProject.id,
          severity: gpsAmountWithinProject.defaultSeverity,
          message: `「${purchase.project}」购买服务 ${formatAmount(amount)}${projectUnit}，超过${TABLE_LABEL[match.table.kind]}中该项目的合计 ${formatAmount(limit)}${projectUnit}（${address(cell.ref)}），多 ${formatAmount(amount.minus(limit))}${projectUnit}。`,
          ...locate(purchase.codeRef),
          related: [locate(cell.ref)],
          expected: `≤ ${formatAmount(limit)}`,
          actual: formatAmount(amount),
          table: purchase.table,
        },
      ];
    });
  },
};
