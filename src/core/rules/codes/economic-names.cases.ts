import { buildTable, columnsFrom } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { ECONOMIC_PARTIAL } from '../testing/catalogs';
import { codesEconomicNames } from './economic-names';

const basic = (name: string, secondary: string) =>
  buildTable({
    kind: 'basic-economic',
    sheet: '表6',
    title: '表6',
    columns: columnsFrom(['total']),
    rows: [
      { role: 'group', name: '工资福利支出', secondaryName: '', values: { total: '387.94' } },
      { role: 'item', name, secondaryName: secondary, values: { total: '387.94' } },
    ],
  });
const data = { economicCatalog: ECONOMIC_PARTIAL };

export const cases: RuleCases = {
  rule: codesEconomicNames,
  valid: [{ name: '科目名称在目录中，对应的政府预算支出经济分类也是目录中的', tables: [basic('基本工资', '工资奖金津补贴')], data }],
  invalid: [
    {
      name: '政府预算支出经济分类写成了别的科目的',
      tables: [basic('基本工资', '办公经费')],
      data,
      errors: [{ cell: '表6!B6', expected: '工资奖金津补贴', actual: '办公经费', fix: 'suggestion' }],
      output: { '表6!B6': '工资奖金津补贴' },
    },
    {
      name: '部分目录未收录的科目只作提示',
      tables: [basic('伙食补助费', '')],
      data,
      errors: [{ cell: '表6!A6', severity: 'info', message: '目录中未收录' }],
      output: null,
    },
    {
      name: '完整目录（导入）中没有的科目是警告',
      tables: [basic('伙食补助费', '')],
      data: { economicCatalog: { ...ECONOMIC_PARTIAL, id: 'economic-imported', title: '支出经济分类科目（导入）', shortTitle: '支出经济分类（导入）', complete: true } },
      errors: [{ cell: '表6!A6', message: '不在' }],
      output: null,
    },
  ],
};
