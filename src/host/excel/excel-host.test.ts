// office-addin-mock needs only the OfficeApp names from office-addin-manifest, whose ESM dependencies jest cannot load.
jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'excel', Outlook: 'outlook', PowerPoint: 'powerpoint', Word: 'word' } }));

import { toHostError } from './errors';
import { ExcelHost, HIGHLIGHT_COLORS, HIGHLIGHT_FILLS_SETTING } from './excel-host';
import { batchChunks, parseAreas, planChunks, splitAddress } from './read-plan';
import { FakeExcel, numberSheet, type FakeSheet } from './testing/fake-excel';

beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
  };
});

function budgetWorkbook(rowsPerSheet: number): FakeSheet[] {
  return Array.from({ length: 13 }, (_, index) => numberSheet(`表${index + 1}`, rowsPerSheet, 8));
}

describe('ExcelHost.readGrid', () => {
  it('reads a 13-sheet workbook in 3 syncs whatever the row count', async () => {
    const counts: number[] = [];
    for (const rows of [20, 400]) {
      const excel = new FakeExcel(budgetWorkbook(rows));
      const grid = await new ExcelHost(excel.env()).readGrid();
      expect(grid.sheets).toHaveLength(13);
      expect(grid.sheets[12].rows[rows - 1]?.[7]).toEqual({ v: (rows - 1) * 100 + 7, nf: '0.00' });
      counts.push(excel.syncs);
    }
    expect(counts).toEqual([3, 3]);
  });

  it('reads big sheets in row chunks, keeping each sync under the payload budget', async () => {
    const excel = new FakeExcel([numberSheet('大表', 12_000, 10)]);
    const progress: string[] = [];
    const grid = await new ExcelHost(excel.env()).readGrid({ onProgress: ({ done, total }) => progress.push(`${done}/${total}`) });
    // 120,000 cells → 12 chunks of 1,000 rows → 3 syncs (5 + 5 + 2 chunks), after the 2 setup syncs.
    expect(excel.syncs).toBe(5);
    expect(excel.maxCellsPerSync).toBeLessThanOrEqual(50_000);
    expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
    expect(grid.sheets[0].rows[11_999]?.[9]?.v).toBe(1_199_909);
    expect(grid.sheets[0].rows[1_000]?.[0]?.v).toBe(100_000);
  });

  it('keeps formulas, number formats, merges and skips empty cells', async () => {
    const sheet: FakeSheet = {
      name: "单位 '表'",
      cells: new Map([
        ['A1', { value: '2026年预算收支总表' }],
        ['C3', { value: 12.5, formula: '=C4+C5', format: '#,##0.00' }],
      ]),
      merges: ['A1:F1'],
    };
    const grid = await new ExcelHost(new FakeExcel([sheet]).env()).readGrid();
    const [read] = grid.sheets;
    expect(read.rows[2]?.[2]).toMatchObject({ v: 12.5, f: '=C4+C5', nf: '#,##0.00' });
    expect(read.rows[1]?.[1]).toBeUndefined();
    expect(read.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 5 }]);
  });

  it('reads without merges where ExcelApi 1.13 is missing', async () => {
    const sheet: FakeSheet = { name: '表1', cells: new Map([['A1', { value: '标题' }]]), merges: ['A1:C1'] };
    const grid = await new ExcelHost(new FakeExcel([sheet], ['1.2', '1.7']).env()).readGrid();
    expect(grid.sheets[0].merges).toEqual([]);
  });

  it('reads the cells without merges when Excel refuses a sheet with over 512 merged areas', async () => {
    const sheet: FakeSheet = { name: '表1', cells: new Map([['A1', { value: '标题' }]]), merges: Array.from({ length: 513 }, (_, i) => `A${i + 2}:B${i + 2}`) };
    const excel = new FakeExcel([sheet]);
    const grid = await new ExcelHost(excel.env()).readGrid();
    expect(grid.sheets[0].rows[0]?.[0]?.v).toBe('标题');
    expect(grid.sheets[0].merges).toEqual([]);
    expect(excel.syncs).toBe(4);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const excel = new FakeExcel(budgetWorkbook(10));
    const reading = new ExcelHost(excel.env()).readGrid({ signal: controller.signal, onProgress: () => controller.abort() });
    await expect(reading).rejects.toThrow('已取消');
  });
});

describe('ExcelHost edits', () => {
  function workbook() {
    return new FakeExcel([
      {
        name: '表3',
        cells: new Map([
          ['C9', { value: 381.16 }],
          ['C10', { value: 5, formula: '=C11+C12' }],
        ]),
      },
    ]);
  }

  it('applies a batch in one write sync and records previous values and formulas', async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.env());
    const record = await host.applyEdits(
      [
        { sheet: '表3', cell: 'C9', value: 380.16 },
        { sheet: '表3', cell: 'C10', value: 7 },
        { sheet: '表3', cell: 'D2', value: 'B0701' },
      ],
      '修复：表3 C9',
    );
    expect(excel.syncs).toBe(2);
    expect(excel.cell('表3', 'C9')?.value).toBe(380.16);
    expect(excel.cell('表3', 'C10')).toMatchObject({ value: 7, formula: undefined });
    expect(record.previous).toEqual([
      { sheet: '表3', cell: 'C9', value: 381.16 },
      { sheet: '表3', cell: 'C10', value: 5, formula: '=C11+C12' },
      { sheet: '表3', cell: 'D2', value: null },
    ]);
    await host.revert(record);
    expect(excel.cell('表3', 'C9')?.value).toBe(381.16);
    expect(excel.cell('表3', 'C10')?.formula).toBe('=C11+C12');
    expect(excel.cell('表3', 'D2')).toBeUndefined();
  });

  it('writes text that Excel would reinterpret with a leading apostrophe', async () => {
    const excel = workbook();
    await new ExcelHost(excel.env()).applyEdits(
      [
        { sheet: '表3', cell: 'A1', value: '06' },
        { sheet: '表3', cell: 'A2', value: '=1+1' },
        { sheet: '表3', cell: 'A3', value: 'B0701' },
        { sheet: '表3', cell: 'A4', value: '2010601' },
      ],
      '插入编码',
    );
    expect(['A1', 'A2', 'A3', 'A4'].map((cell) => excel.cell('表3', cell)?.value)).toEqual(["'06", "'=1+1", 'B0701', '2010601']);
  });

  it('changes nothing on a missing sheet, a protected sheet or a bad address', async () => {
    const excel = workbook();
    const host = new ExcelHost(excel.env());
    await expect(host.applyEdits([{ sheet: '表3', cell: 'C9', value: 1 }, { sheet: '表9', cell: 'A1', value: 1 }], '修复')).rejects.toThrow(/找不到对应的工作表/);
    excel.sheets[0].protected = true;
    await expect(host.applyEdits([{ sheet: '表3', cell: 'C9', value: 1 }], '修复')).rejects.toThrow('工作表“表3”受保护，修改未执行');
    await expect(host.applyEdits([{ sheet: '表3', cell: '九', value: 1 }], '修复')).rejects.toThrow('单元格地址“九”无效');
    expect(excel.cell('表3', 'C9')?.value).toBe(381.16);
  });

  it('rolls back the cells already written when Excel rejects the batch part-way', async () => {
    const excel = workbook();
    excel.failWritesWith = 'InvalidOperationInCellEditMode';
    const host = new ExcelHost(excel.env());
    await expect(
      host.applyEdits(
        [
          { sheet: '表3', cell: 'C9', value: 1 },
          { sheet: '表3', cell: 'C10', value: 2 },
        ],
        '修复',
      ),
    ).rejects.toThrow('修改单元格失败：Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后再试。');
    expect(excel.cell('表3', 'C9')?.value).toBe(381.16);
    expect(excel.cell('表3', 'C10')?.formula).toBe('=C11+C12');
  });
});

describe('ExcelHost highlights, selection and settings', () => {
  it('highlights cells and restores their own fills on clear', async () => {
    const excel = new FakeExcel([
      {
        name: '表1',
        cells: new Map([
          ['A1', { value: 1, fill: '#00FF00' }],
          ['B1', { value: 2 }],
        ]),
      },
    ]);
    const host = new ExcelHost(excel.env());
    await host.highlight([
      { sheet: '表1', cell: 'A1:B1', severity: 'error' },
      { sheet: '表1', cell: 'A1', severity: 'warning' },
    ]);
    expect(excel.cell('表1', 'A1')?.fill).toBe(HIGHLIGHT_COLORS.warning);
    expect(excel.cell('表1', 'B1')?.fill).toBe(HIGHLIGHT_COLORS.error);
    expect(excel.settings.get(HIGHLIGHT_FILLS_SETTING)).toEqual({ "'表1'!A1": { color: '#00FF00' }, "'表1'!B1": { none: true } });
    // A second highlight must not take the highlight colour for the user's own fill.
    await host.highlight([{ sheet: '表1', cell: 'A1', severity: 'info' }]);
    await host.clearHighlights();
    expect(excel.cell('表1', 'A1')?.fill).toBe('#00FF00');
    expect(excel.cell('表1', 'B1')?.fill).toBeUndefined();
    expect(excel.settings.get(HIGHLIGHT_FILLS_SETTING)).toEqual({});
  });

  it('selects a cell on its sheet and reads the selection', async () => {
    const excel = new FakeExcel([numberSheet('表1', 3, 3), numberSheet("说'明", 3, 3)]);
    const host = new ExcelHost(excel.env());
    await host.selectCell({ sheet: "说'明", cell: 'B2' });
    expect(excel.selection).toEqual({ sheet: "说'明", address: 'B2' });
    await expect(host.getSelection()).resolves.toEqual({ sheet: "说'明", cell: 'B2', value: 101 });
    await host.selectCell({ sheet: '表1', cell: 'A2:B3' });
    await expect(host.getSelectedValues()).resolves.toEqual([
      [100, 101],
      [200, 201],
    ]);
  });

  it('stores settings in the document and saves them', async () => {
    const excel = new FakeExcel([numberSheet('表1', 2, 2)]);
    const host = new ExcelHost(excel.env());
    await host.setSetting('budgetAssistant.catalogs', ['shanxi-b-2023']);
    await expect(host.getSetting('budgetAssistant.catalogs')).resolves.toEqual(['shanxi-b-2023']);
    await expect(host.getSetting('missing')).resolves.toBeUndefined();
  });

  it('writes a report sheet with links under a free name', async () => {
    const excel = new FakeExcel([numberSheet('表1', 2, 2), { name: '审核报告', cells: new Map() }]);
    const name = await new ExcelHost(excel.env()).writeReportSheet('审核报告', [
      { values: ['位置', '问题'] },
      { values: ['表1!B2', '合计不等'], link: { sheet: '表1', cell: 'B2' } },
    ]);
    expect(name).toBe('审核报告 (2)');
    expect(excel.cell('审核报告 (2)', 'B2')?.value).toBe('合计不等');
  });
});

describe('ExcelHost events', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

  it('reports selection changes through the worksheet collection event (ExcelApi 1.9)', async () => {
    const excel = new FakeExcel([numberSheet('表1', 3, 3)]);
    const host = new ExcelHost(excel.env());
    const seen: string[] = [];
    const stop = host.onSelectionChanged((selection) => seen.push(`${selection.sheet}!${selection.cell}=${selection.value}`));
    await flush();
    excel.selection = { sheet: '表1', address: 'B2' };
    await excel.selectionHandlers[0]();
    await flush();
    expect(seen).toEqual(['表1!B2=101']);
    stop();
    await excel.selectionHandlers[0]();
    await flush();
    expect(seen).toHaveLength(1);
  });

  it('falls back to DocumentSelectionChanged without ExcelApi 1.9', async () => {
    const excel = new FakeExcel([numberSheet('表1', 3, 3)], ['1.2', '1.7']);
    const host = new ExcelHost(excel.env());
    const seen: string[] = [];
    host.onSelectionChanged((selection) => seen.push(`${selection.sheet}!${selection.cell}`));
    expect(excel.selectionHandlers).toHaveLength(0);
    excel.selection = { sheet: '表1', address: 'C3' };
    excel.documentHandlers[0]();
    await flush();
    expect(seen).toEqual(['表1!C3']);
  });

  it('ignores change events caused by its own edits', async () => {
    const excel = new FakeExcel([numberSheet('表1', 3, 3)]);
    const host = new ExcelHost(excel.env());
    let changes = 0;
    host.onCellsChanged(() => (changes += 1));
    await flush();
    await host.applyEdits([{ sheet: '表1', cell: 'B2', value: 5 }], '修复');
    await excel.changeHandlers[0]({ address: 'B2' });
    await excel.changeHandlers[0]({ address: 'A1:B2', triggerSource: 'ThisLocalAddin' });
    expect(changes).toBe(0);
    await excel.changeHandlers[0]({ address: 'C3' });
    expect(changes).toBe(1);
  });

  it('names the workbook from Excel', async () => {
    const grid = await new ExcelHost(new FakeExcel([numberSheet('表1', 2, 2)]).env()).readGrid();
    expect(grid.name).toBe('测试工作簿.xlsx');
  });
});

describe('Office errors', () => {
  it('become Chinese messages that say what to do', () => {
    expect(toHostError({ code: 'InvalidOperationInCellEditMode' }, '修改单元格').message).toBe('修改单元格失败：Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后再试。');
    expect(toHostError({ code: 'AccessDenied' }, '修改单元格').message).toMatch(/受保护.*撤消工作表保护/);
    expect(toHostError({ code: 'RequestPayloadSizeLimitExceeded' }, '读取工作簿').message).toMatch(/^读取工作簿失败：一次要传输的数据超出了 Excel 的上限/);
    expect(toHostError({ code: 'ActivityLimitReached' }, '标记单元格').message).toBe('标记单元格失败：Excel 正忙（可能正在计算、保存或与他人同步）。请稍候几秒再试。');
    expect(toHostError(new Error('boom'), '读取工作簿').message).toBe('读取工作簿失败：发生意外错误（boom）。请重试；如反复出现，请保存并重新打开工作簿。');
  });
});

describe('read plan', () => {
  it('cuts used ranges into row chunks and groups them under the sync budget', () => {
    const chunks = planChunks([{ sheet: 0, range: { top: 2, left: 1, bottom: 2501, right: 10 } }], 10_000);
    expect(chunks.map((chunk) => chunk.address)).toEqual(['B3:K1002', 'B1003:K2002', 'B2003:K2502']);
    expect(batchChunks(chunks, 20_000).map((batch) => batch.length)).toEqual([2, 1]);
  });

  it('splits sheet-qualified addresses, quoted or not', () => {
    expect(splitAddress("'预算 ''表'''!$C$9")).toEqual({ sheet: "预算 '表'", range: 'C9' });
    expect(splitAddress('表1!A1:F38')).toEqual({ sheet: '表1', range: 'A1:F38' });
    expect(parseAreas('表1!A1:F1, 表1!A2:A3')).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 1, left: 0, bottom: 2, right: 0 },
    ]);
  });
});
