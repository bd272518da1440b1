/**
 * Shared pieces of the task pane's component tests: jsdom gaps filled, a made-up catalog, a small
 * workbook, fixed reports, and rendering the pane over a MemoryHost.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, fireEvent, render, screen, within } from '@testing-library/react';
import { deserialize, serialize } from 'node:v8';
import type { Catalog } from '../../core/catalog/types';
import { gridFromRows, type Grid } from '../../core/grid';
import type { CheckOptions } from '../../core/engine';
import type { Report } from '../../core/report';
import { readWorkbook } from '../../core/tables';
import type { Diagnostic } from '../../core/rules/types';
import { MemoryHost } from '../../host/memory/memory-host';
import { TaskPaneApp } from '../TaskPaneApp';
import { memoryCatalogStore } from '../catalogs/catalog-store';
import type { CheckFunction } from '../state/use-check';

// Rendering Fluent UI in jsdom is slow on a busy machine: allow for it rather than fail.
configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(120_000);

// jsdom lacks structuredClone, which MemoryHost uses; Node's serializer is the same algorithm.
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;
// jsdom's AbortSignal predates throwIfAborted, which hosts call; browsers running the pane have it.
AbortSignal.prototype.throwIfAborted ??= function (this: AbortSignal) {
  if (this.aborted) throw Object.assign(new Error('已取消'), { name: 'AbortError' });
};

/** A made-up catalog: the pane's behaviour, not any real catalog's content, is under test. */
export const TEST_CATALOG: Catalog = {
  id: 'test-gps',
  title: '测试目录',
  document: '测试文号',
  jurisdiction: '测试',
  kind: 'gps',
  complete: true,
  entries: [
    { code: 'Z01', name: '测试类服务', level: 2, provenance: { document: '测试文号', file: 'test', line: 1 } },
    { code: 'Z0101', name: '样例审查服务', level: 3, parent: 'Z01', description: '对样例材料的审查', provenance: { document: '测试文号', file: 'test', line: 2 } },
  ],
};

export function workbook(): Grid {
  return {
    sheets: [
      gridFromRows('表3', [['2026年部门支出总表'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', 381.16, 300, 80.16]]),
      gridFromRows('目录', [
        ['编码', '名称'],
        ['Z02', '导入类服务'],
        ['Z0201', '导入的服务'],
        ['Z0201', '重复的服务'],
      ]),
    ],
  };
}

export const C9_FINDING: Diagnostic = {
  rule: 'expenditure/row-sum',
  severity: 'error',
  message: '合计应等于基本支出 + 项目支出，多 1.00万元。',
  sheet: '表3',
  cell: 'C3',
  expected: '380.16',
  actual: '381.16',
  table: 'expenditure',
  fix: { kind: 'fix', description: '将 C3 改为 380.16', edits: [{ sheet: '表3', cell: 'C3', value: 380.16 }] },
};
export const NOTE_FINDING: Diagnostic = { rule: 'meta/unit-label', severity: 'warning', message: '表格未注明金额单位。', sheet: '表3', cell: 'A1' };

/** A check whose report `reportOf` makes; the tables are read as the engine reads them. */
export function checkOf(reportOf: (grid: Grid, options: CheckOptions) => Report): CheckFunction {
  return (grid, options) => ({ report: reportOf(grid, options), reading: readWorkbook(grid) });
}

/** A fixed report over whatever grid is read: findings disappear once their cell holds the expected value. */
export function fixedCheck(findings: Diagnostic[]): CheckFunction {
  return checkOf(fixedReport(findings));
}

export function fixedReport(findings: Diagnostic[]): (grid: Grid) => Report {
  return (grid) => {
    const sheet = grid.sheets.find((s) => s.name === '表3');
    const diagnostics = findings.filter((d) => !(d === C9_FINDING && sheet?.rows[2]?.[2]?.v === 380.16));
    const report: Report = {
      file: '测试.xlsx',
      catalogs: [],
      sheets: grid.sheets.map((s) => s.name),
      tables: [{ kind: 'expenditure', sheet: '表3', range: 'A1:E3', title: '2026年部门支出总表' }],
      purchases: [],
      diagnostics,
      summary: { error: diagnostics.filter((d) => d.severity === 'error').length, warning: diagnostics.filter((d) => d.severity === 'warning').length, info: 0 },
    };
    return report;
  };
}

export async function renderPane(host: MemoryHost, checkWorkbook?: CheckFunction, catalogs: Catalog[] = [TEST_CATALOG]) {
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPaneApp host={host} loadCatalogs={async () => catalogs} checkWorkbook={checkWorkbook} catalogStore={memoryCatalogStore()} />
    </FluentProvider>,
  );
  await screen.findByText((text) => text.startsWith(`${catalogs[0].document} · ${catalogs[0].entries.length} 条`));
}

/**
 * 支出总表 as in seed 002 (泽州) with one wrong cell, the 201 row's 合计 (C4: 100, its parts and its
 * 款 add up to 90), which the engine can fix; `code` mistypes the 财政事务 row's code.
 */
export function expenditureSheet(code = '20106') {
  return gridFromRows('表3', [
    ['2026年部门支出总表'],
    ['部门名称：某某局', null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['201', '一般公共服务支出', 100, 60, 30],
    [code, '财政事务', 90, 60, 30],
    [null, '合计', 90, 60, 30],
  ]);
}

export async function runCheck() {
  fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
  await screen.findByRole('button', { name: '重新检查' });
}

/** Checks, fixes 表3!C3 through the preview dialog and waits for the applied notice. */
export async function fixC3(host: MemoryHost) {
  await renderPane(host, fixedCheck([C9_FINDING]));
  await runCheck();
  fireEvent.click(screen.getByRole('button', { name: '修复' }));
  fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '应用修改（1）' }));
  await screen.findByText('已修改：修复：表3!C3');
}

export function valueAt(host: MemoryHost, sheet: string, row: number, col: number) {
  return host.peekGrid().sheets.find((s) => s.name === sheet)?.rows[row]?.[col]?.v;
}
