/** 政府购买服务 checks on a 政府购买服务预算表 (table rows rather than 说明 sentences). */
import type { Catalog } from '../../catalog/types';
import { runRule } from '../run';
import { buildTable, columnsFrom, contextOf } from '../testing/builder';
import { gpsAmountWithinProject } from './amount-within-project';
import { gpsCodeInCatalog } from './code-in-catalog';
import { gpsNameMatchesCode } from './name-matches-code';

/** Three entries of 晋财综〔2023〕47号 as printed in seed 002, lines 2973–2975. */
const catalog: Catalog = {
  id: 'test-b',
  title: '测试目录',
  document: '晋财综〔2023〕47号',
  jurisdiction: '山西省',
  kind: 'gps',
  complete: true,
  entries: [
    { code: 'B0701', name: '评审服务', level: 3, parent: 'B07', provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2973 } },
    { code: 'B0703', name: '评估服务', level: 3, parent: 'B07', provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2974 } },
    { code: 'B0704', name: '评价服务', level: 3, parent: 'B07', provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2975 } },
  ],
};

const projects = buildTable({
  kind: 'project',
  sheet: '表12',
  title: '2026年项目支出预算表（本年预算）',
  columns: columnsFrom(['total']),
  rows: [{ role: 'project', name: '财政专项资金及PPP项目绩效评价工作经费', values: { total: '118.17' } }],
});

function purchases(code: string, name: string, amount: string) {
  return buildTable({
    kind: 'gps',
    sheet: '政府购买服务',
    title: '2026年政府购买服务预算表',
    columns: columnsFrom(['amount']),
    rows: [{ role: 'item', name: '财政专项资金及PPP项目绩效评价工作经费', values: { amount }, texts: { 'catalog-code': code, 'catalog-name': name } }],
  });
}

const run = (code: string, name: string, amount = '118.17') => contextOf([projects, purchases(code, name, amount)], { purchaseCatalogs: [catalog] });

describe('政府购买服务预算表', () => {
  it('a name belonging to another code: error on the name cell, fix writes that code into the code cell', () => {
    const [d] = runRule(gpsNameMatchesCode, run('B0703', '评价服务'));
    expect(d).toMatchObject({ severity: 'error', sheet: '政府购买服务', cell: 'L5', table: 'gps', expected: 'B0704 评价服务' });
    expect(d.fix!.edits).toEqual([{ sheet: '政府购买服务', cell: 'K5', value: 'B0704' }]);
  });

  it('a code missing from the catalog: fix proposes the code of the same name', () => {
    const [d] = runRule(gpsCodeInCatalog, run('B0702', '评估服务'));
    expect(d).toMatchObject({ severity: 'error', cell: 'K5', expected: 'B0703', actual: 'B0702' });
    expect(d.fix!.edits).toEqual([{ sheet: '政府购买服务', cell: 'K5', value: 'B0703' }]);
  });

  it('an amount above the project: both values and the project cell', () => {
    const [d] = runRule(gpsAmountWithinProject, run('B0704', '评价服务', '120.00'));
    expect(d).toMatchObject({ severity: 'error', expected: '≤ 118.17', actual: '120.00', related: [{ sheet: '表12', cell: 'C5' }] });
    expect(runRule(gpsAmountWithinProject, run('B0704', '评价服务', '118.17'))).toEqual([]);
  });
});
