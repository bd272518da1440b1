/**
 * ExcelApi requirement sets of every member, as the debug build of office.js checks them: each member
 * above ExcelApi 1.1 calls `_throwIfApiNotSupported("Type.member", set, "1.n", host)` before it runs.
 * Reading the table from the shipped build keeps the fake honest when @microsoft/office-js updates.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const DEBUG_BUILD = path.resolve(__dirname, '../../../../node_modules/@microsoft/office-js/dist/excel-win32-16.01.debug.js');

/** "1.9" → 1.09, "1.13" → 1.13: requirement-set versions compare as (major, minor) pairs. */
export function versionKey(version: string): number {
  const [major, minor = '0'] = version.split('.');
  return Number(major) + Number(minor) / 100;
}

/** Member → the ExcelApi version it needs; members of other sets (ExcelApiOnline, …) map to Infinity on the desktop. */
let table: Map<string, number> | undefined;

export function apiSetTable(): Map<string, number> {
  if (table) return table;
  const source = readFileSync(DEBUG_BUILD, 'utf8');
  table = new Map();
  for (const [, member, set, version] of source.matchAll(/_throwIfApiNotSupported\("([A-Za-z]+\.[A-Za-z]+)", (_defaultApiSetName|"[A-Za-z]+"), "([\d.]+)"/g)) {
    const needed = set === '_defaultApiSetName' || set === '"ExcelApi"' ? versionKey(version) : Infinity;
    table.set(member, Math.min(table.get(member) ?? Infinity, needed));
  }
  return table;
}

/** The highest ExcelApi version any member of this build needs: "latest" in tests. */
export function latestVersion(): string {
  const highest = Math.max(...[...apiSetTable().values()].filter(Number.isFinite));
  const major = Math.floor(highest);
  return `${major}.${Math.round((highest - major) * 100)}`;
}
