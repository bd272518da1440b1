/**
 * Mutation tests: for every rule, one defect of its kind injected into the clean 泽州 fixture yields a
 * finding of that rule at the right cell with the right expected value; the clean fixture yields no
 * error or warning of that rule (only the document's real problems, see real-findings.test.ts).
 */
import type { Grid } from '../../src/core/grid';
import { RULES } from '../../src/core/rules/registry';
import type { Diagnostic } from '../../src/core/rules/types';
import { ZEZHOU_A, fixture, problems, run, withCells, withText } from './support';

type Mutation = (grid: Grid) => { grid: Grid; cell?: string };

interface Case {
  rule: string;
  what: string;
  mutate: Mutation;
  /** Where the finding must be and what it must expect; cell '' = the cell the mutation touched. */
  expect: { sheet?: string; cell?: string; expected?: string; severity?: Diagnostic['severity']; message?: string };
}

const cells =
  (...edits: Array<[string, string, string | number | null]>): Mutation =>
  (grid) => ({ grid: withCells(grid, edits) });
const text =
  (sheet: string, find: string, replacement: string): Mutation =>
  (grid) =>
    withText(grid, sheet, find, replacement);
const both =
  (first: Mutation, second: Mutation): Mutation =>
  (grid) =>
    second(first(grid).grid);

const CASES: Case[] = [
  { rule: 'summary/income-total', what: '本年收入合计 typo', mutate: cells(['表1', 'B35', 2540.25]), expect: { sheet: '表1', cell: 'B35', expected: '2541.25' } },
  { rule: 'summary/row-sum', what: '当年预算安排 of a class', mutate: cells(['表1', 'E5', 2134]), expect: { sheet: '表1', cell: 'E5', expected: '2134.19' } },
  { rule: 'summary/expenditure-total', what: '本年支出合计 当年预算安排', mutate: cells(['表1', 'E35', 2540.25]), expect: { sheet: '表1', cell: 'E35', expected: '2541.25' } },
  { rule: 'summary/grand-totals', what: '收入总计', mutate: cells(['表1', 'B37', 2542.25]), expect: { sheet: '表1', cell: 'B37', expected: '2541.25' } },
  { rule: 'summary/balance', what: '收入总计 ≠ 支出总计', mutate: cells(['表1', 'B37', 2542.25]), expect: { sheet: '表1', cell: 'D37', expected: '2542.25' } },
  { rule: 'summary/classes-match-expenditure', what: 'class line vs 支出总表 类', mutate: cells(['表1', 'D12', 239]), expect: { sheet: '表1', cell: 'D12', expected: '239.28' } },
  { rule: 'income/row-sum', what: 'source column of an item', mutate: cells(['表2', 'D8', 938]), expect: { sheet: '表2', cell: 'D8', expected: '938.70' } },
  { rule: 'income/hierarchy', what: '款 ≠ Σ 项', mutate: cells(['表2', 'C7', 2134]), expect: { sheet: '表2', cell: 'C7', expected: '2134.19' } },
  { rule: 'income/matches-summary', what: '合计行 一般公共预算 vs 收支总表', mutate: cells(['表2', 'D5', 2541]), expect: { sheet: '表2', cell: 'D5', expected: '2541.25' } },
  { rule: 'expenditure/row-sum', what: '基本支出 of an item', mutate: cells(['表3', 'D8', 938]), expect: { sheet: '表3', cell: 'D8', expected: '938.70' } },
  { rule: 'expenditure/hierarchy', what: '款 of 一般公共预算支出表', mutate: cells(['表5', 'C7', 2134]), expect: { sheet: '表5', cell: 'C7', expected: '2134.19' } },
  { rule: 'fiscal-summary/row-sum', what: '小计', mutate: cells(['表4', 'D13', 239]), expect: { sheet: '表4', cell: 'D13', expected: '239.28' } },
  { rule: 'fiscal-summary/classes-match-general', what: '一般公共预算 column vs 一般公共预算支出表', mutate: cells(['表4', 'E13', 239]), expect: { sheet: '表4', cell: 'E13', expected: '239.28' } },
  { rule: 'basic-economic/row-sum', what: '人员经费 of an item', mutate: cells(['表6', 'D7', 387]), expect: { sheet: '表6', cell: 'D7', expected: '387.94' } },
  { rule: 'basic-economic/groups', what: '商品和服务支出 group', mutate: cells(['表6', 'C17', 141.18]), expect: { sheet: '表6', cell: 'C17', expected: '140.18' } },
  { rule: 'basic-economic/matches-general', what: '合计 vs 一般公共预算支出表 基本支出', mutate: cells(['表6', 'C5', 1346.76]), expect: { sheet: '表6', cell: 'C5', expected: '1345.76' } },
  { rule: 'three-public/sums', what: 'an amount in the empty 三公 table', mutate: cells(['表10', 'B5', 1]), expect: { sheet: '表10', cell: 'B10', expected: '1.00' } },
  { rule: 'three-public/narrative', what: '“无三公经费” with a non-empty table', mutate: cells(['表10', 'B5', 1]), expect: { sheet: '说明', message: '无“三公”经费' } },
  { rule: 'operating-cost/units-sum', what: 'a unit line', mutate: cells(['表11', 'B6', 140]), expect: { sheet: '表11', cell: 'B5', expected: '140.00' } },
  {
    rule: 'operating-cost/matches-public',
    what: '机关运行经费 ≠ 公用经费',
    mutate: cells(['表11', 'B5', 150], ['表11', 'C5', 150], ['表11', 'B6', 150], ['表11', 'C6', 150]),
    expect: { sheet: '表11', cell: 'B5', expected: '140.18', severity: 'warning' },
  },
  { rule: 'funding/row-sum', what: '一般公共预算 of a project', mutate: cells(['表12', 'C8', 5]), expect: { sheet: '表12', cell: 'C8', expected: '6.00' } },
  { rule: 'project/unit-subtotals', what: 'a project total', mutate: cells(['表12', 'B8', 7]), expect: { sheet: '表12', cell: 'B7', expected: '1196.49' } },
  { rule: 'project/matches-expenditure', what: '支出总表 项目支出', mutate: cells(['表3', 'E5', 1195]), expect: { sheet: '表3', cell: 'E5', expected: '1195.49' } },
  { rule: 'codes/function-names', what: 'a name of another code', mutate: cells(['表3', 'B8', '财政国库业务']), expect: { sheet: '表3', cell: 'B8', expected: '行政运行' } },
  { rule: 'codes/consistent-names', what: 'one table names a code differently', mutate: cells(['表3', 'B8', '行政运转']), expect: { sheet: '表3', cell: 'B8', expected: '行政运行' } },
  { rule: 'codes/economic-names', what: 'an economic name the partial list lacks', mutate: cells(['表6', 'A7', '基本薪资']), expect: { sheet: '表6', cell: 'A7', severity: 'info', message: '目录中未收录' } },
  { rule: 'gps/code-in-catalog', what: 'an unknown code', mutate: text('说明', 'B0701-评审服务', 'B9901-评审服务'), expect: { sheet: '说明', cell: '', expected: 'B0701' } },
  {
    rule: 'gps/name-matches-code',
    what: 'an OCR-level variant of the name',
    mutate: text('说明', 'B0501监督检查辅助服务', 'B0501监督检查服务'),
    expect: { sheet: '说明', cell: '', expected: 'B0501 监督检查辅助服务', severity: 'warning' },
  },
  { rule: 'gps/amount-within-project', what: 'more than the project', mutate: text('说明', '监督检查业务费20万元', '监督检查业务费25万元'), expect: { sheet: '说明', cell: '', expected: '≤ 20.00' } },
  { rule: 'gps/project-exists', what: 'an unknown project', mutate: text('说明', '财政业务工作监督检查业务费20万元', '城市道路绿化养护费20万元'), expect: { sheet: '说明', cell: '', severity: 'warning' } },
  {
    rule: 'gps/forbidden-content',
    what: 'labour dispatch',
    mutate: both(text('说明', '财政业务工作监督检查业务费', '财政业务工作监督检查劳务派遣费'), text('表12', '财政业务工作监督检查业务费', '财政业务工作监督检查劳务派遣费')),
    expect: { sheet: '说明', message: '劳务派遣' },
  },
  {
    rule: 'gps/department-scope',
    what: 'an A code listed only under other departments',
    mutate: text('说明', 'B0501监督检查辅助服务', 'A0101公共安全隐患排查治理服务'),
    expect: { sheet: '说明', cell: '', severity: 'warning' },
  },
  { rule: 'narrative/amounts', what: '基本支出 in the text', mutate: text('说明', '基本支出1,345.76万元', '基本支出1,346.76万元'), expect: { sheet: '说明', cell: '', expected: '1345.76' } },
  { rule: 'narrative/percentages', what: 'a share', mutate: text('说明', '占52.96%', '占53.96%'), expect: { sheet: '说明', cell: '', expected: '52.96%' } },
  { rule: 'narrative/year-on-year', what: 'a growth rate', mutate: text('说明', '增加49.59万元，增长1.99%', '增加49.59万元，增长2.99%'), expect: { sheet: '说明', cell: '', expected: '1.99%' } },
  { rule: 'narrative/class-names', what: 'a class name that is not one', mutate: text('说明', '：一般公共服务支出2,134.19', '：一般公共预算支出2,134.19'), expect: { sheet: '说明', cell: '', expected: '一般公共服务支出' } },
  { rule: 'narrative/procurement-sum', what: '政府采购 total', mutate: text('说明', '预算总额9.50万元', '预算总额10.50万元'), expect: { sheet: '说明', cell: '', expected: '9.50' } },
  { rule: 'meta/year', what: 'a title of another year', mutate: cells(['表3', 'A1', '2025年预算支出总表']), expect: { sheet: '表3', cell: 'A1', expected: '2026' } },
  { rule: 'meta/unit-name', what: 'another unit name', mutate: cells(['表3', 'A2', '部门名称：泽州县财政厅']), expect: { sheet: '表3', expected: '泽州县财政局' } },
  { rule: 'meta/unit-label', what: 'no unit label', mutate: cells(['表3', 'E2', null]), expect: { sheet: '表3', cell: 'A1', severity: 'warning' } },
  { rule: 'meta/no-data-note', what: 'an empty table without the note', mutate: cells(['表7', 'A6', null]), expect: { sheet: '表7', cell: 'A1', severity: 'warning' } },
  {
    rule: 'meta/required-tables',
    what: 'no 三公 table',
    mutate: (grid) => ({ grid: { ...grid, sheets: grid.sheets.filter((s) => s.name !== '表10') } }),
    expect: { message: '“三公”经费表必须公开' },
  },
  { rule: 'meta/amount-readable', what: 'an error value', mutate: cells(['表3', 'C9', '#REF!']), expect: { sheet: '表3', cell: 'C9' } },
];

let clean: Grid;
beforeAll(async () => {
  clean = await fixture(ZEZHOU_A);
});

it('covers every rule of the registry', () => {
  expect(new Set(CASES.map((c) => c.rule))).toEqual(new Set(RULES.map((r) => r.id)));
});

describe.each(CASES)('$rule: $what', ({ rule, mutate, expect: wanted }) => {
  it('finds the injected defect at the right cell with the right expected value', () => {
    const { grid, cell } = mutate(clean);
    const findings = run(grid).diagnostics.filter((d) => d.rule === rule);
    const target = { ...wanted, cell: wanted.cell === '' ? cell : wanted.cell };
    const match = findings.find(
      (d) =>
        (target.sheet === undefined || d.sheet === target.sheet) &&
        (target.cell === undefined || d.cell === target.cell) &&
        (target.expected === undefined || d.expected === target.expected) &&
        (target.message === undefined || d.message.includes(target.message)) &&
        d.severity === (target.severity ?? RULES.find((r) => r.id === rule)!.defaultSeverity),
    );
    expect({ match: Boolean(match), findings: findings.map((d) => `${d.severity} ${d.sheet}!${d.cell} ${d.expected} ${d.message}`) }).toEqual(
      expect.objectContaining({ match: true }),
    );
  });

  it('finds nothing of its kind in the clean fixture, apart from the real problems', () => {
    const real = new Set(['gps/code-in-catalog', 'gps/name-matches-code', 'gps/forbidden-content']);
    const found = problems(run(clean)).filter((d) => d.rule === rule);
    expect(found).toHaveLength(real.has(rule) ? 1 : 0);
  });
});
