import { buildTable, columnsFrom } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { metaUnitLabel } from './unit-label';

const table = (unit: '万元' | '元' | null) => buildTable({ kind: 'expenditure', sheet: '表3', title: '2026年预算支出总表', unit, columns: columnsFrom(['total']), rows: [] });

export const cases: RuleCases = {
  rule: metaUnitLabel,
  valid: [
    { name: '注明“单位：万元”', tables: [table('万元')] },
    { name: '注明“单位：元”', tables: [table('元')] },
  ],
  invalid: [
    {
      name: '没有注明金额单位：按万元核对并提醒',
      tables: [table(null)],
      errors: [{ cell: '表3!A1', message: '核对时按万元处理' }],
      output: null,
    },
  ],
};
