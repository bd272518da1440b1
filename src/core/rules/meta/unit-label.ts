import { locate } from '../shared/cells';
import type { Rule } from '../types';

export const metaUnitLabel: Rule = {
  id: 'meta/unit-label',
  title: '表格注明金额单位',
  defaultSeverity: 'warning',
  docs: '每张金额表都应注明“单位：万元”或“单位：元”；未注明时按万元核对。',
  check(context) {
    return context.tables
      .filter((table) => !table.unit && table.kind !== 'performance-target')
      .map((table) => ({
        rule: metaUnitLabel.id,
        severity: metaUnitLabel.defaultSeverity,
        message: `「${table.title.text}」没有注明金额单位（如“单位：万元”），核对时按万元处理。`,
        ...locate(table.title.ref),
        table: table.kind,
      }));
  },
};
