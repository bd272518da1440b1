import { entriesWithCode } from '../shared/catalog-lookup';
import { purchasesOf } from '../shared/purchases';
import { workbookUnitName } from '../shared/unit-name';
import type { Rule } from '../types';

/** "山西省财政厅" → "财政", "泽州县财政局" → "财政": the line of work both names share. */
export function departmentCore(name: string): string {
  return name
    .replace(/\s+/g, '')
    .replace(/^.*?(省|自治区|市|县|区|旗)(?=.)/, '')
    .replace(/(厅|局|委员会|委|办公室|办|中心|部)$/, '');
}

export const gpsDepartmentScope: Rule = {
  id: 'gps/department-scope',
  title: '部门目录代码属于本部门',
  defaultSeverity: 'warning',
  docs: '按部门编排的目录（晋财综〔2023〕43号）中，代码只列在其他部门名下时提醒：该服务不属于本部门的指导性目录。',
  check(context) {
    const unit = workbookUnitName(context);
    if (!unit) return;
    const core = departmentCore(unit);
    const ours = (department: string) => {
      const other = departmentCore(department);
      return other.length > 0 && (core.includes(other) || other.includes(core));
    };
    for (const purchase of purchasesOf(context)) {
      const departments = [...new Set(entriesWithCode(context.purchaseCatalogs, purchase.code).flatMap((h) => (h.entry.department ? [h.entry.department] : [])))];
      if (departments.length === 0 || departments.some(ours)) continue;
      const listed = `${departments.slice(0, 3).join('、')}${departments.length > 3 ? ` 等 ${departments.length} 个部门` : ''}`;
      context.report({ at: purchase.codeRef, table: purchase.table, message: `目录代码 ${purchase.code} 在部门目录中只列于${listed}名下，不属于${unit}。` });
    }
  },
};
