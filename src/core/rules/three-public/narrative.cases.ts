import { buildTable, columnsFrom } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { threePublicNarrative } from './narrative';

const threePublic = (reception: string) =>
  buildTable({
    kind: 'three-public',
    sheet: '表10',
    title: '2026年财政拨款安排“三公”经费支出预算表',
    columns: columnsFrom(['total']),
    rows: [
      { role: 'line', line: 'reception', name: '公务接待费', values: { total: reception } },
      { role: 'total', line: 'total', name: '合计', values: { total: reception } },
    ],
  });

export const cases: RuleCases = {
  rule: threePublicNarrative,
  valid: [
    { name: '说明称无“三公”经费，表也是空的', tables: [threePublic('')], narrative: ['本部门无“三公”经费预算。'] },
    { name: '说明列出的“三公”经费与表都有金额（金额是否相等由“说明中的金额”核对）', tables: [threePublic('1.00')], narrative: ['2026年“三公”经费预算1.00万元。'] },
  ],
  invalid: [
    {
      name: '说明称无“三公”经费，表中却有金额',
      tables: [threePublic('1.00')],
      narrative: ['本部门无“三公”经费预算。'],
      errors: [{ cell: '说明!A1', message: '列有金额' }],
      output: null,
    },
    {
      name: '说明列出“三公”经费金额，表却是空的',
      tables: [threePublic('')],
      narrative: ['2026年“三公”经费预算5.00万元。'],
      errors: [{ cell: '说明!A1', message: '没有金额' }],
      output: null,
    },
  ],
};
