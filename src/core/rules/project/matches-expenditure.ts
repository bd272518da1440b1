import { TABLE_LABEL } from '../../tables/labels';
import { totalRow } from '../../tables/query';
import { compareAmounts } from '../shared/compare';
import { byTable, defined, term } from '../shared/terms';
import type { Rule } from '../types';

export const projectMatchesExpenditure: Rule = {
  id: 'project/matches-expenditure',
  title: '项目支出表合计与支出总表项目支出一致',
  defaultSeverity: 'error',
  docs: '项目支出表（本年预算）与（上年结转）各项目合计之和 = 支出总表合计行的项目支出。',
  check(context) {
    const projectTables = [...context.tablesOf('project'), ...context.tablesOf('project-carryover')];
    if (projectTables.length === 0) return;
    for (const expenditure of context.tablesOf('expenditure')) {
      const total = totalRow(expenditure);
      const target = total && term(expenditure, total, 'project');
      if (!target) continue;
      const projects = projectTables.flatMap((table) => table.rows.filter((row) => row.role === 'project').map((row) => term(table, row, 'total', 1, byTable)));
      const addends = defined(projects);
      if (addends.length === 0) continue;
      const subject = `项目支出应等于${projectTables.map((t) => TABLE_LABEL[t.kind]).join('与')}各项目之和`;
      compareAmounts(context, { table: 'expenditure', subject, target, addends });
    }
  },
};
