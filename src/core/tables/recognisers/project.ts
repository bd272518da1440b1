/** 项目支出预算表（本年预算） / 项目支出表: unit subtotal rows and project rows. */
import { projectTable } from './project-table';

export const project = projectTable('project', [/项目支出(?:预算)?(?:明细)?表/]);
