/** Command-line inputs (files, folders, globs) → the list of workbook and PDF files to check. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { globBase, globToRegExp, hasGlobMagic, toSlashes } from './glob';

export interface InputFile {
  /** Absolute path. */
  path: string;
  /** As shown in reports: relative to the working directory when inside it. */
  file: string;
}

export interface InputProblem {
  file: string;
  error: string;
}

export type InputEntry = InputFile | InputProblem;

export function isProblem(entry: InputEntry): entry is InputProblem {
  return 'error' in entry;
}

/**
 * Files and problems in command-line order. Folders are searched recursively for .xlsx and .pdf files;
 * Excel's "~$" lock files are skipped; a file named twice is checked once.
 */
export async function expandInputs(inputs: string[], cwd: string): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  const seen = new Set<string>();
  const add = (absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    entries.push({ path: absolute, file: shownPath(absolute, cwd) });
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    if (hasGlobMagic(input) && !(await exists(absolute))) {
      const matches = await matchGlob(input, cwd);
      if (matches.length === 0) entries.push({ file: input, error: '没有与此模式匹配的 .xlsx 或 .pdf 文件。' });
      matches.forEach(add);
      continue;
    }
    const info = await stat(absolute).catch(() => undefined);
    if (!info) entries.push({ file: input, error: '文件不存在。' });
    else if (info.isDirectory()) {
      const found = await workbooksUnder(absolute);
      if (found.length === 0) entries.push({ file: input, error: '文件夹中没有 .xlsx 或 .pdf 文件。' });
      found.forEach(add);
    } else add(absolute);
  }
  return entries;
}

async function matchGlob(pattern: string, cwd: string): Promise<string[]> {
  const absolutePattern = toSlashes(path.resolve(cwd, pattern));
  const regex = globToRegExp(absolutePattern);
  const base = globBase(absolutePattern);
  if (!(await exists(base))) return [];
  const candidates = (await stat(base)).isDirectory() ? await filesUnder(base, () => true) : [base];
  return candidates.filter((file) => regex.test(toSlashes(file)) && isWorkbookName(file));
}

async function workbooksUnder(dir: string): Promise<string[]> {
  return filesUnder(dir, isWorkbookName);
}

async function filesUnder(dir: string, keep: (file: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(full, keep)));
    else if (entry.isFile() && keep(full)) out.push(full);
  }
  return out;
}

function isWorkbookName(file: string): boolean {
  const name = path.basename(file);
  return /\.(xlsx|pdf)$/i.test(name) && !name.startsWith('~$');
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}
