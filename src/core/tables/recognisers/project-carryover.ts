/** 项目支出预算表（上年结转） / 上年结转项目支出表. */
import { projectTable } from './project-table';

export const projectCarryover = projectTable('project-carryover', [/项目支出(?:预算)?(?:明细)?表[(（]?上年结转[)）]?/, /上年结转(?:的)?项目支出(?:预算)?(?:明细)?表/]);
