/**
 * The manifest against the Office add-in XSD schemas in scripts/manifest/schemas (task pane parts of
 * [MS-OWEMXML], extended with <Runtimes>), offline, by xmllint (Debian: libxml2-utils). Element order,
 * required elements and enumerated values such as Runtime@lifetime are what the schemas add to check.ts.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The root schema, relative to the repository root. */
export const MANIFEST_SCHEMA = 'scripts/manifest/schemas/OfficeAppManifestV1_1.xsd';

/** Schema errors of the manifest file, in xmllint's words; throws when xmllint is missing. */
export function schemaErrors(manifestPath: string, repositoryRoot = process.cwd()): string[] {
  const schema = path.resolve(repositoryRoot, MANIFEST_SCHEMA);
  const result = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, manifestPath], { encoding: 'utf8' });
  if (result.error) throw new Error(`无法运行 xmllint（${result.error.message}）：请先安装 libxml2-utils（apt-get install libxml2-utils）。`);
  if (result.status === 0) return [];
  return result.stderr
    .split('\n')
    .filter((line) => /error/i.test(line))
    .map((line) => line.trim());
}
