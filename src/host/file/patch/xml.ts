/**
 * Just enough XML for patching package parts in place: start tags with their attributes and exact
 * offsets, so an edit replaces a few bytes and leaves the rest of the part as it was written.
 */

export interface Attribute {
  /** Qualified name as written, e.g. "r" or "r:id". */
  name: string;
  /** Decoded value. */
  value: string;
}

export interface StartTag {
  /** Qualified name as written, e.g. "c" or "x:c". */
  name: string;
  /** Prefix with its colon ("x:"), or "". */
  prefix: string;
  local: string;
  attributes: Attribute[];
  /** Offset of "<". */
  start: number;
  /** Offset just after ">". */
  end: number;
  selfClosing: boolean;
}

const NAME = /[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/y;
const SPACE = /\s*/y;

/** Parses the start tag whose "<" is at `at`; quoted attribute values may hold ">" and "/". */
export function readStartTag(xml: string, at: number): StartTag {
  NAME.lastIndex = at + 1;
  const nameMatch = NAME.exec(xml);
  if (!nameMatch) throw new MalformedXmlError(at);
  const name = nameMatch[0];
  const colon = name.indexOf(':');
  const attributes: Attribute[] = [];
  let pos = NAME.lastIndex;
  for (;;) {
    SPACE.lastIndex = pos;
    SPACE.exec(xml);
    pos = SPACE.lastIndex;
    if (xml.startsWith('/>', pos)) return tag(pos + 2, true);
    if (xml[pos] === '>') return tag(pos + 1, false);
    NAME.lastIndex = pos;
    const attr = NAME.exec(xml);
    if (!attr) throw new MalformedXmlError(pos);
    const eq = /\s*=\s*(["'])/y;
    eq.lastIndex = NAME.lastIndex;
    const quote = eq.exec(xml);
    if (!quote) throw new MalformedXmlError(pos);
    const close = xml.indexOf(quote[1], eq.lastIndex);
    if (close < 0) throw new MalformedXmlError(pos);
    attributes.push({ name: attr[0], value: decodeXml(xml.slice(eq.lastIndex, close)) });
    pos = close + 1;
  }

  function tag(end: number, selfClosing: boolean): StartTag {
    return { name, prefix: colon < 0 ? '' : name.slice(0, colon + 1), local: name.slice(colon + 1), attributes, start: at, end, selfClosing };
  }
}

export class MalformedXmlError extends Error {
  constructor(offset: number) {
    super(`XML 结构无法解析（位置 ${offset}）`);
  }
}

/** The next start tag named `local` (any prefix) at or after `from`, or undefined. */
export function findStartTag(xml: string, local: string, from = 0): StartTag | undefined {
  const pattern = tagPattern(local);
  pattern.lastIndex = from;
  const match = pattern.exec(xml);
  return match ? readStartTag(xml, match.index) : undefined;
}

const patterns = new Map<string, RegExp>();

function tagPattern(local: string): RegExp {
  let pattern = patterns.get(local);
  if (!pattern) {
    pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])`, 'g');
    patterns.set(local, pattern);
  }
  return pattern;
}

/** Offset just after the end tag closing `tag` (the tag itself when self-closing). */
export function elementEnd(xml: string, tag: StartTag): number {
  if (tag.selfClosing) return tag.end;
  const close = xml.indexOf(`</${tag.name}>`, tag.end);
  if (close < 0) throw new MalformedXmlError(tag.start);
  return close + tag.name.length + 3;
}

export function attribute(tag: StartTag, name: string): string | undefined {
  return tag.attributes.find((attr) => attr.name === name)?.value;
}

/** An attribute by local name whatever its prefix ("r:id", "ns0:id"). */
export function prefixedAttribute(tag: StartTag, local: string): Attribute | undefined {
  return tag.attributes.find((attr) => attr.name.endsWith(`:${local}`));
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);
}

export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[entity]!;
  });
}

/** A start tag written back with one attribute set (added at the end when missing). */
export function withAttribute(xml: string, tag: StartTag, name: string, value: string): string {
  const written = xml.slice(tag.start, tag.end);
  const existing = new RegExp(`(\\s${name.replace('.', '\\.')}\\s*=\\s*)(["'])[^"']*\\2`).exec(written);
  if (existing) {
    return written.slice(0, existing.index) + `${existing[1]}"${escapeXml(value)}"` + written.slice(existing.index + existing[0].length);
  }
  const close = tag.selfClosing ? written.length - 2 : written.length - 1;
  return `${written.slice(0, close).trimEnd()} ${name}="${escapeXml(value)}"${written.slice(close)}`;
}

/** One replacement of [start, end) in a text. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping splices (any order) to `text`. */
export function applySplices(text: string, splices: Splice[]): string {
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const splice of ordered) {
    out += text.slice(pos, splice.start) + splice.text;
    pos = splice.end;
  }
  return out + text.slice(pos);
}
