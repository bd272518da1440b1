import { normalizeName } from '../../text/normalize';
import { workbookUnitName } from '../shared/unit-name';
import type { Rule } from '../types';

export const metaUnitName: Rule = {
  id: 'meta/unit-name',
  title: '各表部门（单位）名称一致',
  defaultSeverity: 'error',
  docs: '每张表写明的部门名称/单位名称 = 工作簿的部门（单位）名称（指定的名称，否则为多数表格写的名称）。',
  check(context) {
    const unit = workbookUnitName(context);
    if (!unit) return;
    for (const table of context.tables) {
      const written = table.unitName;
      if (!written || normalizeName(written.text) === normalizeName(unit)) continue;
      context.report({
        at: written.ref,
        table,
        message: `本表写的部门（单位）名称为「${written.text}」，工作簿其他表格为「${unit}」。`,
        expected: unit,
        actual: written.text,
      });
    }
  },
};
