/**
 * Catalog import from a 2-D block of cells: a selected range, a pasted block, a CSV file or an
 * .xlsx sheet. Columns are found by their header words; codes may be whole (代码/编码/科目编码) or
 * split over 类/款/项 columns as in the official 政府收支分类科目 layout. Every row that cannot be
 * used is reported in Chinese with its row number.
 */
import { codeLevel, normalizeCode, parentCode, splitPrefixedCode } from './code';
import type { Catalog, CatalogEntry, CatalogKind } from './types';

export type CellInput = string | number | boolean | null | undefined;

export interface ImportProblem {
  /** 1-based row number as the user sees it (offset by firstRow). */
  row: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface ImportOptions {
  id: string;
  title: string;
  /** Inferred from the codes when absent: letter codes → gps, numeric codes → function. */
  kind?: CatalogKind;
  document?: string;
  /** File or range name for provenance. */
  file?: string;
  jurisdiction?: string;
  /** Row number of rows[0] in the sheet (a selection may start below row 1). */
  firstRow?: number;
  /**
   * Whether the import is a complete list (default true: imports are how users get complete lists).
   * Never claimed when an entry's parent code is missing from the import.
   */
  complete?: boolean;
}

export interface ImportResult {
  catalog?: Catalog;
  problems: ImportProblem[];
}

type Role = 'code' | 'class' | 'section' | 'item' | 'name' | 'level-name' | 'description';

interface Header {
  /** Index of the last header row. */
  last: number;
  roles: Map<number, Role>;
}

const HEADER_SEARCH_ROWS = 20;
const SPLIT_ROLES: Record<string, Role> = { 类: 'class', 款: 'section', 项: 'item' };

export function importCatalogFromRows(rows: CellInput[][], options: ImportOptions): ImportResult {
  const firstRow = options.firstRow ?? 1;
  const texts = rows.map((row) => (row ?? []).map(cellText));
  const header = findHeader(texts);
  if (!header) {
    return {
      problems: [{ row: firstRow, severity: 'error', message: '未找到表头：需要“代码/编码/科目编码”列（或“类/款/项”列）和“名称/科目名称”列。' }],
    };
  }
  const problems: ImportProblem[] = [];
  const entries: CatalogEntry[] = [];
  const firstSeen = new Map<string, number>();
  const carried = { class: '', section: '' };
  for (let r = header.last + 1; r < texts.length; r++) {
    const row = texts[r];
    const rowNumber = firstRow + r;
    if (row.every((cell) => !cell)) continue;
    const code = readCode(row, header.roles, carried);
    const name = readName(row, header.roles);
    if (!code.text) {
      if (name && !/^(合计|总计|小计)$/.test(name)) problems.push({ row: rowNumber, severity: 'warning', message: `第${rowNumber}行：“${name}”没有编码，已跳过。` });
      continue;
    }
    const split = splitPrefixedCode(code.text);
    const bare = split?.code ?? code.text;
    if (codeLevel(bare) === undefined) {
      problems.push({ row: rowNumber, severity: 'error', message: `第${rowNumber}行：编码“${code.text}”格式不正确，应为 A0101、B0701 或 201、20106、2010601 这样的编码。` });
      continue;
    }
    if (!name) {
      problems.push({ row: rowNumber, severity: 'error', message: `第${rowNumber}行：编码 ${bare} 缺少名称。` });
      continue;
    }
    const earlier = firstSeen.get(bare);
    if (earlier !== undefined) {
      problems.push({ row: rowNumber, severity: 'error', message: `第${rowNumber}行：编码 ${bare} 与第${earlier}行重复，已忽略本行。` });
      continue;
    }
    firstSeen.set(bare, rowNumber);
    const description = readRole(row, header.roles, 'description');
    const parent = parentCode(bare);
    entries.push({
      code: bare,
      name,
      level: codeLevel(bare) as number,
      ...(parent ? { parent } : {}),
      ...(description ? { description } : {}),
      ...(split ? { printedCode: code.text } : {}),
      provenance: { document: options.document ?? '用户导入', file: options.file ?? '导入的数据', line: rowNumber },
    });
  }
  const orphans = entries.filter((entry) => entry.parent && !firstSeen.has(entry.parent));
  for (const entry of orphans) {
    problems.push({
      row: entry.provenance.line,
      severity: 'warning',
      message: `第${entry.provenance.line}行：编码 ${entry.code} 的上级编码 ${entry.parent} 不在导入的数据中。`,
    });
  }
  if (!entries.length) {
    const none: ImportProblem = { row: firstRow + header.last, severity: 'error', message: '没有可导入的条目：表头下方没有带编码和名称的行。' };
    return { problems: [...sortProblems(problems), none] };
  }
  const catalog: Catalog = {
    id: options.id,
    title: options.title,
    document: options.document ?? '用户导入',
    jurisdiction: options.jurisdiction ?? '用户导入',
    kind: options.kind ?? (entries.every((entry) => /^[A-Z]/.test(entry.code)) ? 'gps' : 'function'),
    // A list whose hierarchy has gaps is not claimed to be complete, whatever the caller expected.
    complete: (options.complete ?? true) && orphans.length === 0,
    entries,
  };
  return { catalog, problems: sortProblems(problems) };
}

function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  return [...problems].sort((a, b) => a.row - b.row);
}

function cellText(cell: CellInput): string {
  if (cell === null || cell === undefined || typeof cell === 'boolean') return '';
  return String(cell).normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * The first row (or pair of rows, for headers split over two rows by PDF conversion: "科目" over
 * "编码", or "科目编码" over "类 款 项") whose words name a code column and a name column.
 */
function findHeader(texts: string[][]): Header | undefined {
  for (let r = 0; r < Math.min(texts.length, HEADER_SEARCH_ROWS); r++) {
    const single = rolesOf([texts[r]]);
    const double = r + 1 < texts.length ? rolesOf([texts[r], texts[r + 1]]) : undefined;
    // "科目编码" above "类 款 项" is complete on its own row, but the codes live in the row below.
    const splitBelow = double && hasRole(double, 'class') && !hasRole(single, 'class');
    if (double && isComplete(double) && (!isComplete(single) || splitBelow)) return { last: r + 1, roles: double };
    if (isComplete(single)) return { last: r, roles: single };
  }
  return undefined;
}

function rolesOf(headerRows: string[][]): Map<number, Role> {
  const roles = new Map<number, Role>();
  const width = Math.max(...headerRows.map((row) => row.length));
  for (let c = 0; c < width; c++) {
    const cells = headerRows.map((row) => (row[c] ?? '').replace(/\s/g, ''));
    const joined = cells.join('');
    const split = cells.map((cell) => SPLIT_ROLES[cell]).find(Boolean);
    const role: Role | undefined = split
      ? split
      : /代码|编码|编号/.test(joined)
        ? 'code'
        : /说明|备注/.test(joined)
          ? 'description'
          : /[一二三四]级/.test(joined)
            ? 'level-name'
            : /名称/.test(joined)
              ? 'name'
              : undefined;
    if (role) roles.set(c, role);
  }
  return roles;
}

function hasRole(roles: Map<number, Role>, role: Role): boolean {
  return [...roles.values()].includes(role);
}

function isComplete(roles: Map<number, Role>): boolean {
  const has = (role: Role) => hasRole(roles, role);
  return (has('code') || (has('class') && has('section'))) && (has('name') || has('level-name'));
}

function readRole(row: string[], roles: Map<number, Role>, role: Role): string {
  return (
    [...roles]
      .filter(([, candidate]) => candidate === role)
      .map(([column]) => row[column] ?? '')
      .find(Boolean) ?? ''
  );
}

function readName(row: string[], roles: Map<number, Role>): string {
  return readRole(row, roles, 'name') || readRole(row, roles, 'level-name');
}

/**
 * The row's code: the code column when filled, otherwise 类 + 款 + 项. Official lists leave 类
 * (and 款) blank on rows below the one that states them, so the last ones seen carry down.
 */
function readCode(row: string[], roles: Map<number, Role>, carried: { class: string; section: string }): { text: string } {
  const whole = normalizeCode(readRole(row, roles, 'code'));
  if (whole) return { text: whole };
  const part = (role: Role) => normalizeCode(readRole(row, roles, role));
  const [klass, section, item] = [part('class'), part('section'), part('item')];
  if (!klass && !section && !item) return { text: '' };
  const pad = (text: string) => (text ? text.padStart(2, '0') : '');
  if (klass) {
    carried.class = klass;
    carried.section = pad(section);
    return { text: klass + pad(section) + (section ? pad(item) : '') };
  }
  if (section) {
    carried.section = pad(section);
    return { text: carried.class + pad(section) + pad(item) };
  }
  return { text: carried.class + carried.section + pad(item) };
}

/**
 * The catalogs to check with once the user has imported some: an import replaces the bundled
 * catalog with the same id, and a function or economic classification import replaces the
 * partial bundled list of that kind.
 */
export function withImportedCatalogs(bundled: Catalog[], imported: Catalog[]): Catalog[] {
  const ids = new Set(imported.map((catalog) => catalog.id));
  const classificationKinds = new Set(imported.filter((catalog) => catalog.kind !== 'gps').map((catalog) => catalog.kind));
  const kept = bundled.filter((catalog) => !ids.has(catalog.id) && !(classificationKinds.has(catalog.kind) && !catalog.complete));
  return [...kept, ...imported];
}
