/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReportSheetRow } from '../core/ports/workbook-host';
import { loadBundledCatalog } from '../data';
import type { Diagnostic } from '../core/rules/types';
import { MemoryHost } from '../host/memory/memory-host';
import { TaskPaneApp } from './TaskPaneApp';
import { memoryCatalogStore } from './catalogs/catalog-store';
import type { CheckFunction } from './state/use-check';
import { C9_FINDING, NOTE_FINDING, TEST_CATALOG, checkOf, expenditureSheet, fixC3, fixedCheck, fixedReport, renderPane, runCheck, valueAt, workbook } from './testing/pane';

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
    expect(within(dialog).getByText('表3!C3')).toBeTruthy();
    expect(dialog.querySelector('[data-change=removed]')?.textContent).toBe('381.16');
    expect(dialog.querySelector('[data-change=added]')?.textContent).toBe('380.16');
    fireEvent.click(within(dialog).getByRole('button', { name: '应用修改（1）' }));
    await screen.findByText('已修改：修复：表3!C3');
    expect(valueAt(host, '表3', 2, 2)).toBe(380.16);
    expect(host.calls).toEqual(['apply:1']);
    await screen.findByText('没有发现问题。');
    fireEvent.click(screen.getByRole('button', { name: '撤销：修复：表3!C3' }));
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
    fireEvent.click(screen.getByRole('button', { name: '撤销：修复：表3!C3' }));
    const notice = '已撤销“修复：表3!C3”，但保留了 2 个单元格的当前内容，未恢复：表3!C4（修复后又被修改）、表3!C9（单元格已被删除）。';
    await screen.findByText(notice, { selector: ':not([data-testid=announcer])' });
    expect(screen.getByTestId('announcer').textContent?.trim()).toBe(notice);
  });

  it('undo leaves a cell changed after the fix and says so', async () => {
    const host = new MemoryHost(workbook());
    await fixC3(host);
    // The user types over the fixed cell (an edit outside the pane's journal).
    await host.applyEdits([{ sheet: '表3', cell: 'C3', value: 500 }], '用户输入');
    fireEvent.click(screen.getByRole('button', { name: '撤销：修复：表3!C3' }));
    await screen.findByText('已撤销“修复：表3!C3”，但保留了 1 个单元格的当前内容，未恢复：表3!C3（修复后又被修改）。', { selector: ':not([data-testid=announcer])' });
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

  it('lets the user choose the template family, checks with it, says which one the results followed and when they may be stale', async () => {
    const host = new MemoryHost(workbook());
    const profiles: Array<string | undefined> = [];
    const explained: Diagnostic = {
      ...C9_FINDING,
      explains: [
        { rule: 'expenditure/row-sum', subject: '合计应等于基本支出 + 项目支出', sheet: '表3', cell: 'C3' },
        { rule: 'expenditure/total', subject: '合计行应等于各类之和', sheet: '表3', cell: 'C9' },
      ],
    };
    const checkWith: CheckFunction = checkOf((grid, options) => {
      profiles.push(options.profile);
      return { ...fixedReport([explained])(grid), family: options.profile ?? 'general' };
    });
    await renderPane(host, checkWith);
    const picker = screen.getByRole('combobox', { name: '模板' }) as HTMLSelectElement;
    expect([...picker.options].map((option) => option.text)).toEqual(['自动识别', '山西', '上海部门预算', '上海单位预算', '通用']);
    expect(picker.value).toBe('');
    await runCheck();
    expect(profiles).toEqual([undefined]);
    expect(screen.getByTestId('checked-family').textContent).toBe('本次检查按自动识别的模板：通用（各地共有的表格）');
    expect(
      within(screen.getByRole('list', { name: '改这一格即可成立的核对' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['合计应等于基本支出 + 项目支出（表3!C3）', '合计行应等于各类之和（表3!C9）']);

    fireEvent.change(picker, { target: { value: 'shanxi' } });
    await waitFor(async () => expect(await host.getSetting('budgetAssistant.profile')).toBe('shanxi'));
    await within(screen.getByRole('tabpanel')).findByText('模板选择已改变，结果可能已过时，请重新检查。');
    fireEvent.click(screen.getAllByRole('button', { name: '重新检查' })[0]);
    await waitFor(() => expect(profiles).toEqual([undefined, 'shanxi']));
    await waitFor(() => expect(screen.getByTestId('checked-family').textContent).toBe('本次检查按所选模板：山西 部门/单位预算公开（13 张表）'));
    expect(screen.queryByText(/模板选择已改变/)).toBeNull();

    fireEvent.change(picker, { target: { value: '' } });
    await waitFor(async () => expect(await host.getSetting('budgetAssistant.profile')).toBe(''));
    await within(screen.getByRole('tabpanel')).findByText('模板选择已改变，结果可能已过时，请重新检查。');
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
    expect(screen.queryByRole('button', { name: /^撤销/ })).toBeNull();
    expect(valueAt(host, '表3', 2, 2)).toBe(381.16);
  });

  it('keeps formulas in 全部修复 unless the user ticks the overwrite box', async () => {
    const grid = workbook();
    grid.sheets[0].rows[2]![3] = { v: 300, f: '=D4+D5' };
    const host = new MemoryHost(grid);
    const formulaFix: Diagnostic = { ...NOTE_FINDING, rule: 'x/formula', cell: 'D3', fix: { kind: 'fix', description: '将 D3 改为 301', edits: [{ sheet: '表3', cell: 'D3', value: 301 }] } };
    await renderPane(host, fixedCheck([C9_FINDING, formulaFix]));
    await runCheck();
    fireEvent.click(screen.getByRole('button', { name: '全部修复（2）' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('（现为公式 =D4+D5）')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '应用修改（1）' }));
    await screen.findByText('已修改：全部修复：表3!C3');
    expect(valueAt(host, '表3', 2, 2)).toBe(380.16);
    expect(host.peekGrid().sheets[0].rows[2]?.[3]).toEqual({ v: 300, f: '=D4+D5' });
  });

  it('looks a code up and inserts it (and its name) at the active cell with Enter', async () => {
    const host = new MemoryHost(workbook());
    await host.selectCell({ sheet: '表3', cell: 'F3' });
    await renderPane(host);
    fireEvent.click(screen.getByRole('tab', { name: '查码' }));
    await waitFor(() => expect(screen.getByText(/Enter 插入到当前单元格（表3!F3）/)).toBeTruthy());
    const box = screen.getByRole('combobox', { name: '查码' });
    await waitFor(() => {
      fireEvent.change(box, { target: { value: '审查' } });
      expect(screen.getByRole('option', { name: /Z0101/ })).toBeTruthy();
    });
    fireEvent.click(screen.getByRole('checkbox', { name: '同时在右侧单元格填入名称（仅限空单元格或名称列）' }));
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(valueAt(host, '表3', 2, 5)).toBe('Z0101'));
    expect(valueAt(host, '表3', 2, 6)).toBe('样例审查服务');
    await screen.findByText('已修改：插入编码 Z0101：表3!F3、表3!G3');
  });

  it('suggests the code for a name cell of a recognised table and fills it in', async () => {
    const host = new MemoryHost({ sheets: [expenditureSheet('20107')] });
    await host.selectCell({ sheet: '表3', cell: 'B5' });
    await renderPane(host, undefined, [await loadBundledCatalog('function-partial')]);
    fireEvent.click(screen.getByRole('tab', { name: '查码' }));
    await screen.findByText('“财政事务”对应的编码');
    expect(screen.getByText('20106')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '填入 表3!A5' }));
    // A5 holds another code: the write is previewed with both values before anything changes.
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelector('[data-change=removed]')?.textContent).toBe('20107');
    expect(valueAt(host, '表3', 4, 0)).toBe('20107');
    fireEvent.click(within(dialog).getByRole('button', { name: '应用修改（1）' }));
    await waitFor(() => expect(valueAt(host, '表3', 4, 0)).toBe('20106'));
  });

  it('imports a catalog from the selected range and reports problems in Chinese', async () => {
    const host = new MemoryHost(workbook());
    await host.selectCell({ sheet: '目录', cell: 'A1:B4' });
    await renderPane(host);
    fireEvent.click(screen.getByRole('tab', { name: '目录' }));
    fireEvent.change(screen.getByRole('textbox', { name: '目录名称' }), { target: { value: '本地目录' } });
    fireEvent.click(screen.getByRole('button', { name: '从选中区域导入' }));
    // Z0201's parent Z02 is there, but Z02's parent Z is not: the hierarchy has a gap.
    await screen.findByText(/已从选中区域导入“本地目录”，共 2 条（层级不完整，按部分目录使用）。/);
    expect(screen.getByText('第4行：编码 Z0201 与第3行重复，已忽略本行。')).toBeTruthy();
    expect(within(screen.getByRole('list', { name: '目录列表' })).getByText(/本地目录/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '删除导入的目录“本地目录”' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: '删除' }));
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
    expect(written[0][2].values).toEqual(['位置', '级别', '问题', '应为', '实为', '对照', '规则', '忽略理由']);
    expect(written[0][3]).toEqual({
      values: ['表3!C3', '错误', '合计应等于基本支出 + 项目支出，多 1.00万元。', '380.16', '381.16', '', '支出各行合计等于基本支出加项目支出', ''],
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
    await waitFor(() => expect(screen.queryByText('正在读取工作簿（1/4）…')).toBeNull());
    expect(screen.getByRole('button', { name: '开始检查' })).toBeTruthy();
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
