/** Title cells: table-number prefixes stripped, year read, table-of-contents lines told apart. */
import { compact } from './text';

/** "预算公开表1" "部门公开表9" "表一" "表1-" at the start of a title cell, or alone in a cell. */
const TABLE_NUMBER = /^(?:(?:预算|部门|单位)?公开)?表[0-9一二三四五六七八九十]+(?:[-—–:：、.．]|(?=\d{4}))?/;

/** Where meta glued to a title cell begins: "2026年预算收支总表 部门名称：某局 单位：万元". */
const GLUED_META = /\s*[(（]?\s*(?:(?:部门|单位)名称|编制(?:单位|部门)|预算(?:主管)?(?:单位|部门)|(?:金额)?单位)[:：]/;

/** The title words of a title cell, without meta glued after them. */
export function titlePart(text: string): string {
  const m = GLUED_META.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index) : text;
}

export function stripTableNumber(text: string): string {
  return compact(text).replace(TABLE_NUMBER, '');
}

export function isTableNumberLine(text: string): boolean {
  const t = compact(text);
  return t !== '' && stripTableNumber(t) === '';
}

export function yearOf(text: string): number | undefined {
  const m = /(20\d{2})\s*年/.exec(text.normalize('NFKC'));
  return m ? Number(m[1]) : undefined;
}

/** A contents line: leader dots, or a page number cell after the title. */
export function looksLikeContentsEntry(titleText: string, otherCells: string[]): boolean {
  if (/(\.{3,}|…{2,}|·{3,})/.test(titleText)) return true;
  return otherCells.length > 0 && otherCells.every((text) => /^\d{1,3}$/.test(compact(text)));
}

/** A title is a short line, not a sentence of the 说明 text. */
export function titleShaped(text: string): boolean {
  const t = compact(text);
  return t.length >= 4 && t.length <= 60 && !/[，。；！？]/.test(t);
}
