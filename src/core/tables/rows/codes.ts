/**
 * 科目编码 cells: whole codes (2010601), codes split over 类/款/项 columns (201 | 06 | 01, where a
 * 款 or 项 row may leave the parent parts blank), and code-and-name cells ("2010601 行政运行").
 */
import type { CodeCell, TableColumn, TextCell } from '../types';
import type { SheetView } from '../layout/sheet-view';
import { compact } from '../layout/text';
import { columnOf } from './cells';

export interface CodeReading {
  code?: CodeCell;
  /** Name written in the code cell after the code. */
  trailingName?: string;
  /** Text in the code column that is not a code (合计, stray words), and where it is. */
  text?: TextCell;
  problem?: string;
}

const LEVEL_BY_LENGTH: Record<number, number> = { 3: 1, 5: 2, 7: 3 };

export function codeLevel(code: string): number | undefined {
  return LEVEL_BY_LENGTH[code.length];
}

const SPLIT_PARTS = [
  { part: '类', lengths: [3] },
  { part: '款', lengths: [2, 5] },
  { part: '项', lengths: [2, 7] },
];

/** The first 类/款/项 part of a split code whose digit count no code can have ("7" in the 类 column). */
function malformedPart(...parts: string[]): { index: number; part: string; text: string } | undefined {
  const index = parts.findIndex((text, i) => text !== '' && !SPLIT_PARTS[i].lengths.includes(text.length));
  return index < 0 ? undefined : { index, part: SPLIT_PARTS[index].part, text: parts[index] };
}

/** Reads codes row by row; keeps the 类/款 context that split layouts leave implicit. */
export class CodeReader {
  private readonly whole?: number;
  private readonly parts: Array<number | undefined>;
  /** Without code columns, a name cell may start with its code ("201 一般公共服务支出"). */
  private readonly nameWithCode?: number;
  private context = { cls: '', section: '' };

  constructor(
    private readonly view: SheetView,
    columns: TableColumn[],
    prefix = '',
  ) {
    this.whole = columnOf(columns, `${prefix}code`);
    this.parts = prefix ? [] : [columnOf(columns, 'code-class'), columnOf(columns, 'code-section'), columnOf(columns, 'code-item')];
    if (!this.present && !prefix) this.nameWithCode = columnOf(columns, 'name');
  }

  get present(): boolean {
    return this.whole !== undefined || this.parts.some((col) => col !== undefined);
  }

  read(row: number): CodeReading {
    if (this.parts.some((col) => col !== undefined)) return this.readSplit(row);
    if (this.nameWithCode !== undefined) return this.readFromName(row, this.nameWithCode);
    if (this.whole === undefined) return {};
    const raw = this.view.text(row, this.whole);
    if (!raw) return {};
    const m = /^[[【〔]?\s*(\d+)(?:\.0)?\s*[\]】〕]?[\s\-—－:：]*(.*)$/.exec(raw.normalize('NFKC').trim());
    const ref = this.view.ref(row, this.whole);
    if (!m) return { text: { ref, text: raw } };
    const code = m[1];
    const level = codeLevel(code);
    const cells = [ref];
    if (!level) return { text: { ref, text: raw }, problem: `科目编码“${code}”位数不对（应为 3、5 或 7 位）。` };
    return { code: { code, level, cells }, ...(m[2] ? { trailingName: m[2].trim() } : {}) };
  }

  /** "201 一般公共服务支出", "201-一般公共服务支出", or as budget systems export them, "[201]一般公共服务支出". */
  private readFromName(row: number, col: number): CodeReading {
    const m = /^(?:[[【〔]\s*(\d{3}|\d{5}|\d{7})\s*[\]】〕][\s\-—－:：]*|(\d{3}|\d{5}|\d{7})[\s\-—－:：]+)(\S.*)$/.exec(this.view.text(row, col).normalize('NFKC'));
    if (!m) return {};
    const code = m[1] ?? m[2];
    return { code: { code, level: codeLevel(code) as number, cells: [this.view.ref(row, col)] }, trailingName: m[3].trim() };
  }

  private readSplit(row: number): CodeReading {
    const [clsCol, sectionCol, itemCol] = this.parts;
    const part = (col: number | undefined) => (col === undefined ? '' : compact(this.view.text(row, col)).replace(/\.0$/, ''));
    const cls = part(clsCol);
    const section = part(sectionCol);
    const item = part(itemCol);
    if (!cls && !section && !item) return {};
    const cells = [clsCol, sectionCol, itemCol].map((col, i) => (col !== undefined && [cls, section, item][i] ? this.view.ref(row, col) : undefined)).filter((ref) => ref !== undefined);
    if (![cls, section, item].every((p) => p === '' || /^\d+$/.test(p))) {
      return { text: { ref: cells[0], text: [cls, section, item].filter(Boolean).join('') } };
    }
    const malformed = malformedPart(cls, section, item);
    if (malformed) {
      const at = this.view.ref(row, [clsCol, sectionCol, itemCol][malformed.index] as number);
      const parent = malformed.index === 0 && this.context.cls ? `；上一科目的类为“${this.context.cls}”` : '';
      return {
        text: { ref: at, text: [cls, section, item].filter(Boolean).join(' ') },
        problem: `科目编码的${malformed.part}“${malformed.text}”位数不对${parent}，此行未参与逐级合计核对。`,
      };
    }
    let code: string;
    if (item) code = item.length === 7 ? item : (section.length === 5 ? section : (cls || this.context.cls) + (section || this.context.section)) + item;
    else if (section) code = section.length === 5 ? section : (cls || this.context.cls) + section;
    else code = cls;
    const level = codeLevel(code);
    if (!level) return { text: { ref: cells[0], text: code }, problem: `无法拼出完整科目编码（类“${cls}”款“${section}”项“${item}”）。` };
    if (level === 1) this.context = { cls: code, section: '' };
    if (level >= 2) this.context = { cls: code.slice(0, 3), section: code.slice(3, 5) };
    return { code: { code, level, cells } };
  }
}
