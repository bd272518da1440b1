import { buildTable, columnsFrom } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import type { TableKind } from '../../tables/types';
import { metaRequiredTables } from './required-tables';

const table = (kind: TableKind, sheet: string) => buildTable({ kind, sheet, title: sheet, columns: columnsFrom(['total']), rows: [] });
const options = { requiredTables: ['summary', 'expenditure', 'three-public'] as TableKind[] };

export const cases: RuleCases = {
  rule: metaRequiredTables,
  valid: [{ name: '模板要求的表都在', tables: [table('summary', '表1'), table('expenditure', '表3'), table('three-public', '表10')], data: { options } }],
  invalid: [
    {
      name: '缺少“三公”经费表：没有“三公”经费也要公开空表',
      tables: [table('summary', '表1'), table('expenditure', '表3')],
      data: { options },
      errors: [{ cell: null, message: '“三公”经费表必须公开' }],
      output: null,
    },
    {
      name: '一张预算公开表也没有识别到',
      tables: [],
      data: { options },
      errors: [{ cell: null, message: '没有识别到任何预算公开表格' }],
      output: null,
    },
  ],
};
