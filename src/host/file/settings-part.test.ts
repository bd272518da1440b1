import { SETTINGS_NAMESPACE } from '../../core/settings/xml';
import { readPackageSettings, writePackageSettings, type PackageParts } from './settings-part';

/** A package as a map of part texts: enough to see exactly what the writer touches. */
function memoryParts(files: Record<string, string>): PackageParts & { files: Map<string, string> } {
  const map = new Map(Object.entries(files));
  return {
    files: map,
    paths: () => [...map.keys()],
    read: (path) => map.get(path),
    write: (path, text) => void map.set(path, text),
    remove: (path) => void map.delete(path),
  };
}

const BASE = {
  '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  '_rels/.rels': '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  'xl/worksheets/sheet1.xml': '<worksheet/>',
};

/** What Excel writes for an add-in's Office.context.document.settings (MS-OWEXML property bag, JSON values). */
const WEB_EXTENSION = `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{1}"><we:reference id="x" version="1.0.0.0" store="" storeType="Registry"/><we:alternateReferences/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/><we:property name="budgetAssistant.catalogs" value="[&quot;shanxi-b-2023&quot;]"/></we:properties><we:bindings/></we:webextension>`;

describe('settings part', () => {
  it('adds, rewrites in place and removes its own part with its references', () => {
    const parts = memoryParts(BASE);
    writePackageSettings(parts, new Map([['budgetAssistant.profile', 'core']]));
    expect(parts.files.get('customXml/item1.xml')).toContain(`<settings xmlns="${SETTINGS_NAMESPACE}" version="1"><setting key="budgetAssistant.profile">&quot;core&quot;</setting></settings>`);
    expect(parts.files.get('customXml/_rels/item1.xml.rels')).toContain('Target="itemProps1.xml"');
    expect(parts.files.get('xl/_rels/workbook.xml.rels')).toContain('Target="../customXml/item1.xml"');
    expect(readPackageSettings(parts)).toEqual(new Map([['budgetAssistant.profile', 'core']]));

    writePackageSettings(parts, new Map([['budgetAssistant.profile', '<a&b>']]));
    expect(parts.paths().filter((p) => p.startsWith('customXml/item'))).toEqual(['customXml/item1.xml', 'customXml/itemProps1.xml']);
    expect(readPackageSettings(parts)).toEqual(new Map([['budgetAssistant.profile', '<a&b>']]));

    writePackageSettings(parts, new Map());
    expect(Object.fromEntries(parts.files)).toEqual(BASE);
  });

  it('finds its part by namespace among other custom XML parts, never by name', () => {
    const parts = memoryParts({ ...BASE, 'customXml/item1.xml': '<?xml version="1.0"?><settings xmlns="urn:someone-else"><setting key="budgetAssistant.profile">"x"</setting></settings>' });
    expect(readPackageSettings(parts)).toEqual(new Map());
    writePackageSettings(parts, new Map([['budgetAssistant.profile', 'core']]));
    expect(parts.files.get('customXml/item1.xml')).toContain('urn:someone-else');
    expect(parts.files.get('customXml/item2.xml')).toContain(SETTINGS_NAMESPACE);
  });

  it('reads the settings the add-in saved in Excel and keeps them in step on write', () => {
    const parts = memoryParts({ ...BASE, 'xl/webextensions/webextension1.xml': WEB_EXTENSION });
    expect(readPackageSettings(parts)).toEqual(new Map([['budgetAssistant.catalogs', ['shanxi-b-2023']]]));
    const ignored = { version: 1, entries: [{ key: 'k', reason: '理由 "引号"', date: '2026-03-01' }] };
    writePackageSettings(
      parts,
      new Map<string, unknown>([
        ['budgetAssistant.catalogs', ['jiaozuo-2023']],
        ['budgetAssistant.ignored', ignored],
      ]),
    );
    const web = parts.files.get('xl/webextensions/webextension1.xml')!;
    expect(web).toContain('<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>');
    expect(web).toContain('<we:property name="budgetAssistant.catalogs" value="[&quot;jiaozuo-2023&quot;]"/>');
    const reread = readPackageSettings(parts);
    expect(reread.get('budgetAssistant.ignored')).toEqual(ignored);
    expect(reread.get('budgetAssistant.catalogs')).toEqual(['jiaozuo-2023']);
  });

  it('refuses to add its part to a package without content types rather than write a broken one', () => {
    const { '[Content_Types].xml': _types, ...rest } = BASE;
    const parts = memoryParts(rest);
    expect(() => writePackageSettings(parts, new Map([['budgetAssistant.profile', 'core']]))).toThrow('工作簿缺少 [Content_Types].xml');
    expect(Object.fromEntries(parts.files)).toEqual(rest);
  });
});
