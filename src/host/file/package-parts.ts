/**
 * PackageParts over an XlsxPackage — the parts fflate unzipped under the package limits
 * (xlsx-package.ts), the same package the cell patcher edits. Writes are collected and become a new
 * package only through `result()`, so a writer that throws halfway leaves nothing changed, and every
 * part not written keeps its exact bytes.
 */
import { readPackageSettings, writePackageSettings, type PackageParts } from './settings-part';
import { bytesText, textPart, withParts, type XlsxPackage } from './xlsx-package';

/** Settings, relationships and content types are small; a larger part is not one of them and reads as absent. */
export const MAX_PART_BYTES = 4 * 1024 * 1024;

export interface EditablePackageParts extends PackageParts {
  /** The package with the writes and removals made so far (the same object when there were none). */
  result(): XlsxPackage;
}

export function packageParts(pkg: XlsxPackage): EditablePackageParts {
  const changed = new Map<string, Uint8Array | undefined>();
  const current = (path: string) => (changed.has(path) ? changed.get(path) : pkg.parts.get(path));
  return {
    paths: () => [...pkg.names, ...[...changed.keys()].filter((name) => !pkg.parts.has(name))].filter((name) => current(name) !== undefined),
    read: (path) => {
      const bytes = current(path);
      if (!bytes || bytes.length > MAX_PART_BYTES) return undefined;
      return bytesText(bytes);
    },
    write: (path, text) => void changed.set(path, textPart(text)),
    remove: (path) => void changed.set(path, undefined),
    result: () => withParts(pkg, changed),
  };
}

/** The settings stored in the package (its settings part, and Excel's copy where the file has one). */
export function readSettings(pkg: XlsxPackage): Map<string, unknown> {
  return readPackageSettings(packageParts(pkg));
}

/** The package with `settings` written: the settings part (and its entries) added, replaced or removed; every other part as it was. */
export function withSettings(pkg: XlsxPackage, settings: Map<string, unknown>): XlsxPackage {
  const parts = packageParts(pkg);
  writePackageSettings(parts, settings);
  return parts.result();
}

/** Whether two settings maps hold the same keys and values. */
export function sameSettings(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  return a.size === b.size && [...a].every(([key, value]) => b.has(key) && JSON.stringify(b.get(key)) === JSON.stringify(value));
}
