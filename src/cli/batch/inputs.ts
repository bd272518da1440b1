/**
 * Command-line inputs (files, folders, globs) → the workbook and PDF files to check. Walks are iterative
 * (a folder of 130 000 files or a deep tree cannot overflow the stack) and read only the folders a
 * pattern can match. Only regular files are checked: a symbolic link is followed (a folder reached
 * twice, as through a link loop, is walked once), and a pipe, device or socket is reported, never read.
 */
import type { Dirent, Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_LIMITS, megabytes } from '../../host/file/xlsx-package';
import { hasGlobMagic, segmentToRegExp, toSlashes } from './glob';

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

/** Largest file the CLI reads; checked before reading and again while reading. */
export const MAX_INPUT_BYTES = DEFAULT_LIMITS.maxFileBytes;

/**
 * Files and problems in command-line order. Folders are searched recursively for .xlsx and .pdf files;
 * Excel's "~$" lock files are skipped; a file named twice is checked once.
 */
export async function expandInputs(inputs: string[], cwd: string): Promise<InputEntry[]> {
  const entries: InputEntry[] = [];
  const seen = new Set<string>();
  const add = (found: Found) => {
    const key = found.real ?? found.path;
    if (seen.has(key)) return;
    seen.add(key);
    const file = shownPath(found.path, cwd);
    entries.push(found.error ? { file, error: found.error } : { path: found.path, file });
  };
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const info = await stat(absolute).catch(() => undefined);
    if (hasGlobMagic(input) && !info) {
      const matches = await matchGlob(absolute);
      if (matches.length === 0) entries.push({ file: input, error: '没有与此模式匹配的 .xlsx 或 .pdf 文件。' });
      for (const match of matches) add(match);
    } else if (!info) entries.push({ file: input, error: '文件不存在。' });
    else if (info.isDirectory()) {
      const found = await workbooksUnder(absolute);
      if (found.length === 0) entries.push({ file: input, error: '文件夹中没有 .xlsx 或 .pdf 文件。' });
      for (const match of found) add(match);
    } else add(await describeFile(absolute, info));
  }
  return entries;
}

interface Found {
  path: string;
  /** Resolved path, so a file reached through a link is checked once. */
  real?: string;
  error?: string;
}

/** Why a path cannot be checked as a workbook file, or nothing when it can (the size is checked when known). */
export function fileProblem(info: Pick<Stats, 'isFIFO' | 'isCharacterDevice' | 'isBlockDevice' | 'isSocket' | 'isDirectory' | 'isFile'> & { size?: number }): string | undefined {
  if (info.isFIFO()) return '这是一个命名管道（FIFO），不是普通文件，未读取。';
  if (info.isCharacterDevice() || info.isBlockDevice()) return '这是一个设备文件，不是普通文件，未读取。';
  if (info.isSocket()) return '这是一个套接字，不是普通文件，未读取。';
  if (info.isDirectory()) return '这是一个文件夹。';
  if (!info.isFile()) return '不是普通文件，未读取。';
  if (info.size !== undefined && info.size > MAX_INPUT_BYTES) return `文件过大（${megabytes(info.size)}），超过 ${megabytes(MAX_INPUT_BYTES)} 的上限，未读取。`;
  return undefined;
}

async function describeFile(file: string, info: Stats): Promise<Found> {
  const error = fileProblem(info);
  return { path: file, real: await realpath(file).catch(() => file), ...(error ? { error } : {}) };
}

/**
 * A folder entry: a plain file is taken as listed (its size is checked when it is read), a link is
 * followed to what it points at, anything else is reported by its type.
 */
async function entryInfo(full: string, entry: Dirent): Promise<{ folder: boolean; found?: () => Promise<Found> }> {
  if (entry.isFile()) return { folder: false, found: async () => ({ path: full }) };
  if (entry.isDirectory()) return { folder: true };
  if (!entry.isSymbolicLink()) return { folder: false, found: async () => ({ path: full, error: fileProblem(entry) }) };
  const info = await stat(full).catch(() => undefined);
  if (!info) return { folder: false };
  return info.isDirectory() ? { folder: true } : { folder: false, found: () => describeFile(full, info) };
}

/** Pattern segments are matched folder by folder: a literal segment is joined, not searched for. */
async function matchGlob(absolutePattern: string): Promise<Found[]> {
  const segments = toSlashes(absolutePattern).split('/');
  const root = segments[0] === '' ? '/' : `${segments[0]}/`;
  const out: Found[] = [];
  const visited = new Set<string>();
  // Depth-first over (folder, index of the next segment), newest first, children in name order.
  const stack: Array<{ dir: string; index: number }> = [{ dir: root, index: 1 }];
  while (stack.length) {
    const { dir, index } = stack.pop()!;
    const segment = segments[index];
    const last = index === segments.length - 1;
    if (segment === '**' && last) {
      // A trailing "**" matches every file below.
      for (const found of await workbooksUnder(dir)) out.push(found);
      continue;
    }
    if (segment === '**') {
      const key = `${await realpath(dir).catch(() => dir)}#${index}`;
      if (visited.has(key)) continue;
      visited.add(key);
      // "**" matches no folder (go on with the next segment) or any folder below (stay on "**").
      const next: Array<{ dir: string; index: number }> = [{ dir, index: index + 1 }];
      for (const child of await subfolders(dir)) next.push({ dir: child, index });
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
      continue;
    }
    if (!hasGlobMagic(segment)) {
      const child = path.join(dir, segment);
      const info = await stat(child).catch(() => undefined);
      if (!info) continue;
      if (last) {
        if (isWorkbookName(child)) out.push(await describeFile(child, info));
      } else if (info.isDirectory()) stack.push({ dir: child, index: index + 1 });
      continue;
    }
    const regex = segmentToRegExp(segment);
    const children = await listing(dir);
    const next: Array<{ dir: string; index: number }> = [];
    for (const entry of children) {
      if (!regex.test(entry.name)) continue;
      const child = path.join(dir, entry.name);
      const info = await entryInfo(child, entry);
      if (last) {
        if (info.found && isWorkbookName(child)) out.push(await info.found());
      } else if (info.folder) next.push({ dir: child, index: index + 1 });
    }
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
  }
  return out;
}

async function workbooksUnder(dir: string): Promise<Found[]> {
  const out: Found[] = [];
  const visited = new Set<string>();
  const stack = [dir];
  while (stack.length) {
    const current = stack.pop()!;
    const real = await realpath(current).catch(() => current);
    if (visited.has(real)) continue;
    visited.add(real);
    const folders: string[] = [];
    for (const entry of await listing(current)) {
      const full = path.join(current, entry.name);
      const info = await entryInfo(full, entry);
      if (info.folder) folders.push(full);
      else if (info.found && isWorkbookName(full)) out.push(await info.found());
    }
    for (let i = folders.length - 1; i >= 0; i--) stack.push(folders[i]);
  }
  return out;
}

async function subfolders(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await listing(dir)) {
    const full = path.join(dir, entry.name);
    if ((await entryInfo(full, entry)).folder) out.push(full);
  }
  return out;
}

async function listing(dir: string): Promise<Dirent[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [] as Dirent[]);
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

function isWorkbookName(file: string): boolean {
  const name = path.basename(file);
  return /\.(xlsx|pdf)$/i.test(name) && !name.startsWith('~$');
}

export function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}
