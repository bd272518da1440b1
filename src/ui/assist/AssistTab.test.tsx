/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// Node export conditions: ExcelJS reads the fixture here, and its uuid dependency's browser build is ESM.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { deserialize, serialize } from 'node:v8';
import { draftNarrative } from '../../core/assist/narrative-draft';
import { SELECTED_CATALOGS_SETTING } from '../../core/settings';
import { createSuggestionIndex, projectCandidates, suggestPurchaseCodes } from '../../core/assist/purchase-suggestions';
import type { Catalog } from '../../core/catalog/types';
import { gridFromRows, toA1, type Grid } from '../../core/grid';
import { countTables } from '../../core/report';
import { readWorkbook } from '../../core/tables';
import { selectPurchaseCatalogs } from '../../core/catalog/selection';
import { MemoryHost } from '../../host/memory/memory-host';
import { bundledCatalogs, cellValue, fixtureGrid, stripCells, ZEZHOU_A } from '../../../test/assist/support';
import { TaskPaneApp } from '../TaskPaneApp';
import { memoryCatalogStore } from '../catalogs/catalog-store';

// jsdom lacks structuredClone, which MemoryHost uses; Node's serializer is the same algorithm.
globalThis.structuredClone ??= <T,>(value: T): T => deserialize(serialize(value)) as T;

let clean: Grid;
let catalogs: Catalog[];
beforeAll(async () => {
  clean = await fixtureGrid(ZEZHOU_A);
  catalogs = await bundledCatalogs();
});

async function openAssist(grid: Grid, host = new MemoryHost(grid)): Promise<MemoryHost> {
  render(
    <FluentProvider theme={webLightTheme}>
      <TaskPaneApp host={host} loadCatalogs={async () => catalogs} catalogStore={memoryCatalogStore()} />
    </FluentProvider>,
  );
  await screen.findByText((text) => text.startsWith(`${catalogs[0].document} · ${catalogs[0].entries.length} 条`));
  fireEvent.click(document.querySelector('[role="tab"][value="assist"]')!);
  await screen.findByText(`已读取 ${countTables(readWorkbook(grid).tables.map((t) => ({ sheet: t.sheet, kind: t.kind, title: t.title.text })))} 张表`);
  return host;
}

/** The 填报 panel. Queries go by label and selector: role queries over the whole pane are slow in jsdom. */
function panel() {
  return within(document.querySelector<HTMLElement>('[role="tabpanel"][aria-labelledby="pane-tab-assist"]')!);
}

/** The open preview; by selector, as Fluent's modal may mark surfaces aria-hidden while focus settles. */
function dialog(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[role="dialog"]');
}

/** Expected edits as "表3!C5：（空） → 2541.25"; notes as their text. */
async function applyPreview(expectedLines: string[]) {
  await waitFor(() => expect(dialog()).not.toBeNull());
  const lines = [...dialog()!.querySelectorAll('li')].map((item) => item.textContent);
  const shown = (line: string) => line.replace(/^(\S+?!\w+)：(.*) → (.*)$/, '$1现为：$2改为：$3');
  for (const line of expectedLines) expect(lines).toContain(shown(line));
  fireEvent.click(within(dialog()!).getByText(/^应用修改/));
  await waitFor(() => expect(dialog()).toBeNull());
}

describe('填报 tab', () => {
  it('lists the tab after 查码', async () => {
    await openAssist(clean);
    expect(screen.getAllByRole('tab').map((tab) => tab.getAttribute('value'))).toEqual(['check', 'lookup', 'assist', 'catalogs', 'report']);
    expect(screen.getByRole('tab', { name: '填报' })).toBeTruthy();
  });

  it('rebuilds stripped 支出总表 subtotals through the preview, and 撤销 empties them again', async () => {
    const stripped = ['C5', 'D5', 'C6', 'D6', 'C7', 'D7'];
    const host = await openAssist(stripCells(clean, '表3', stripped));
    fireEvent.click(panel().getByLabelText('预览：写入小计与合计'));
    await applyPreview(stripped.map((a1) => `表3!${a1}：（空） → ${String(cellValue(clean, '表3', a1))}`));
    const after = await host.readGrid();
    for (const a1 of stripped) expect([a1, cellValue(after, '表3', a1)]).toEqual([a1, cellValue(clean, '表3', a1)]);

    fireEvent.click(await screen.findByText('撤销'));
    await waitFor(async () => expect(cellValue(await host.readGrid(), '表3', 'C5')).toBeNull());
    const undone = await host.readGrid();
    for (const a1 of stripped) expect([a1, cellValue(undone, '表3', a1)]).toEqual([a1, null]);
  });

  it('writes SUM formulas when 公式 is chosen', async () => {
    const host = await openAssist(stripCells(clean, '表3', ['C6', 'C7']));
    fireEvent.click(panel().getByLabelText('写公式（SUM）'));
    fireEvent.click(panel().getByLabelText('预览：写入小计与合计'));
    await applyPreview(['表3!C7：（空） → =SUM(C8:C12)', '表3!C6：（空） → =C7']);
    expect(cellValue(await host.readGrid(), '表3', 'C7')).toBe('=SUM(C8:C12)');
  });

  it('says so when a command has nothing to fill', async () => {
    await openAssist(clean);
    fireEvent.click(panel().getByLabelText('预览：写入小计与合计'));
    expect(await panel().findByText(/写入小计与合计：没有需要填写的单元格/)).toBeTruthy();
    expect(dialog()).toBeNull();
  });

  it('shows three suggestions per project and inserts one at the active cell, undoably', async () => {
    const host = await openAssist(clean);
    const reading = readWorkbook(clean);
    const [project] = projectCandidates(reading.tables);
    // Nothing selected: the catalogs of the place the workbook names, as the check applies them.
    const gps = selectPurchaseCatalogs(clean, catalogs, []).catalogs;
    expect(gps.map((c) => c.id).sort()).toEqual(
      catalogs
        .filter((c) => c.kind === 'gps' && c.jurisdiction.includes('山西'))
        .map((c) => c.id)
        .sort(),
    );
    const unitName = project.table.unitName?.text.trim();
    const expected = suggestPurchaseCodes(createSuggestionIndex(gps, unitName ? { unitName } : {}), project, 3);
    expect(expected).toHaveLength(3);
    const buttons = expected.map((s) => panel().getByLabelText(`插入 ${s.entry.code} ${s.entry.name}（${project.name}）`));

    await act(() => host.selectCell({ sheet: '表12', cell: 'H30' }));
    fireEvent.click(buttons[1]);
    await applyPreview([`表12!H30：（空） → ${expected[1].entry.code}`]);
    expect(cellValue(await host.readGrid(), '表12', 'H30')).toBe(expected[1].entry.code);
    fireEvent.click(await screen.findByText('撤销'));
    await waitFor(async () => expect(cellValue(await host.readGrid(), '表12', 'H30')).toBeNull());
  });

  it('suggests only from the catalogs chosen for the workbook', async () => {
    const chosen = catalogs.find((c) => c.id === 'shanxi-b-2023')!;
    const host = new MemoryHost(clean);
    await host.setSetting(SELECTED_CATALOGS_SETTING, [chosen.id]);
    await openAssist(clean, host);
    expect(panel().getByText(/^目录（本工作簿选定）：/).textContent).toContain(`：${chosen.shortTitle}。`);
    const codes = panel()
      .getAllByLabelText(/^插入 /)
      .map((button) => button.getAttribute('aria-label')!.split(' ')[1]);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !chosen.entries.some((e) => e.code === code))).toEqual([]);
  });

  it('writes the code and name into the project’s row of a 政府购买服务预算表', async () => {
    const [project] = projectCandidates(readWorkbook(clean).tables);
    const gpsSheet = gridFromRows('表14', [
      ['2026年政府购买服务预算表'],
      ['单位：万元'],
      ['项目名称', '购买服务内容', '指导性目录代码', '目录名称', '金额'],
      [project.name, '服务', null, null, 1],
      ['合计', null, null, null, 1],
    ]);
    const host = await openAssist({ sheets: [...clean.sheets, gpsSheet] });
    await act(() => host.selectCell({ sheet: '表12', cell: 'H30' }));
    const insert = panel().getAllByLabelText(new RegExp(`^插入 .*（${project.name}）$`))[0];
    const [, code, name] = /^插入 (\S+) (.+)（/.exec(insert.getAttribute('aria-label')!)!;
    fireEvent.click(insert);
    await applyPreview([`表14!C4：（空） → ${code}`, `表14!D4：（空） → ${name}`]);
    const after = await host.readGrid();
    expect([cellValue(after, '表14', 'C4'), cellValue(after, '表14', 'D4'), cellValue(after, '表12', 'H30')]).toEqual([code, name, null]);
  });

  it('shows the 情况说明 draft and copies it', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await openAssist(clean);
    const draft = draftNarrative(readWorkbook(clean));
    expect((panel().getByLabelText('情况说明草稿', { selector: 'textarea' }) as HTMLTextAreaElement).value).toBe(draft.text);
    fireEvent.click(panel().getByText('复制'));
    expect(await panel().findByText('已复制到剪贴板。')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(draft.text);
    expect(panel().getByText('现有情况说明引用的金额和百分比与草稿一致。')).toBeTruthy();
  });

  it('selects the whole draft when the clipboard is unavailable', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await openAssist(clean);
    fireEvent.click(panel().getByText('复制'));
    expect(await panel().findByText('已选中全文，请按 Ctrl+C 复制。')).toBeTruthy();
    const box = panel().getByLabelText('情况说明草稿', { selector: 'textarea' }) as HTMLTextAreaElement;
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
  });

  it('lists a figure the narrative misquotes and selects its cell', async () => {
    const grid = structuredClone(clean);
    const sheet = grid.sheets.find((s) => s.name === '说明')!;
    const [row, col] = sheet.rows.flatMap((cells, r) => (cells ?? []).flatMap((cell, c) => (typeof cell?.v === 'string' && cell.v.includes('收入总计2,541.25万元') ? [[r, c]] : [])))[0];
    const cell = sheet.rows[row]![col]!;
    cell.v = String(cell.v).replace('收入总计2,541.25万元', '收入总计2,641.25万元');
    cell.t = cell.v;
    const host = await openAssist(grid);
    const list = panel().getByLabelText('与草稿不同之处');
    const items = [...list.querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/2641\.25万元.*应为2541\.25万元/);
    fireEvent.click(within(list).getByLabelText(`定位到 说明!${toA1(row, col)}`));
    await waitFor(async () => expect((await host.getSelection())?.cell).toBe(toA1(row, col)));
  });
});
