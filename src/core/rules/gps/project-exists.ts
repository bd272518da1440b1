import { address, locate } from '../shared/cells';
import { PROJECT_SIMILARITY, findProject, purchasesOf } from '../shared/purchases';
import type { Diagnostic, Rule } from '../types';

export const gpsProjectExists: Rule = {
  id: 'gps/project-exists',
  title: '购买服务的项目见于项目支出表',
  defaultSeverity: 'warning',
  docs: '政府购买服务所属的项目应能在项目支出表（本年预算或上年结转）中找到（名称近似即可）。',
  check(context) {
    const hasProjects = context.tablesOf('project').length + context.tablesOf('project-carryover').length > 0;
    if (!hasProjects) return [];
    return purchasesOf(context).flatMap((purchase): Diagnostic[] => {
      if (!purchase.project) return [];
      const match = findProject(context, purchase.project);
      if (match && match.similarity >= PROJECT_SIMILARITY) return [];
      const nearest = match?.row.name ? `；最接近的是「${match.row.name.text}」（${address(match.row.name.ref)}）` : '';
      return [
        {
          rule: gpsProjectExists.id,
          severity: gpsProjectExists.defaultSeverity,
          message: `政府购买服务所属项目「${purchase.project}」在项目支出表中找不到${nearest}。`,
          ...locate(purchase.codeRef),
          ...(match?.row.name ? { related: [locate(match.row.name.ref)] } : {}),
          table: purchase.table,
        },
      ];
    });
  },
};
