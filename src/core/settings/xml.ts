/**
 * The workbook settings as one XML document (a custom XML part of the package): a namespace no other
 * part uses, and `<setting key="…">JSON</setting>` rows. Written by the file host; read by the file
 * host, the CLI and the Excel host (through Office's custom XML parts), so it lives here, in one place.
 */

export const SETTINGS_NAMESPACE = 'urn:budget-disclosure-assistant:settings';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function settingsXml(settings: ReadonlyMap<string, unknown>): string {
  const rows = [...settings].map(([key, value]) => `<setting key="${escapeXml(key)}">${escapeXml(JSON.stringify(value) ?? 'null')}</setting>`);
  return `${XML_DECLARATION}<settings xmlns="${SETTINGS_NAMESPACE}" version="1">${rows.join('')}</settings>`;
}

/** Whether the text is a settings document (its root element in SETTINGS_NAMESPACE). */
export function isSettingsXml(text: string): boolean {
  return new RegExp(`^\\uFEFF?(?:<\\?xml[^>]*\\?>\\s*)?<settings\\s[^>]*xmlns="${SETTINGS_NAMESPACE}"`).test(text);
}

/** The settings of a settings document; a row whose value is not JSON is skipped rather than trusted. */
export function parseSettingsXml(text: string): Map<string, unknown> {
  const settings = new Map<string, unknown>();
  if (!isSettingsXml(text)) return settings;
  for (const [, key, json] of text.matchAll(/<setting key="([^"]*)">([^<]*)<\/setting>/g)) putJson(settings, unescapeXml(key), unescapeXml(json));
  return settings;
}

export function putJson(settings: Map<string, unknown>, key: string, json: string): void {
  try {
    settings.set(key, JSON.parse(json));
  } catch {
    // A hand-edited or foreign value is skipped rather than blocking the workbook.
  }
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-f]+|#\d+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    if (named[entity.toLowerCase()]) return named[entity.toLowerCase()];
    return String.fromCodePoint(entity[1].toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
}
