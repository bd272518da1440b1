import { normalizeName } from '../../text/normalize';
import { locate } from '../shared/cells';
import { workbookUnitName } from '../shared/unit-name';
import type { Diagnostic, Rule } from '../types';

export const metaUnitName: Rule = {
  id: 'meta/unit-name',
  title: '各表部门（单位）名称一致',
  defaultSeverity: 'error',
  docs: '每张表写明的部门名称/单位名称 = 工作簿的部门（单位）名称（指定的名称，否则为多数表格写的名称）。',
  check(context) {
    const unit = workbookUnitName(context);
    if (!unit) return [];
    return context.tables
      .filter((table) => table.unitName && normalizeName(table.unitName.text) !== normalizeName(unit))
      .map(
        (table): Diagnostic => ({
          rule: metaUnitName.id,
          severity: metaUnitName.defaultSeverity,
          message: `本表写的部门（单位）名称为「${table.unitName!.text}」，工作簿其他表格为「${unit}」。`,
          ...locate(table.unitName!.ref),
          expected: unit,
          actual: table.unitName!.text,
          table: table.kind,
        }),
      );
  },
};
