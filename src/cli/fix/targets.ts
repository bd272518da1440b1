/**
 * Where --fix writes: <name>.fixed.xlsx beside each input, or under -o <folder> keeping the inputs'
 * folders below their common folder (two inputs never share an output). An output that would be one
 * of the inputs is refused: an input is never overwritten.
 */
import path from 'node:path';
import { shownPath, type InputFile } from '../batch/inputs';
import type { FixTarget } from './fix-workbook';

/** What --fix says for a PDF input: there is no package to patch. */
export const PDF_NOT_FIXED = 'PDF 没有可修补的单元格：只修复 .xlsx 工作簿，此文件未修复。';

export type TargetOrRefusal = FixTarget | { error: string };

export interface TargetOptions {
  /** -o: the folder for fixed workbooks; beside the inputs when absent. */
  folder?: string;
  /** False for --fix-dry-run. */
  write: boolean;
  cwd: string;
}

export function fixTargets(files: InputFile[], options: TargetOptions): TargetOrRefusal[] {
  const inputs = new Set(files.map((file) => samePathKey(file.path)));
  const base = commonFolder(files.map((file) => path.dirname(file.path)));
  const folder = options.folder === undefined ? undefined : path.resolve(options.cwd, options.folder);
  return files.map((file) => {
    if (/\.pdf$/i.test(file.path)) return { error: PDF_NOT_FIXED };
    const name = `${path.basename(file.path).replace(/\.xlsx$/i, '')}.fixed.xlsx`;
    const target = folder ? path.join(folder, path.relative(base, path.dirname(file.path)), name) : path.join(path.dirname(file.path), name);
    const shown = shownPath(target, options.cwd);
    if (inputs.has(samePathKey(target))) return { error: `输出文件 ${shown} 也是本次检查的输入，不会覆盖输入文件，此文件未修复。` };
    return { path: target, shown, write: options.write };
  });
}

export function isRefusal(target: TargetOrRefusal): target is { error: string } {
  return 'error' in target;
}

/** Windows and macOS file names ignore case. */
export function samePathKey(file: string): string {
  const resolved = path.resolve(file);
  return process.platform === 'win32' || process.platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

function commonFolder(folders: string[]): string {
  if (folders.length === 0) return '';
  const split = folders.map((folder) => path.resolve(folder).split(path.sep));
  const first = split[0];
  let length = first.length;
  for (const parts of split) {
    let same = 0;
    while (same < Math.min(length, parts.length) && parts[same] === first[same]) same += 1;
    length = same;
  }
  return first.slice(0, length).join(path.sep) || path.sep;
}
