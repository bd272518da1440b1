/**
 * The part of a package the grid is read from. ExcelJS resolves drawings, comments, tables and
 * hyperlinks by the part names Excel itself uses and fails on others (openpyxl's absolute targets,
 * LibreOffice's names); the grid needs none of them. So ExcelJS gets the workbook, its sheets without
 * their relationships, and the shared strings, styles and theme; the package that is saved is the
 * original, untouched by this.
 */
import { partText, textPart, type XlsxPackage } from './xlsx-package';
import { describeWorkbook, relsPartName } from './patch/workbook-parts';
import { applySplices, elementEnd, findStartTag, type Splice } from './patch/xml';

/** Workbook relationships whose targets the grid reads. */
const READ_TYPES = new Set(['worksheet', 'sharedStrings', 'styles', 'theme']);

/** Worksheet elements that point into the sheet's relationships. */
const RELATED_ELEMENTS = ['hyperlinks', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'tableParts'];

export function readingCopy(pkg: XlsxPackage): XlsxPackage {
  let book;
  try {
    book = describeWorkbook(pkg);
  } catch {
    return pkg;
  }
  const keep = new Set(['[Content_Types].xml', '_rels/.rels', book.workbook, relsPartName(book.workbook)]);
  const worksheets = new Set<string>();
  for (const rel of book.relationships) {
    if (rel.external || !READ_TYPES.has(rel.type)) continue;
    keep.add(rel.target);
    if (rel.type === 'worksheet') worksheets.add(rel.target);
  }
  const parts = new Map<string, Uint8Array>();
  for (const name of pkg.names) {
    if (!keep.has(name)) continue;
    const bytes = pkg.parts.get(name)!;
    parts.set(name, worksheets.has(name) ? textPart(withoutRelatedElements(partText(pkg, name)!)) : bytes);
  }
  return { names: pkg.names.filter((name) => parts.has(name)), parts };
}

function withoutRelatedElements(xml: string): string {
  const splices: Splice[] = [];
  const data = findStartTag(xml, 'sheetData');
  const from = data ? elementEnd(xml, data) : 0;
  for (const local of RELATED_ELEMENTS) {
    for (let tag = findStartTag(xml, local, from); tag; tag = findStartTag(xml, local, tag.end)) {
      splices.push({ start: tag.start, end: elementEnd(xml, tag), text: '' });
    }
  }
  return splices.length ? applySplices(xml, splices) : xml;
}
