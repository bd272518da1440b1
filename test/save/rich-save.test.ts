/**
 * Saving never rewrites what it did not change: workbooks that ExcelJS did not write (charts, pivot
 * tables, sparklines, names, external links, protection, comments, tables without style info; made
 * by openpyxl, LibreOffice and as raw OOXML by scripts/fixtures/rich) are opened, fixed and saved,
 * and every zip part is compared with the original: only the edited cells differ.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cellAt } from '../../src/core/grid';
import { FileHost } from '../../src/host/file/file-host';
import { SheetXml } from '../../src/host/file/patch/sheet-xml';
import { describeWorkbook } from '../../src/host/file/patch/workbook-parts';
import { partText, readPackage, type XlsxPackage } from '../../src/host/file/xlsx-package';
import { readXlsx } from '../../src/host/file/xlsx-reader';

const DIR = path.join(__dirname, '../fixtures/rich');
const FIXTURES = readdirSync(DIR).filter((name) => name.endsWith('.xlsx'));

const EDITS = [
  { sheet: '表1', cell: 'B3', value: 380.17 },
  { sheet: '表1', cell: 'E7', value: '=HYPERLINK("http://example.invalid/"&C5)' },
];

function sheetPart(pkg: XlsxPackage, name: string): string {
  return describeWorkbook(pkg).sheets.find((sheet) => sheet.name === name)!.part!;
}

/** Raw XML of every cell of a sheet part, by address. */
function cells(xml: string): Map<string, string> {
  const sheet = new SheetXml(xml);
  const out = new Map<string, string>();
  for (const span of sheet.cellsInRows(0, 1048575)) out.set(`${span.row},${span.col}`, xml.slice(span.tag.start, span.end));
  return out;
}

/** The part outside <sheetData>, with the dimension hint (which may widen) left out. */
function outsideSheetData(xml: string): string {
  return xml.replace(/<sheetData[\s\S]*<\/sheetData>|<sheetData\/>/, '').replace(/<dimension ref="[^"]*"\/>/, '');
}

describe('saving a fixed workbook that ExcelJS did not write', () => {
  it('has fixtures from openpyxl, LibreOffice and raw OOXML', () => {
    expect(FIXTURES).toEqual(expect.arrayContaining(['openpyxl-chart.xlsx', 'openpyxl-comments.xlsx', 'libreoffice-table.xlsx', 'raw-pivot.xlsx', 'raw-table-no-style.xlsx']));
    expect(FIXTURES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(FIXTURES)('%s: saved unchanged, the download is the original file', async (name) => {
    const original = readFileSync(path.join(DIR, name));
    const host = await FileHost.fromBytes(original, name);
    expect(Buffer.from(await host.saveXlsx()).equals(original)).toBe(true);
  });

  it.each(FIXTURES)('%s: only the edited cells differ, in every zip part', async (name) => {
    const original = readFileSync(path.join(DIR, name));
    const host = await FileHost.fromBytes(original, name);
    await host.applyEdits(EDITS, '修复：表1 B3');
    const saved = await host.saveXlsx();

    const before = readPackage(original);
    const after = readPackage(saved);
    expect(after.names).toEqual(before.names);
    const edited = sheetPart(before, '表1');
    const workbook = describeWorkbook(before).workbook;
    for (const part of before.names) {
      if (part === edited || part === workbook) continue;
      expect([part, Buffer.from(after.parts.get(part)!).equals(Buffer.from(before.parts.get(part)!))]).toEqual([part, true]);
    }
    // The workbook part may only gain the request to recalculate formulas on load.
    const workbookXml = partText(after, workbook)!.replace(/<calcPr fullCalcOnLoad="1"\/>/, '').replace(/ fullCalcOnLoad="1"/, '');
    expect(workbookXml).toBe(partText(before, workbook)!.replace(/ fullCalcOnLoad="1"/, ''));

    const oldXml = partText(before, edited)!;
    const newXml = partText(after, edited)!;
    expect(outsideSheetData(newXml)).toBe(outsideSheetData(oldXml));
    const oldCells = cells(oldXml);
    const newCells = cells(newXml);
    const changed = [...new Set([...oldCells.keys(), ...newCells.keys()])].filter((key) => oldCells.get(key) !== newCells.get(key));
    expect(changed.sort()).toEqual(['2,1', '6,4']);
    // B3 keeps its style (the #,##0.00 format).
    expect(/ s="(\d+)"/.exec(newCells.get('2,1')!)?.[1]).toBe(/ s="(\d+)"/.exec(oldCells.get('2,1')!)?.[1]);

    const grid = await readXlsx(saved);
    const sheet = grid.sheets.find((candidate) => candidate.name === '表1')!;
    expect(cellAt(sheet, 2, 1)).toEqual({ v: 380.17, nf: '#,##0.00' });
    expect(cellAt(sheet, 6, 4)).toEqual({ v: EDITS[1].value });
  });
});
