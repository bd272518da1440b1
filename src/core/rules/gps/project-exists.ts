import { address } from '../shared/cells';
import { PROJECT_SIMILARITY, findProject, purchasesOf } from '../shared/purchases';
import type { Rule } from '../types';

export const gpsProjectExists: Rule = {
  id: 'gps/project-exists',
  title: '购买服务的项目见于项目支出表',
  defaultSeverity: 'warning',
  docs: '政府购买服务所属的项目应能在项目支出表（本年预算或上年结转）中找到（名称近似即可）。',
  check(context) {
    const hasProjects = context.tablesOf('project').length + context.tablesOf('project-carryover').length > 0;
    if (!hasProjects) return;
    for (const purchase of purchasesOf(context)) {
      if (!purchase.project) continue;
      const match = findProject(context, purchase.project);
      if (match && match.similarity >= PROJECT_SIMILARITY) continue;
      const nearest = match?.row.name;
      context.report({
        at: purchase.codeRef,
        table: purchase.table,
        message: `政府购买服务所属项目「${purchase.project}」在项目支出表中找不到${nearest ? `；最接近的是「${nearest.text}」（${address(nearest.ref)}）` : ''}。`,
        ...(nearest ? { related: [nearest.ref] } : {}),
      });
    }
  },
};
