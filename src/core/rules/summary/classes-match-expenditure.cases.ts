import { tsvTable, twoSidedTable, type SideLine } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { summaryClassesMatchExpenditure } from './classes-match-expenditure';

/** `listed`: classes the template prints with no amount (the list of the 30 类, not classes this budget spends on). */
const summary = (socialName: string, social: string, listed: string[] = []) =>
  twoSidedTable(
    'summary',
    '表1',
    ['total'],
    [],
    [['class', '一般公共服务支出', '2134.19'], ['class', socialName, social], ...listed.map((name): SideLine => ['class', name, '']), ['expenditure-total', '本年支出合计', '2373.47']],
  );

const expenditure = (extra = '') =>
  tsvTable(
    'expenditure',
    '表3',
    ['total'],
    `合计\t\t${extra ? '2443.62' : '2373.47'}
201\t一般公共服务支出\t2134.19
208\t社会保障和就业支出\t239.28
${extra}`,
  );

/** The 支出总表 with these 类 lines after 201 (a blank amount: a 类 total left empty or deleted). */
const expenditureWith = (lines: string) => tsvTable('expenditure', '表3', ['total'], `合计\t\t2373.47\n201\t一般公共服务支出\t2134.19\n${lines}`);

export const cases: RuleCases = {
  rule: summaryClassesMatchExpenditure,
  valid: [
    { name: '每一类与支出总表同名的类相等，本年支出合计与支出总表合计相等', tables: [summary('社会保障和就业支出', '239.28'), expenditure()] },
    {
      name: '收支总表照模板列出的无金额的类，不与支出总表中名称不同、也无金额的类配对（不建议改名）',
      tables: [summary('社会保障和就业支出', '239.28', ['国防支出']), expenditureWith('208\t社会保障和就业支出\t239.28\n220\t自然资源海洋气象等支出\t')],
    },
  ],
  invalid: [
    {
      name: '收支总表的一类与支出总表同名类不等：两格都可能有误，不给修正',
      tables: [summary('社会保障和就业支出', '239.00'), expenditure()],
      errors: [{ cell: '表1!D6', expected: '239.28', actual: '239.00', message: '无法确定' }],
      output: null,
    },
    {
      name: '类名写法不同（旧称或笔误）：按剩下的一对配对，建议统一名称',
      tables: [summary('社会保障就业支出', '239.28'), expenditure()],
      errors: [{ cell: '表1!C6', severity: 'warning', expected: '社会保障和就业支出', actual: '社会保障就业支出', fix: 'suggestion' }],
      output: { '表1!C6': '社会保障和就业支出' },
    },
    {
      name: '支出总表有一类收支总表没有：报在支出总表，两表合计也因此不等',
      tables: [summary('社会保障和就业支出', '239.28'), expenditure('210\t卫生健康支出\t70.15')],
      errors: [
        { cell: '表3!C8', message: '没有同名的支出类' },
        { cell: '表1!D7', expected: '2443.62', actual: '2373.47', message: '无法确定' },
      ],
      output: null,
    },
    {
      name: '支出总表一类的合计被删：与收支总表中改了名的那一类配对，而不是与照模板列出的无金额的类配对',
      tables: [summary('社会保障就业支出', '239.28', ['国防支出']), expenditureWith('208\t社会保障和就业支出\t')],
      errors: [
        { cell: '表1!C6', severity: 'warning', expected: '社会保障和就业支出', actual: '社会保障就业支出', fix: 'suggestion' },
        { cell: '表1!D6', severity: 'error', expected: '0.00', actual: '239.28', message: '无法确定' },
      ],
      output: { '表1!C6': '社会保障和就业支出' },
    },
  ],
};
