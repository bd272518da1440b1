/**
 * A small XML reader for add-in manifests: elements, attributes, text, comments, declarations and
 * CDATA. Enough to check structure offline without depending on a transitive package.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

export class XmlSyntaxError extends Error {}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return ENTITIES[entity] ?? whole;
  });
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<!DOCTYPE[^>]*>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)|</g;

export function parseXml(source: string): XmlElement {
  const lineAt = (index: number) => source.slice(0, index).split('\n').length;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  for (const match of source.matchAll(TOKEN)) {
    const [whole, cdata, closing, opening, attributeText, selfClosing, text] = match;
    const line = lineAt(match.index ?? 0);
    const parent = stack[stack.length - 1];
    if (opening) {
      const element: XmlElement = { name: opening, attributes: {}, children: [], text: '', line };
      for (const [, name, , double, single] of (attributeText ?? '').matchAll(ATTRIBUTE)) {
        element.attributes[name] = decode(double ?? single ?? '');
      }
      if (parent) parent.children.push(element);
      else if (root) throw new XmlSyntaxError(`第 ${line} 行：根元素之后还有元素 <${opening}>`);
      else root = element;
      if (!selfClosing) stack.push(element);
    } else if (closing) {
      if (parent?.name !== closing) {
        throw new XmlSyntaxError(`第 ${line} 行：结束标签 </${closing}> 与开始标签 <${parent?.name ?? '（无）'}> 不匹配`);
      }
      stack.pop();
    } else if (cdata !== undefined || text !== undefined) {
      const value = cdata ?? decode(text ?? '');
      if (parent) parent.text += value;
      else if (value.trim()) throw new XmlSyntaxError(`第 ${line} 行：根元素之外有文字`);
    } else if (whole === '<') {
      throw new XmlSyntaxError(`第 ${line} 行：无法解析的标签`);
    }
  }
  if (stack.length > 0) throw new XmlSyntaxError(`元素 <${stack[stack.length - 1].name}>（第 ${stack[stack.length - 1].line} 行）没有结束标签`);
  if (!root) throw new XmlSyntaxError('文件中没有 XML 元素');
  return root;
}

/** Local name without the namespace prefix ("bt:Image" → "Image"). */
export function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(':') + 1);
}

export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    yield child;
    yield* descendants(child);
  }
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((candidate) => localName(candidate) === name);
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((candidate) => localName(candidate) === name) ?? [];
}
