/**
 * Per-workbook settings in a very hidden sheet (SETTINGS_SHEET) of key | JSON rows. Read through
 * ExcelJS with the rest of the workbook; written by patching: the settings sheet's own part is
 * replaced, or added with its workbook entry, relationship and content type. Nothing else changes.
 */
import type ExcelJS from 'exceljs';
import { partText, textPart, withParts, type XlsxPackage } from './xlsx-package';
import { escapeXstring } from './patch/cell-xml';
import { describeWorkbook, relationshipsOf, relsPartName } from './patch/workbook-parts';
import { attribute, escapeXml, findStartTag, prefixedAttribute } from './patch/xml';

export const SETTINGS_SHEET = '预算公开助手设置';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET_REL = `${RELATIONSHIPS_NS}/worksheet`;

export function readSettings(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const settings = new Map<string, unknown>();
  const worksheet = workbook.getWorksheet(SETTINGS_SHEET);
  worksheet?.eachRow((row) => {
    const key = row.getCell(1).value;
    const json = row.getCell(2).value;
    if (typeof key !== 'string' || typeof json !== 'string') return;
    try {
      settings.set(key, JSON.parse(json));
    } catch {
      // A hand-edited or foreign value is skipped rather than blocking the workbook.
    }
  });
  return settings;
}

/** The package with `settings` stored in its settings sheet. */
export function withSettings(pkg: XlsxPackage, settings: Map<string, unknown>): XlsxPackage {
  const book = describeWorkbook(pkg);
  const sheetXml = textPart(settingsSheetXml(settings));
  const existing = book.sheets.find((sheet) => sheet.name === SETTINGS_SHEET);
  if (existing?.part && existing.type === 'worksheet') return withParts(pkg, new Map([[existing.part, sheetXml]]));
  if (settings.size === 0) return pkg;
  return withParts(pkg, addedSheetParts(pkg, book.workbook, book.sheets.map((sheet) => Number(sheet.sheetId) || 0), sheetXml));
}

function settingsSheetXml(settings: Map<string, unknown>): string {
  const text = (ref: string, value: string) => `<c r="${ref}" t="inlineStr"><is><t>${escapeXstring(value)}</t></is></c>`;
  const rows = [...settings].map(([key, value], index) => `<row r="${index + 1}">${text(`A${index + 1}`, key)}${text(`B${index + 1}`, JSON.stringify(value))}</row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${rows.join('')}</sheetData></worksheet>`;
}

function addedSheetParts(pkg: XlsxPackage, workbook: string, sheetIds: number[], sheetXml: Uint8Array): Map<string, Uint8Array> {
  const folder = workbook.slice(0, workbook.lastIndexOf('/') + 1);
  let n = 1;
  while (pkg.parts.has(`${folder}worksheets/sheet${n}.xml`)) n += 1;
  const part = `${folder}worksheets/sheet${n}.xml`;
  const relIds = new Set(relationshipsOf(pkg, workbook).map((rel) => rel.id));
  let relId = `rIdBudgetSettings`;
  for (let i = 2; relIds.has(relId); i += 1) relId = `rIdBudgetSettings${i}`;

  const relsName = relsPartName(workbook);
  const rels = partText(pkg, relsName) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  const relationship = `<Relationship Id="${relId}" Type="${WORKSHEET_REL}" Target="worksheets/sheet${n}.xml"/>`;

  const types = partText(pkg, '[Content_Types].xml')!;
  const override = `<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/>`;

  const book = partText(pkg, workbook)!;
  const firstSheet = findStartTag(book, 'sheet')!;
  const idAttribute = prefixedAttribute(firstSheet, 'id')?.name ?? 'r:id';
  const idPrefix = idAttribute.slice(0, idAttribute.indexOf(':'));
  // openpyxl declares the relationships namespace on each <sheet>, not on the root.
  const localNamespace = attribute(firstSheet, `xmlns:${idPrefix}`);
  const declaration = localNamespace !== undefined || !book.includes(`xmlns:${idPrefix}=`) ? ` xmlns:${idPrefix}="${escapeXml(localNamespace ?? RELATIONSHIPS_NS)}"` : '';
  const sheetId = Math.max(0, ...sheetIds) + 1;
  const entry = `<${firstSheet.prefix}sheet${declaration} name="${escapeXml(SETTINGS_SHEET)}" sheetId="${sheetId}" state="veryHidden" ${idAttribute}="${relId}"/>`;
  const sheetsClose = book.indexOf(`</${firstSheet.prefix}sheets>`);

  return new Map([
    [part, sheetXml],
    [relsName, textPart(insertBefore(rels, rels.lastIndexOf('</'), relationship))],
    ['[Content_Types].xml', textPart(insertBefore(types, types.lastIndexOf('</'), override))],
    [workbook, textPart(insertBefore(book, sheetsClose, entry))],
  ]);
}

function insertBefore(text: string, at: number, insert: string): string {
  return text.slice(0, at) + insert + text.slice(at);
}

/** Whether two settings maps hold the same keys and values. */
export function sameSettings(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.has(key) && JSON.stringify(b.get(key)) === JSON.stringify(value));
}

