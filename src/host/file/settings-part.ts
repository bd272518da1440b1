/**
 * Per-workbook settings inside an .xlsx package, where no user sheet can collide with them: a custom
 * XML part identified by its namespace (Excel keeps custom XML parts when it saves). Settings the
 * add-in saved in Excel (Office.context.document.settings) live in the add-in's web extension part;
 * they are read too, and kept in step when this package is written, so a choice made in Excel and
 * one made in the browser page are the same choice. Which zip library holds the parts is the caller's:
 * the file host and the CLI use the patcher's package (package-parts.ts), so saving changes only
 * these parts and their entries.
 */
import { SETTING_PREFIX } from '../../core/settings';
import { escapeXml, isSettingsXml, parseSettingsXml, putJson, SETTINGS_NAMESPACE, settingsXml, unescapeXml } from '../../core/settings/xml';

/** A package seen as named text parts; the zip library behind it is the caller's (package-parts.ts). */
export interface PackageParts {
  paths(): string[];
  /** The part's text; undefined when absent or too large to be one of the parts read here. */
  read(path: string): string | undefined;
  write(path: string, text: string): void;
  remove(path: string): void;
}

const CUSTOM_XML_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
const CUSTOM_XML_PROPS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
const CUSTOM_XML_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
const CONTENT_TYPES = '[Content_Types].xml';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function readPackageSettings(parts: PackageParts): Map<string, unknown> {
  const own = findSettingsPart(parts);
  const settings = own ? parseSettingsXml(own.text) : new Map<string, unknown>();
  // Excel's copy wins: it is what the add-in saw last when the file was saved there.
  for (const part of webExtensionParts(parts)) {
    for (const [key, json] of properties(part.text)) if (key.startsWith(SETTING_PREFIX)) putJson(settings, key, json);
  }
  return settings;
}

/** Writes `settings` into the package: the custom XML part (added, replaced, or removed when empty) and Excel's copy where the file has one. */
export function writePackageSettings(parts: PackageParts, settings: Map<string, unknown>): void {
  const own = findSettingsPart(parts);
  const webExtensions = webExtensionParts(parts);
  if (settings.size === 0) {
    if (own) removeSettingsPart(parts, own.path);
  } else if (own) {
    parts.write(own.path, settingsXml(settings));
  } else {
    addSettingsPart(parts, settings);
  }
  for (const part of webExtensions) parts.write(part.path, withProperties(part.text, settings));
}

function findSettingsPart(parts: PackageParts): { path: string; text: string } | undefined {
  for (const path of parts.paths().filter((p) => /^customXml\/item\d+\.xml$/.test(p))) {
    const text = parts.read(path);
    if (text && isSettingsXml(text)) return { path, text };
  }
  return undefined;
}

function addSettingsPart(parts: PackageParts, settings: Map<string, unknown>): void {
  // Everything is read before anything is written: a package that cannot take the part is left as it was.
  const types = requirePart(parts, CONTENT_TYPES);
  const rels = workbookRelsPath(parts);
  const relsText = requirePart(parts, rels);
  const used = parts
    .paths()
    .flatMap((p) => /^customXml\/item(\d+)\.xml$/.exec(p)?.[1] ?? [])
    .map(Number);
  const n = Math.max(0, ...used) + 1;
  const item = `customXml/item${n}.xml`;
  const props = `customXml/itemProps${n}.xml`;
  const ids = new Set(matchAll(relsText, /\sId="([^"]*)"/g).map(([id]) => id));
  let id = 1;
  while (ids.has(`rIdBudgetSettings${id}`)) id += 1;
  const xmlDefault = /<Default\s[^>]*Extension="xml"/i.test(types) ? '' : `<Override PartName="/${item}" ContentType="application/xml"/>`;
  parts.write(item, settingsXml(settings));
  parts.write(
    props,
    `${XML_DECLARATION}<ds:datastoreItem ds:itemID="{${guid()}}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${SETTINGS_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  parts.write(
    `customXml/_rels/item${n}.xml.rels`,
    `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  parts.write(CONTENT_TYPES, types.replace('</Types>', `${xmlDefault}<Override PartName="/${props}" ContentType="${CUSTOM_XML_PROPS_TYPE}"/></Types>`));
  parts.write(rels, relsText.replace('</Relationships>', `<Relationship Id="rIdBudgetSettings${id}" Type="${CUSTOM_XML_REL}" Target="../${item}"/></Relationships>`));
}

/** A part the package cannot be valid without: its absence is an error, never an empty part written back. */
function requirePart(parts: PackageParts, path: string): string {
  const text = parts.read(path);
  if (!text) throw new Error(`工作簿缺少 ${path}（或该部件过大），无法保存设置，文件未改动。`);
  return text;
}

function removeSettingsPart(parts: PackageParts, item: string): void {
  const n = /item(\d+)\.xml$/.exec(item)?.[1];
  for (const path of [item, `customXml/itemProps${n}.xml`, `customXml/_rels/item${n}.xml.rels`]) parts.remove(path);
  const types = parts.read(CONTENT_TYPES);
  if (types) parts.write(CONTENT_TYPES, types.replace(new RegExp(`<Override PartName="/customXml/item(?:Props)?${n}\\.xml"[^>]*/>`, 'g'), ''));
  const rels = workbookRelsPath(parts);
  const relsText = parts.read(rels);
  if (relsText) parts.write(rels, relsText.replace(new RegExp(`<Relationship [^>]*Target="[^"]*customXml/item${n}\\.xml"[^>]*/>`, 'g'), ''));
}

/** The workbook part's relationships, found through the package's own relationships. */
function workbookRelsPath(parts: PackageParts): string {
  const root = parts.read('_rels/.rels') ?? '';
  const target =
    /<Relationship [^>]*Type="[^"]*\/officeDocument"[^>]*Target="\/?([^"]+)"/.exec(root)?.[1] ??
    /<Relationship [^>]*Target="\/?([^"]+)"[^>]*Type="[^"]*\/officeDocument"/.exec(root)?.[1] ??
    'xl/workbook.xml';
  const slash = target.lastIndexOf('/');
  return `${target.slice(0, slash + 1)}_rels/${target.slice(slash + 1)}.rels`;
}

/** Web extension parts holding this add-in's properties. */
function webExtensionParts(parts: PackageParts): Array<{ path: string; text: string }> {
  const found: Array<{ path: string; text: string }> = [];
  for (const path of parts.paths().filter((p) => /^xl\/webextensions\/webextension\d*\.xml$/.test(p))) {
    const text = parts.read(path);
    if (text && properties(text).some(([key]) => key.startsWith(SETTING_PREFIX))) found.push({ path, text });
  }
  return found;
}

/** [name, JSON value] of each <we:property>; Office stores every value JSON-serialized. */
function properties(text: string): Array<[string, string]> {
  return matchAll(text, /<(?:\w+:)?property\s+name="([^"]*)"\s+value="([^"]*)"\s*\/>/g).map(([name, value]) => [unescapeXml(name), unescapeXml(value)]);
}

function withProperties(text: string, settings: Map<string, unknown>): string {
  const prefix = /<(\w+:)?properties\b/.exec(text)?.[1] ?? '';
  const element = (key: string, value: unknown) => `<${prefix}property name="${escapeXml(key)}" value="${escapeXml(JSON.stringify(value) ?? 'null')}"/>`;
  let result = text.replace(/<(?:\w+:)?property\s+name="([^"]*)"\s+value="[^"]*"\s*\/>/g, (whole, name: string) => {
    const key = unescapeXml(name);
    if (!key.startsWith(SETTING_PREFIX)) return whole;
    return settings.has(key) ? element(key, settings.get(key)) : '';
  });
  const present = new Set(properties(result).map(([key]) => key));
  const added = [...settings]
    .filter(([key]) => !present.has(key))
    .map(([key, value]) => element(key, value))
    .join('');
  result = result.replace(new RegExp(`</${prefix}properties>`), `${added}</${prefix}properties>`);
  return result;
}

function matchAll(text: string, pattern: RegExp): string[][] {
  return [...text.matchAll(pattern)].map((match) => match.slice(1));
}

function guid(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const hex = [...bytes]
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
