/**
 * Where the 说明 text lives: every text cell of a sheet named 说明, and elsewhere the cells that read
 * as sentences, outside the recognised tables.
 */
import { cellText, type CellRange, type Grid } from '../grid';
import type { NarrativeParagraph } from './types';

const NARRATIVE_SHEET = /说明|情况|文字/;
const SENTENCE = /[，。；：,;:]/;
const MIN_SENTENCE_LENGTH = 8;
/** Leftover HTML table markup of PDF extraction is a table, not prose. */
const HTML_TABLE = /<\/?t[dhr][\s>]/i;

export interface Exclusion {
  sheet: string;
  range: CellRange;
}

export function findParagraphs(grid: Grid, exclude: Exclusion[] = []): NarrativeParagraph[] {
  const out: NarrativeParagraph[] = [];
  for (const sheet of grid.sheets) {
    const ranges = exclude
      .filter((item) => item.sheet === sheet.name)
      .map((item) => item.range)
      .sort((a, b) => a.top - b.top);
    const wholeSheet = NARRATIVE_SHEET.test(sheet.name);
    let next = 0;
    for (let r = 0; r < sheet.rows.length; r++) {
      while (next < ranges.length && ranges[next].bottom < r) next++;
      const cells = sheet.rows[r] ?? [];
      for (let c = 0; c < cells.length; c++) {
        const cell = cells[c];
        if (!cell || typeof cell.v !== 'string' || inside(ranges, next, r, c)) continue;
        const text = cellText(sheet, r, c);
        if (text && !HTML_TABLE.test(text) && (wholeSheet || isSentence(text))) out.push({ ref: { sheet: sheet.name, row: r, col: c }, text });
      }
    }
  }
  return out;
}

function isSentence(text: string): boolean {
  return text.length >= MIN_SENTENCE_LENGTH && SENTENCE.test(text);
}

/** Ranges sorted by top, from the first one that has not ended above the row: only those reaching the row can hold it. */
function inside(ranges: CellRange[], from: number, row: number, col: number): boolean {
  for (let i = from; i < ranges.length && ranges[i].top <= row; i++) {
    const range = ranges[i];
    if (row <= range.bottom && col >= range.left && col <= range.right) return true;
  }
  return false;
}
