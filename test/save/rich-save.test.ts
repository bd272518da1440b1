/**
 * Saving never rewrites what it did not change: workbooks that ExcelJS did not write (charts, pivot
 * tables, sparklines, names, external links, protection, comments, tables without style info; made
 * by openpyxl, LibreOffice and as raw OOXML by scripts/fixtures/rich) are opened, fixed and saved,
 * and every zip part is compared with the original: only the edited cells differ, and the settings
 * (an ignored finding) add their custom XML part with its content type and relationship entries.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cellAt } from '../../src/core/grid';
import { EMPTY_IGNORES, addIgnore } from '../../src/core/ignores';
import { IGNORED_SETTING } from '../../src/core/settings';
import { FileHost } from '../../src/host/file/file-host';
import { readSettings } from '../../src/host/file/package-parts';
import { SheetXml } from '../../src/host/file/patch/sheet-xml';
import { describeWorkbook } from '../../src/host/file/patch/workbook-parts';
import { partText, readPackage, type XlsxPackage } from '../../src/host/file/xlsx-package';
import { readXlsx } from '../../src/host/file/xlsx-reader';

const DIR = path.join(__dirname, '../fixtures/rich');
const FIXTURES = readdirSync(DIR).filter((name) => name.endsWith('.xlsx'));

const IGNORES = addIgnore(EMPTY_IGNORES, { rule: 'meta/no-data-note', severity: 'warning', message: '表7 没有数据', sheet: '表1', cell: 'A7' }, '本单位无此项收支', new Date('2026-03-01'));

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

  it.each(FIXTURES)('%s: only the edited cells and the settings part differ, in every zip part', async (name) => {
    const original = readFileSync(path.join(DIR, name));
    const host = await FileHost.fromBytes(original, name);
    await host.applyEdits(EDITS, '修复：表1 B3');
    await host.setSetting(IGNORED_SETTING, IGNORES);
    const saved = await host.saveXlsx();

    const before = readPackage(original);
    const after = readPackage(saved);
    const settingsParts = ['customXml/item1.xml', 'customXml/itemProps1.xml', 'customXml/_rels/item1.xml.rels'];
    expect(after.names).toEqual([...before.names, ...settingsParts]);
    expect(readSettings(after).get(IGNORED_SETTING)).toEqual(IGNORES);
    const edited = sheetPart(before, '表1');
    const workbook = describeWorkbook(before).workbook;
    const types = '[Content_Types].xml';
    const rels = workbook.replace(/[^/]+$/, (file) => `_rels/${file}.rels`);
    for (const part of before.names) {
      if ([edited, workbook, types, rels].includes(part)) continue;
      expect([part, Buffer.from(after.parts.get(part)!).equals(Buffer.from(before.parts.get(part)!))]).toEqual([part, true]);
    }
    // Content types and the workbook's relationships only gain the settings part's entries.
    expect(partText(after, types)!.replace(/<Override PartName="\/customXml\/item(?:Props)?1\.xml"[^>]*\/>/g, '')).toBe(partText(before, types));
    expect(partText(after, rels)!.replace(/<Relationship Id="rIdBudgetSettings1"[^>]*Target="\.\.\/customXml\/item1\.xml"\/>/, '')).toBe(partText(before, rels));
    // The workbook part may only gain the request to recalculate formulas on load.
    const workbookXml = partText(after, workbook)!
      .replace(/<calcPr fullCalcOnLoad="1"\/>/, '')
      .replace(/ fullCalcOnLoad="1"/, '');
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

  it.each(FIXTURES)('%s: changing a setting later replaces only the settings part', async (name) => {
    const first = await FileHost.fromBytes(readFileSync(path.join(DIR, name)), name);
    await first.applyEdits(EDITS, '修复：表1 B3');
    await first.setSetting(IGNORED_SETTING, IGNORES);
    const once = await first.saveXlsx();
    const second = await FileHost.fromBytes(once, name);
    expect(await second.getSetting(IGNORED_SETTING)).toEqual(IGNORES);
    await second.setSetting(IGNORED_SETTING, EMPTY_IGNORES);
    const before = readPackage(once);
    const after = readPackage(await second.saveXlsx());
    expect(after.names).toEqual(before.names);
    const differing = before.names.filter((part) => !Buffer.from(after.parts.get(part)!).equals(Buffer.from(before.parts.get(part)!)));
    expect(differing).toEqual(['customXml/item1.xml']);
    expect(readSettings(after).get(IGNORED_SETTING)).toEqual(EMPTY_IGNORES);
  });
});
