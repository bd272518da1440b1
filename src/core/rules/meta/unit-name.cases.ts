import { buildTable, columnsFrom } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { metaUnitName } from './unit-name';

const table = (sheet: string, unitName: string) => buildTable({ kind: 'expenditure', sheet, title: sheet, unitName, columns: columnsFrom(['total']), rows: [] });

export const cases: RuleCases = {
  rule: metaUnitName,
  valid: [
    { name: '各表写的部门名称相同（空格、括号写法不计）', tables: [table('表1', '泽州县财政局'), table('表3', '泽州县 财政局')] },
    { name: '没有表写明名称时不核对', tables: [buildTable({ kind: 'expenditure', sheet: '表3', title: '表3', columns: columnsFrom(['total']), rows: [] })] },
  ],
  invalid: [
    {
      name: '一张表的部门名称与多数表格不同',
      tables: [table('表1', '泽州县财政局'), table('表2', '泽州县财政局'), table('表3', '泽州县财务局')],
      errors: [{ cell: '表3!A2', expected: '泽州县财政局', actual: '泽州县财务局' }],
      output: null,
    },
    {
      name: '与指定的单位名称不同',
      tables: [table('表1', '泽州县财政局')],
      data: { options: { unitName: '泽州县财政局机关' } },
      errors: [{ cell: '表1!A2', expected: '泽州县财政局机关', actual: '泽州县财政局' }],
      output: null,
    },
  ],
};
