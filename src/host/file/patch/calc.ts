/**
 * Keeping Excel's calculation data honest after cells change: the workbook asks for a full
 * recalculation on load (cached formula results may be stale), and the calculation chain no longer
 * lists cells whose formula was replaced by a value (Excel repairs a file whose chain points at one).
 */
import { partText, textPart, type XlsxPackage } from '../xlsx-package';
import { relsPartName, type WorkbookParts } from './workbook-parts';
import { attribute, applySplices, elementEnd, findStartTag, withAttribute, type Splice, type StartTag } from './xml';

/** Elements that follow <calcPr> in a workbook part (ECMA-376 CT_Workbook order). */
const AFTER_CALC_PR = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** workbook.xml with fullCalcOnLoad="1", or undefined when it is already set. */
export function withFullCalcOnLoad(xml: string): string | undefined {
  const calcPr = findStartTag(xml, 'calcPr');
  if (calcPr) {
    const current = attribute(calcPr, 'fullCalcOnLoad');
    if (current === '1' || current === 'true') return undefined;
    return xml.slice(0, calcPr.start) + withAttribute(xml, calcPr, 'fullCalcOnLoad', '1') + xml.slice(calcPr.end);
  }
  const root = findStartTag(xml, 'workbook');
  if (!root) return undefined;
  const element = `<${root.prefix}calcPr fullCalcOnLoad="1"/>`;
  const follower = AFTER_CALC_PR.map((local) => findStartTag(xml, local, root.end)).find((tag) => tag !== undefined);
  const at = follower ? follower.start : xml.lastIndexOf(`</${root.name}>`);
  return xml.slice(0, at) + element + xml.slice(at);
}

export interface ChainRemoval {
  sheetId: string;
  cell: string;
}

/**
 * The parts to change so the calculation chain lists none of `removals`: the chain rewritten, or
 * removed with its relationship and content type when nothing is left in it.
 */
export function calcChainChanges(pkg: XlsxPackage, book: WorkbookParts, removals: ChainRemoval[]): Map<string, Uint8Array | undefined> {
  const changes = new Map<string, Uint8Array | undefined>();
  const rel = book.relationships.find((candidate) => candidate.type === 'calcChain' && !candidate.external);
  const xml = rel ? partText(pkg, rel.target) : undefined;
  if (!rel || xml === undefined || removals.length === 0) return changes;
  const drop = new Set(removals.map((removal) => `${removal.sheetId}!${removal.cell}`));
  const entries: Array<{ tag: StartTag; end: number; i?: string; s?: string }> = [];
  let sheetId: string | undefined;
  let child: string | undefined;
  for (let tag = findStartTag(xml, 'c'); tag; tag = findStartTag(xml, 'c', tag.end)) {
    // i (sheet) and s (child chain) carry over from the previous entry when omitted.
    sheetId = attribute(tag, 'i') ?? sheetId;
    child = attribute(tag, 's') ?? child;
    entries.push({ tag, end: elementEnd(xml, tag), i: sheetId, s: child });
  }
  const kept = entries.filter((entry) => !drop.has(`${entry.i}!${attribute(entry.tag, 'r')}`));
  if (kept.length === entries.length) return changes;
  if (kept.length === 0) return removeCalcChain(pkg, book, rel.target);
  const splices: Splice[] = entries.filter((entry) => !kept.includes(entry)).map((entry) => ({ start: entry.tag.start, end: entry.end, text: '' }));
  kept.forEach((entry, index) => {
    const previous = kept[index - 1];
    let text = xml.slice(entry.tag.start, entry.tag.end);
    if (attribute(entry.tag, 'i') === undefined && entry.i !== undefined && previous?.i !== entry.i) text = withAttribute(text, reparse(text), 'i', entry.i);
    if (attribute(entry.tag, 's') === undefined && entry.s !== undefined && previous?.s !== entry.s) text = withAttribute(text, reparse(text), 's', entry.s);
    if (text !== xml.slice(entry.tag.start, entry.tag.end)) splices.push({ start: entry.tag.start, end: entry.tag.end, text });
  });
  changes.set(rel.target, textPart(applySplices(xml, splices)));
  return changes;
}

function reparse(text: string): StartTag {
  return findStartTag(text, 'c')!;
}

function removeCalcChain(pkg: XlsxPackage, book: WorkbookParts, chain: string): Map<string, Uint8Array | undefined> {
  const changes = new Map<string, Uint8Array | undefined>([[chain, undefined]]);
  const relsName = relsPartName(book.workbook);
  const rels = partText(pkg, relsName);
  if (rels !== undefined) changes.set(relsName, textPart(withoutElement(rels, 'Relationship', (tag) => (attribute(tag, 'Type') ?? '').endsWith('/calcChain'))));
  const types = partText(pkg, '[Content_Types].xml');
  if (types !== undefined) changes.set('[Content_Types].xml', textPart(withoutElement(types, 'Override', (tag) => attribute(tag, 'PartName') === `/${chain}`)));
  return changes;
}

function withoutElement(xml: string, local: string, matches: (tag: StartTag) => boolean): string {
  for (let tag = findStartTag(xml, local); tag; tag = findStartTag(xml, local, tag.end)) {
    if (matches(tag)) return xml.slice(0, tag.start) + xml.slice(elementEnd(xml, tag));
  }
  return xml;
}
