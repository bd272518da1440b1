import { buildTable, columnsFrom } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { FUNCTION_PARTIAL } from '../testing/catalogs';
import { codesMissingCode } from './missing-code';

/** The last row has its name in column B and nothing in the code column A. */
const expenditure = (name: string) =>
  buildTable({
    kind: 'expenditure',
    sheet: '表3',
    title: '表3',
    columns: columnsFrom(['total']),
    rows: [
      { role: 'section', code: '20106', name: '财政事务', values: { total: '944.70' } },
      { role: 'item', code: '2010605', name: '财政国库业务', values: { total: '6.00' } },
      { role: 'item', name, nameCol: 1, values: { total: '938.70' } },
    ],
  });
const data = { functionCatalog: FUNCTION_PARTIAL };

export const cases: RuleCases = {
  rule: codesMissingCode,
  valid: [
    {
      name: '每个科目名称都有编码',
      tables: [
        buildTable({ kind: 'expenditure', sheet: '表3', title: '表3', columns: columnsFrom(['total']), rows: [{ role: 'item', code: '2010601', name: '行政运行', values: { total: '938.70' } }] }),
      ],
      data,
    },
  ],
  invalid: [
    {
      name: '有名称没有编码：按目录中同名、位于上一科目之下的条目补填',
      tables: [expenditure('行政运行')],
      data,
      errors: [{ cell: '表3!A7', expected: '2010601', fix: 'suggestion' }],
      output: { '表3!A7': '2010601' },
    },
    {
      name: '目录中也没有这个名称：只提醒，不给修正',
      tables: [expenditure('财政业务专项')],
      data,
      errors: [{ cell: '表3!A7', message: '目录中也找不到同名科目' }],
      output: null,
    },
  ],
};
