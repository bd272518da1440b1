/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DISMISSED_SETTING } from '../core/settings';
import type { Catalog } from '../core/catalog/types';
import { gridFromRows, type Grid } from '../core/grid';
import type { ReportSheetRow } from '../core/ports/workbook-host';
import type { Report } from '../core/report';
import { loadBundledCatalog } from '../data';
import type { Diagnostic } from '../core/rules/types';
import { MemoryHost } from '../host/memory/memory-host';
import { deserialize, serialize } from 'node:v8';
import { TaskPaneApp } from './TaskPaneApp';
import { memoryCatalogStore } from './catalogs/catalog-store';
import type { CheckFunction } from './state/use-check';

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
const TEST_CATALOG: Catalog = {
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

function workbook(): Grid {
  return {
    sheets: [
      gridFromRows('表3', [
        ['2026年部门支出总表'],
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['201', '一般公共服务支出', 381.16, 300, 80.16],
      ]),
      gridFromRows('目录', [
        ['编码', '名称'],
        ['Z02', '导入类服务'],
        ['Z0201', '导入的服务'],
        ['Z0201', '重复的服务'],
      ]),
    ],
  };
}

const C9_FINDING: Diagnostic = {
  rule: 'expenditure/row-sum',
  severity: 'error',
  message: '合计应等于基本支出 + 项目支出，多 1.00万元。',
  sheet: '表3',
  cell: 'C3',
  expected: '380.16',
  actual: '381.16',
  table: 'expenditure',
  fix: { description: '将 C3 改为 380.16', edits: [{ sheet: '表3', cell: 'C3', value: 380.16 }] },
};
const NOTE_FINDING: Diagnostic = { rule: 'meta/unit-label', severity: 'warning', message: '表格未注明金额单位。', sheet: '表3', cell: 'A1' };

/** A fixed report over whatever grid is read: findings disappear once their cell holds the expected value. */
function fixedCheck(findings: Diagnostic[]): CheckFunction {
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

async function renderPane(host: MemoryHost, checkWorkbook?: CheckFunction, catalogs: Catalog[] = [TEST_CATALOG]) {
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
function expenditureSheet(code = '20106') {
  return gridFromRows('表3', [
    ['2026年部门支出总表'],
    ['部门名称：某某局', null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['201', '一般公共服务支出', 100, 60, 30],
    [code, '财政事务', 90, 60, 30],
    [null, '合计', 90, 60, 30],
  ]);
}

async function runCheck() {
  fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
  await screen.findByRole('button', { name: '重新检查' });
}

/** Checks, fixes 表3!C3 through the preview dialog and waits for the applied notice. */
async function fixC3(host: MemoryHost) {
  await renderPane(host, fixedCheck([C9_FINDING]));
  await runCheck();
  fireEvent.click(screen.getByRole('button', { name: '修复' }));
  fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '应用修改（1）' }));
  await screen.findByText('已修改：修复：表3!C3');
}

function valueAt(host: MemoryHost, sheet: string, row: number, col: number) {
  return host.peekGrid().sheets.find((s) => s.name === sheet)?.rows[row]?.[col]?.v;
}

describe('TaskPaneApp', () => {
  it('renders the tabs and the start button', async () => {
    await renderPane(new MemoryHost(workbook()));
    expect(screen.getAllByRole('tab').map((tab) => tab.getAttribute('value'))).toEqual(['check', 'lookup', 'assist', 'catalogs', 'report']);
    for (const name of ['检查', '查码', '填报', '目录', '报告']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    expect(screen.getByRole('button', { name: '开始检查' })).toBeTruthy();
  });

  it('runs a check, groups findings by table with counts, and selects a finding’s cell', async () => {
    const host = new MemoryHost(workbook());
    await renderPane(host, fixedCheck([C9_FINDING, NOTE_FINDING]));
    await runCheck();
    expect(screen.getByText('表3 · 2026年部门支出总表（错误 1，警告 1）')).toBeTruthy();
    expect(screen.getByText('应为 380.16，实为 381.16')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '定位到 表3!C3' }));
    await waitFor(async () => expect(await host.getSelection()).toEqual({ sheet: '表3', cell: 'C3', value: 381.16 }));
  });

  it('previews a fix, applies it as one journal record, re-checks and undoes it', async () => {
    const host = new MemoryHost(workbook());
    await renderPane(host, fixedCheck([C9_FINDING]));
    await runCheck();
    fireEvent.click(screen.getByRole('button', { name: '修复' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('表3!C3：381.16 → 380.16')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '应用修改（1）' }));
    await screen.findByText('已修改：修复：表3!C3');
    expect(valueAt(host, '表3', 2, 2)).toBe(380.16);
    expect(host.calls).toEqual(['apply:1']);
    await screen.findByText('没有发现问题。');
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    await waitFor(() => expect(valueAt(host, '表3', 2, 2)).toBe(381.16));
    expect(host.calls[1]).toMatch(/^revert:/);
    await screen.findByText('合计应等于基本支出 + 项目支出，多 1.00万元。');
    expect(screen.queryByText(/^已修改：/)).toBeNull();
  });

  it('names each cell an undo left, where it is now and why, as the host reports it', async () => {
    const host = new MemoryHost(workbook());
    host.revert = async () => ({
      restored: 0,
      kept: [
        { sheet: '表3', cell: 'C4', reason: '修复后又被修改' },
        { sheet: '表3', cell: 'C9', reason: '单元格已被删除' },
      ],
    });
    await fixC3(host);
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    await screen.findByText('已撤销“修复：表3!C3”，但保留了 2 个单元格的当前内容，未恢复：表3!C4（修复后又被修改）、表3!C9（单元格已被删除）。');
  });

  it('undo leaves a cell changed after the fix and says so', async () => {
    const host = new MemoryHost(workbook());
    await fixC3(host);
    // The user types over the fixed cell (an edit outside the pane's journal).
    await host.applyEdits([{ sheet: '表3', cell: 'C3', value: 500 }], '用户输入');
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    await screen.findByText('已撤销“修复：表3!C3”，但保留了 1 个单元格的当前内容，未恢复：表3!C3（修复后又被修改）。');
    expect(valueAt(host, '表3', 2, 2)).toBe(500);
  });

  it('keeps the pane when the browser refuses to store an imported catalog, and says why in 目录', async () => {
    const host = new MemoryHost(workbook());
    await host.selectCell({ sheet: '目录', cell: 'A1:B4' });
    const store = memoryCatalogStore();
    store.save = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    render(
      <FluentProvider theme={webLightTheme}>
        <TaskPaneApp host={host} loadCatalogs={async () => [TEST_CATALOG]} catalogStore={store} />
      </FluentProvider>,
    );
    fireEvent.click(await screen.findByRole('tab', { name: '目录' }));
    fireEvent.change(screen.getByRole('textbox', { name: '目录名称' }), { target: { value: '本地目录' } });
    fireEvent.click(screen.getByRole('button', { name: '从选中区域导入' }));
    await screen.findByText(/浏览器的本地存储空间已满，导入的目录无法保存/);
    expect(screen.getAllByRole('tab')).toHaveLength(5);
    expect(within(screen.getByRole('list', { name: '目录列表' })).getByText(/本地目录/)).toBeTruthy();
  });

  it('shows a refused batch as a Chinese message and journals nothing', async () => {
    const host = new MemoryHost(workbook());
    host.applyEdits = async () => {
      throw new Error('修改单元格失败：工作表“表3”受保护，修改未执行。请在“审阅 › 撤消工作表保护”后再试。');
    };
    await renderPane(host, fixedCheck([C9_FINDING]));
    await runCheck();
    fireEvent.click(screen.getByRole('button', { name: '修复' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '应用修改（1）' }));
    await screen.findByText('修改单元格失败：工作表“表3”受保护，修改未执行。请在“审阅 › 撤消工作表保护”后再试。');
    expect(screen.queryByRole('button', { name: '撤销' })).toBeNull();
    expect(valueAt(host, '表3', 2, 2)).toBe(381.16);
  });

  it('keeps formulas in 全部修复 unless the user ticks the overwrite box', async () => {
    const grid = workbook();
    grid.sheets[0].rows[2]![3] = { v: 300, f: '=D4+D5' };
    const host = new MemoryHost(grid);
    const formulaFix: Diagnostic = { ...NOTE_FINDING, rule: 'x/formula', cell: 'D3', fix: { description: '将 D3 改为 301', edits: [{ sheet: '表3', cell: 'D3', value: 301 }] } };
    await renderPane(host, fixedCheck([C9_FINDING, formulaFix]));
    await runCheck();
    fireEvent.click(screen.getByRole('button', { name: '全部修复（2）' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('（现为公式 =D4+D5）')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '应用修改（1）' }));
    await screen.findByText('已修改：全部修复');
    expect(valueAt(host, '表3', 2, 2)).toBe(380.16);
    expect(host.peekGrid().sheets[0].rows[2]?.[3]).toEqual({ v: 300, f: '=D4+D5' });
  });

  it('ignores a finding for this workbook and can bring it back', async () => {
    const host = new MemoryHost(workbook());
    await renderPane(host, fixedCheck([C9_FINDING, NOTE_FINDING]));
    await runCheck();
    fireEvent.click(screen.getAllByRole('button', { name: '忽略' })[1]);
    await waitFor(() => expect(screen.queryByText('表格未注明金额单位。')).toBeNull());
    await expect(host.getSetting(DISMISSED_SETTING)).resolves.toEqual(['meta/unit-label|表3|A1|表格未注明金额单位。']);
    fireEvent.click(screen.getByRole('button', { name: '恢复已忽略的 1 条' }));
    await screen.findByText('表格未注明金额单位。');
  });

  it('looks a code up and inserts it (and its name) at the active cell with Enter', async () => {
    const host = new MemoryHost(workbook());
    await host.selectCell({ sheet: '表3', cell: 'F3' });
    await renderPane(host);
    fireEvent.click(screen.getByRole('tab', { name: '查码' }));
    await waitFor(() => expect(screen.getByText(/Enter 插入到当前单元格（表3!F3）/)).toBeTruthy());
    const box = screen.getByRole('textbox', { name: '查码' });
    await waitFor(() => {
      fireEvent.change(box, { target: { value: '审查' } });
      expect(screen.getByRole('option', { name: /Z0101/ })).toBeTruthy();
    });
    fireEvent.click(screen.getByRole('checkbox', { name: '同时在右侧单元格填入名称' }));
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(valueAt(host, '表3', 2, 5)).toBe('Z0101'));
    expect(valueAt(host, '表3', 2, 6)).toBe('样例审查服务');
    await screen.findByText('已修改：插入编码 Z0101 到 表3!F3');
  });

  it('suggests the code for a name cell of a recognised table and fills it in', async () => {
    const host = new MemoryHost({ sheets: [expenditureSheet('20107')] });
    await host.selectCell({ sheet: '表3', cell: 'B5' });
    await renderPane(host, undefined, [await loadBundledCatalog('function-partial')]);
    fireEvent.click(screen.getByRole('tab', { name: '查码' }));
    await screen.findByText('“财政事务”对应的编码');
    expect(screen.getByText('20106')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '填入 表3!A5' }));
    await waitFor(() => expect(valueAt(host, '表3', 4, 0)).toBe('20106'));
  });

  it('imports a catalog from the selected range and reports problems in Chinese', async () => {
    const host = new MemoryHost(workbook());
    await host.selectCell({ sheet: '目录', cell: 'A1:B4' });
    await renderPane(host);
    fireEvent.click(screen.getByRole('tab', { name: '目录' }));
    fireEvent.change(screen.getByRole('textbox', { name: '目录名称' }), { target: { value: '本地目录' } });
    fireEvent.click(screen.getByRole('button', { name: '从选中区域导入' }));
    await screen.findByText(/已从选中区域导入“本地目录”，共 2 条。/);
    expect(screen.getByText('第4行：编码 Z0201 与第3行重复，已忽略本行。')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: '目录列表' })).getByText(/本地目录/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除导入的目录“本地目录”' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: '目录列表' })).queryByText(/本地目录/)).toBeNull());
  });

  it('offers the text report for download with the CLI text', async () => {
    const host = new MemoryHost(workbook());
    await renderPane(host, fixedCheck([C9_FINDING]));
    await runCheck();
    fireEvent.click(screen.getByRole('tab', { name: '报告' }));
    expect(screen.queryByRole('button', { name: /写入新工作表/ })).toBeNull();
    const texts: string[] = [];
    URL.createObjectURL = (blob: Blob) => {
      const reader = new FileReader();
      reader.onload = () => texts.push(String(reader.result));
      reader.readAsText(blob);
      return 'blob:report';
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: '下载文本报告' }));
    expect(click).toHaveBeenCalled();
    await waitFor(() => expect(texts[0]).toContain('[错误] 表3!C3 合计应等于基本支出 + 项目支出，多 1.00万元。（应为 380.16，实为 381.16）'));
    expect(texts[0]).toContain('合计：错误 1，警告 0，提示 0');
  });

  it('writes the 审核报告 sheet through a host that can', async () => {
    const written: ReportSheetRow[][] = [];
    const host = Object.assign(new MemoryHost(workbook()), {
      writeReportSheet: async (name: string, rows: ReportSheetRow[]) => {
        written.push(rows);
        return name;
      },
    });
    await renderPane(host, fixedCheck([C9_FINDING]));
    await runCheck();
    fireEvent.click(screen.getByRole('tab', { name: '报告' }));
    fireEvent.click(screen.getByRole('button', { name: '写入新工作表“审核报告”' }));
    await screen.findByText('已写入工作表“审核报告”，点击位置可跳到对应单元格。');
    expect(written[0][2].values).toEqual(['位置', '级别', '问题', '应为', '实为', '对照', '规则']);
    expect(written[0][3]).toEqual({
      values: ['表3!C3', '错误', '合计应等于基本支出 + 项目支出，多 1.00万元。', '380.16', '381.16', '', 'expenditure/row-sum'],
      link: { sheet: '表3', cell: 'C3' },
    });
  });

  it('shows read progress and cancels a running check', async () => {
    const host = new MemoryHost(workbook());
    host.readGrid = ({ onProgress, signal } = {}) =>
      new Promise((_, reject) => {
        onProgress?.({ done: 1, total: 4 });
        signal?.addEventListener('abort', () => reject(Object.assign(new Error('已取消'), { name: 'AbortError' })));
      });
    await renderPane(host, fixedCheck([C9_FINDING]));
    fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
    await screen.findByText('正在读取工作簿（1/4）…');
    expect(screen.getByRole('progressbar', { name: '检查进度' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '取消' }));
    await screen.findByRole('button', { name: '开始检查' });
    expect(screen.queryByText('正在读取工作簿（1/4）…')).toBeNull();
    expect(screen.queryByText(/失败|错误：/)).toBeNull();
  });

  it('finds and fixes a real row-sum error with the engine', async () => {
    const host = new MemoryHost({ sheets: [expenditureSheet()] });
    await renderPane(host);
    await runCheck();
    expect(screen.getByRole('button', { name: '定位到 表3!C4' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /^全部修复/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /^应用修改/ }));
    await waitFor(() => expect(valueAt(host, '表3', 3, 2)).toBe(90));
    await waitFor(() => expect(screen.queryByRole('button', { name: '定位到 表3!C4' })).toBeNull());
  });
});
