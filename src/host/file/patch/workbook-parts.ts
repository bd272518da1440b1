/** Where things live in an .xlsx package: the workbook part, its relationships and each sheet's part. */
import { partText, type XlsxPackage } from '../xlsx-package';
import { attribute, findStartTag, prefixedAttribute, type StartTag } from './xml';

export interface Relationship {
  id: string;
  /** Last segment of the type URI, e.g. "worksheet", "calcChain". */
  type: string;
  /** Part name inside the package (no leading slash) for internal targets. */
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: string;
  /** Part name of the sheet, when its relationship resolves inside the package. */
  part?: string;
  /** "worksheet", "chartsheet", "dialogsheet", … */
  type?: string;
}

export interface WorkbookParts {
  workbook: string;
  relationships: Relationship[];
  sheets: SheetEntry[];
}

export function describeWorkbook(pkg: XlsxPackage): WorkbookParts {
  const workbook = relationshipsOf(pkg, '').find((rel) => rel.type === 'officeDocument' && !rel.external)?.target ?? 'xl/workbook.xml';
  const xml = partText(pkg, workbook);
  if (xml === undefined) throw new Error('找不到工作簿部件（workbook.xml），无法保存修改。');
  const relationships = relationshipsOf(pkg, workbook);
  const sheets: SheetEntry[] = [];
  for (let tag = findStartTag(xml, 'sheet'); tag; tag = findStartTag(xml, 'sheet', tag.end)) {
    const relId = prefixedAttribute(tag, 'id')?.value;
    const rel = relationships.find((candidate) => candidate.id === relId);
    sheets.push({ name: attribute(tag, 'name') ?? '', sheetId: attribute(tag, 'sheetId') ?? '', part: rel?.external ? undefined : rel?.target, type: rel?.type });
  }
  return { workbook, relationships, sheets };
}

/** The relationships of a part ('' for the package itself). */
export function relationshipsOf(pkg: XlsxPackage, part: string): Relationship[] {
  const xml = partText(pkg, relsPartName(part));
  if (xml === undefined) return [];
  const out: Relationship[] = [];
  for (let tag = findStartTag(xml, 'Relationship'); tag; tag = findStartTag(xml, 'Relationship', tag.end)) out.push(relationship(tag, part));
  return out;
}

export function relsPartName(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function relationship(tag: StartTag, source: string): Relationship {
  const external = attribute(tag, 'TargetMode') === 'External';
  const target = attribute(tag, 'Target') ?? '';
  const type = (attribute(tag, 'Type') ?? '').split('/').pop() ?? '';
  return { id: attribute(tag, 'Id') ?? '', type, external, target: external ? target : resolveTarget(source, target) };
}

/** A relationship target relative to its source part, as a package part name. */
export function resolveTarget(source: string, target: string): string {
  const decoded = safeDecode(target);
  const base = decoded.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of decoded.replace(/^\/+/, '').split('/')) {
    if (segment === '..') base.pop();
    else if (segment !== '.' && segment !== '') base.push(segment);
  }
  return base.join('/');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
