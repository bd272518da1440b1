/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
// The pane's one workbook snapshot: how often the pane reads the workbook (host reads, counted) and its
// tables (table readings, counted, the engine's included), as the user checks, switches tabs and fixes.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CellEdit } from '../core/findings';
import * as tables from '../core/tables';
import type { ReadOptions } from '../core/ports/workbook-host';
import { MemoryHost } from '../host/memory/memory-host';
import { expenditureSheet, renderPane, runCheck, TEST_CATALOG } from './testing/pane';

/** A host that reports the user's edits, as Excel does from ExcelApi 1.9. */
class ReportingHost extends MemoryHost {
  private readonly changeHandlers = new Set<() => void>();

  onCellsChanged(handler: () => void): () => void {
    this.changeHandlers.add(handler);
    return () => this.changeHandlers.delete(handler);
  }

  /** The user types into the sheet: the cells change and the host says so. */
  async userEdit(edits: CellEdit[]): Promise<void> {
    await this.applyEdits(edits, '用户输入');
    for (const handler of this.changeHandlers) handler();
  }
}

/** Counts the host's reads of the workbook and every reading of its tables, the engine's included. */
function counted<H extends MemoryHost>(host: H) {
  const read = host.readGrid.bind(host);
  const reads = jest.fn((options?: ReadOptions) => read(options));
  host.readGrid = reads;
  const readings = jest.spyOn(tables, 'readWorkbook');
  return { reads: () => reads.mock.calls.length, readings: () => readings.mock.calls.length };
}

const tab = (name: string) => fireEvent.click(screen.getByRole('tab', { name }));
const panel = (id: string) => within(document.querySelector<HTMLElement>(`[role="tabpanel"][aria-labelledby="pane-tab-${id}"]`)!);

/** The open preview; by selector, as Fluent's modal may mark surfaces aria-hidden while focus settles. */
async function previewDialog(): Promise<HTMLElement> {
  await waitFor(() => expect(document.querySelector('[role="dialog"]')).not.toBeNull());
  return document.querySelector<HTMLElement>('[role="dialog"]')!;
}

afterEach(() => jest.restoreAllMocks());

describe('the pane’s workbook snapshot', () => {
  it('reads the workbook and its tables once per check; 填报 and 查码 show that snapshot without reading again', async () => {
    const host = new MemoryHost({ sheets: [expenditureSheet()] });
    await renderPane(host, undefined, [TEST_CATALOG]);
    const count = counted(host);
    await runCheck();
    expect([count.reads(), count.readings()]).toEqual([1, 1]);
    expect(screen.getByText('识别表格 1 张')).toBeTruthy();

    tab('填报');
    expect(await panel('assist').findByText('已读取 1 张表')).toBeTruthy();
    tab('查码');
    tab('填报');
    tab('检查');
    expect([count.reads(), count.readings()]).toEqual([1, 1]);

    fireEvent.click(screen.getByRole('button', { name: '重新检查' }));
    await waitFor(() => expect(count.reads()).toBe(2));
    await waitFor(() => expect(screen.queryByText('正在检查…')).toBeNull());
    expect(count.readings()).toBe(2);
  });

  it('reads once when 填报 is opened first, and the check after it reads the present workbook once', async () => {
    const host = new MemoryHost({ sheets: [expenditureSheet()] });
    await renderPane(host, undefined, [TEST_CATALOG]);
    const count = counted(host);
    tab('填报');
    expect(await panel('assist').findByText('已读取 1 张表')).toBeTruthy();
    expect([count.reads(), count.readings()]).toEqual([1, 1]);
    tab('检查');
    await runCheck();
    expect([count.reads(), count.readings()]).toEqual([2, 2]);
  });

  it('after a fill from 填报, the re-check’s read is the one 填报 shows: one read to plan, one to re-check', async () => {
    const host = new MemoryHost({ sheets: [expenditureSheet()] });
    await renderPane(host, undefined, [TEST_CATALOG]);
    const count = counted(host);
    await runCheck();
    tab('填报');
    await panel('assist').findByText('已读取 1 张表');
    // This host cannot say whether the user typed since the check: the fill is planned on a fresh read.
    fireEvent.click(panel('assist').getByLabelText('预览：写入小计与合计'));
    const dialog = await previewDialog();
    expect(within(dialog).getByText('表3!C4')).toBeTruthy();
    fireEvent.click(within(dialog).getByText(/^应用修改/));
    await screen.findByText(/^已修改：填报：写入小计与合计/);
    await waitFor(() => expect(count.reads()).toBe(3));
    await waitFor(() => expect(screen.queryByText('正在检查…')).toBeNull());
    // The check's own table reading, and the fresh read's before the fill: no tab reads tables again.
    expect(count.readings()).toBe(3);
    expect(panel('assist').getByText('已读取 1 张表')).toBeTruthy();
  });

  it('with a host that reports edits, plans on the snapshot until the user types, then reads once and says the results are stale', async () => {
    const host = new ReportingHost({ sheets: [expenditureSheet()] });
    await renderPane(host, undefined, [TEST_CATALOG]);
    const count = counted(host);
    await runCheck();
    tab('填报');
    await panel('assist').findByText('已读取 1 张表');
    fireEvent.click(panel('assist').getByLabelText('预览：写入小计与合计'));
    const dialog = await previewDialog();
    fireEvent.click(within(dialog).getByText('取消'));
    expect([count.reads(), count.readings()]).toEqual([1, 1]);

    await host.userEdit([{ sheet: '表3', cell: 'C4', value: 90 }]);
    await waitFor(() => expect(count.reads()).toBe(2));
    fireEvent.click(panel('assist').getByLabelText('预览：写入小计与合计'));
    expect(await panel('assist').findByText(/写入小计与合计：没有需要填写的单元格/)).toBeTruthy();
    expect([count.reads(), count.readings()]).toEqual([2, 2]);
    tab('检查');
    expect(panel('check').getByText('工作簿已有改动，结果可能已过时，请重新检查。')).toBeTruthy();
  });
});
