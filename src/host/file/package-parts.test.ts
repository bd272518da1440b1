import { strToU8, zipSync } from 'fflate';
import { MAX_PART_BYTES, packageParts, readSettings, withSettings } from './package-parts';
import { SETTINGS_NAMESPACE } from '../../core/settings/xml';
import { DEFAULT_LIMITS, partText, readPackage, writePackage, type XlsxPackage } from './xlsx-package';

const TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const ROOT_RELS = '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const BOOK_RELS = '<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

function bytes(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

const BASE = {
  '[Content_Types].xml': TYPES,
  '_rels/.rels': ROOT_RELS,
  'xl/workbook.xml': '<workbook/>',
  'xl/_rels/workbook.xml.rels': BOOK_RELS,
  'xl/worksheets/sheet1.xml': '<worksheet/>',
};

describe('package parts (fflate package)', () => {
  it('reads what was written, keeps every other part as the same bytes, and changes nothing until result()', () => {
    const pkg = readPackage(bytes(BASE));
    const parts = packageParts(pkg);
    expect(parts.result()).toBe(pkg);
    parts.write('customXml/item1.xml', '<a/>');
    parts.remove('xl/worksheets/sheet1.xml');
    expect(parts.read('customXml/item1.xml')).toBe('<a/>');
    expect(parts.read('xl/worksheets/sheet1.xml')).toBeUndefined();
    expect(parts.paths()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'customXml/item1.xml']);
    expect(pkg.names).toContain('xl/worksheets/sheet1.xml');

    const result = parts.result();
    expect(result.names).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'customXml/item1.xml']);
    for (const name of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml']) expect(result.parts.get(name)).toBe(pkg.parts.get(name));
  });

  it('reads a part larger than any settings, relationships or content types part as absent', () => {
    const pkg: XlsxPackage = { names: ['customXml/item1.xml'], parts: new Map([['customXml/item1.xml', new Uint8Array(MAX_PART_BYTES + 1)]]) };
    expect(packageParts(pkg).read('customXml/item1.xml')).toBeUndefined();
    expect(readSettings(pkg)).toEqual(new Map());
  });

  it('settings are read only from a package unzipped under the size limits: a bomb ends as a message', () => {
    const settings = `<settings xmlns="${SETTINGS_NAMESPACE}" version="1"><setting key="budgetAssistant.profile">"shanxi"</setting></settings>`;
    const file = bytes({ ...BASE, 'customXml/item1.xml': settings });
    expect(readSettings(readPackage(file)).get('budgetAssistant.profile')).toBe('shanxi');
    expect(() => readPackage(file, { ...DEFAULT_LIMITS, maxUnpackedBytes: 200 })).toThrow('解压后超过');
  });

  it('adds the settings part with its content type and relationship, then replaces only that part', () => {
    const pkg = readPackage(bytes(BASE));
    const added = withSettings(pkg, new Map([['budgetAssistant.profile', 'shanxi']]));
    const newParts = added.names.filter((name) => !pkg.names.includes(name));
    expect(newParts).toEqual(['customXml/item1.xml', 'customXml/itemProps1.xml', 'customXml/_rels/item1.xml.rels']);
    const changed = pkg.names.filter((name) => added.parts.get(name) !== pkg.parts.get(name));
    expect(changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels']);

    const saved = readPackage(writePackage(added));
    const replaced = withSettings(saved, new Map([['budgetAssistant.profile', 'general']]));
    expect(saved.names.filter((name) => replaced.parts.get(name) !== saved.parts.get(name))).toEqual(['customXml/item1.xml']);
    expect(readSettings(replaced)).toEqual(new Map([['budgetAssistant.profile', 'general']]));
    expect(partText(replaced, 'customXml/item1.xml')).toContain('&quot;general&quot;');
  });
});
