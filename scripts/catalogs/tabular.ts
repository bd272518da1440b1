/**
 * Tab-separated catalog tables as the PDF extraction left them: 代码 | 一级目录 | 二级目录 | … | 说明.
 * The name is whichever level column is filled (rows often sit in the wrong column); the level
 * comes from the code. Department headings (晋财综〔2023〕43号) are rows with text but no code.
 */
import { codeLevel, normalizeCode, parentCode } from '../../src/core/catalog/code';
import { cleanCell, isPageFurniture, type SeedFile } from './seed-text';

export interface RawEntry {
  code: string;
  name: string;
  level: number;
  parent?: string;
  description?: string;
  department?: string;
  /** 0-based line index in the seed. */
  index: number;
}

export interface TableLayout {
  /** Number of level columns after the code column. */
  levels: number;
  /** Whether a 说明 column follows the level columns. */
  description: boolean;
  /** Whether rows without a code are department headings. */
  departments: boolean;
}

export interface TableParse {
  entries: RawEntry[];
  departments: string[];
  /** Lines the parser had to repair or skip, for the build report. */
  repairs: string[];
  /** 0-based index of the first line after the table. */
  end: number;
}

const HEADER = /^代码\t/;

/** Parses the table starting at the header line `start` until the first line that is not a table row. */
export function parseTabularCatalog(seed: SeedFile, start: number, layout: TableLayout): TableParse {
  const entries: RawEntry[] = [];
  const departments: string[] = [];
  const repairs: string[] = [];
  let department: string | undefined;
  let i = start;
  for (; i < seed.lines.length; i++) {
    const line = seed.lines[i];
    if (isPageFurniture(line) || HEADER.test(line)) continue;
    if (!line.includes('\t')) break;
    const cells = line.split('\t');
    const code = readCode(cells[0], entries, department);
    if (!code) {
      const heading = cleanCell(cells[0]);
      if (layout.departments && heading && cells.slice(1).every((cell) => !cell.trim())) {
        department = heading;
        departments.push(heading);
        continue;
      }
      throw new Error(`${seed.file} 第${i + 1}行：无法识别的目录行“${line.trim()}”`);
    }
    if (code.repaired) repairs.push(`${seed.file} 第${i + 1}行：代码“${cells[0].trim()}”缺少字母，按上级补为 ${code.code}`);
    const name =
      cells
        .slice(1, 1 + layout.levels)
        .map(cleanCell)
        .find(Boolean) ?? '';
    if (!name) repairs.push(`${seed.file} 第${i + 1}行：${code.code} 没有名称`);
    const description = layout.description ? cleanCell(cells.slice(1 + layout.levels).join(' ')) : '';
    const level = codeLevel(code.code) as number;
    entries.push({
      code: code.code,
      name,
      level,
      ...(parentCode(code.code) ? { parent: parentCode(code.code) } : {}),
      ...(description ? { description } : {}),
      ...(department ? { department } : {}),
      index: i,
    });
  }
  return { entries, departments, repairs, end: i };
}

/**
 * The code of a row. A code whose letter was lost ("160601" inside department A entries) is
 * restored from the enclosing entry it continues, and flagged as a repair.
 */
function readCode(cell: string, previous: RawEntry[], department: string | undefined): { code: string; repaired: boolean } | undefined {
  const text = normalizeCode(cell ?? '');
  if (codeLevel(text) !== undefined && /^[A-Z]/.test(text)) return { code: text, repaired: false };
  if (!/^\d{2,}$/.test(text) || text.length % 2 !== 0) return undefined;
  const last = [...previous].reverse().find((entry) => entry.department === department);
  const letter = last?.code[0];
  const candidate = letter ? `${letter}${text}` : '';
  return candidate && previous.some((entry) => entry.department === department && entry.code === parentCode(candidate)) ? { code: candidate, repaired: true } : undefined;
}
