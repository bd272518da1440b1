/**
 * The manifest against the Office add-in XSD schemas (scripts/manifest/schemas), offline through xmllint:
 * the real manifest passes; one with elements out of order, a bad Runtime lifetime or a misplaced
 * <Runtimes> fails. CI installs libxml2-utils before the tests (.ci/run).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { schemaErrors } from '../scripts/manifest/schema';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-schema-'));

function errorsOf(name: string, xml: string): string[] {
  const file = path.join(dir, name);
  writeFileSync(file, xml);
  return schemaErrors(file, ROOT);
}

function swapped(xml: string, first: RegExp, second: RegExp): string {
  const a = first.exec(xml)![0];
  const b = second.exec(xml)![0];
  return xml.replace(a, '\u0000').replace(b, a).replace('\u0000', b);
}

describe('manifest XSD validation', () => {
  it('passes the add-in manifest', () => {
    expect(schemaErrors(path.join(ROOT, 'manifest.xml'), ROOT)).toEqual([]);
  });

  it('fails top-level elements out of order', () => {
    const errors = errorsOf('order.xml', swapped(MANIFEST, /<Version>[^<]*<\/Version>/, /<ProviderName>[^<]*<\/ProviderName>/));
    expect(errors.join('\n')).toMatch(/ProviderName.*This element is not expected/);
  });

  it('fails <Runtimes> after <AllFormFactors>, and a lifetime other than short or long', () => {
    const runtimes = /<Runtimes>[\s\S]*?<\/Runtimes>\s*/.exec(MANIFEST)![0];
    const moved = MANIFEST.replace(runtimes, '').replace('</AllFormFactors>', `</AllFormFactors>\n        ${runtimes.trim()}`);
    expect(errorsOf('runtimes.xml', moved).join('\n')).toMatch(/Runtimes.*This element is not expected/);
    expect(errorsOf('lifetime.xml', MANIFEST.replace('lifetime="long"', 'lifetime="forever"')).join('\n')).toMatch(/lifetime.*forever/);
  });

  it('fails a Permissions value the schema does not know', () => {
    expect(errorsOf('permissions.xml', MANIFEST.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'))).not.toEqual([]);
  });
});
