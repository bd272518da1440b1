import { buildTable, columnsFrom } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { threePublicSums } from './sums';

const threePublic = (vehicle: string) =>
  buildTable({
    kind: 'three-public',
    sheet: '表10',
    title: '表10',
    columns: columnsFrom(['total']),
    rows: [
      { role: 'line', line: 'abroad', name: '因公出国（境）费', values: { total: '' } },
      { role: 'line', line: 'reception', name: '公务接待费', values: { total: '1.00' } },
      { role: 'group', line: 'vehicle', name: '公务用车购置及运行费', values: { total: vehicle } },
      { role: 'line', line: 'vehicle-purchase', name: '①公务用车购置费', values: { total: '' } },
      { role: 'line', line: 'vehicle-operation', name: '②公务用车运行维护费', values: { total: '3.00' } },
      { role: 'total', line: 'total', name: '合计', values: { total: '4.00' } },
    ],
  });

export const cases: RuleCases = {
  rule: threePublicSums,
  valid: [{ name: '合计 = 出国 + 接待 + 公务用车，公务用车 = 购置 + 运行维护', tables: [threePublic('3.00')] }],
  invalid: [
    {
      name: '公务用车购置及运行费录错：它所在的两项核对都不成立，只改它即可',
      tables: [threePublic('3.50')],
      errors: [{ cell: '表10!C7', expected: '3.00', actual: '3.50', fix: 'fix' }],
      output: { '表10!C7': 3 },
    },
  ],
};
