/**
 * Moves a formula's relative references by whole rows and columns, as Excel does when it gives a
 * shared formula's text to another cell of the group. Text in quotes, sheet names, structured
 * references and function names are left alone; absolute ($) parts do not move.
 */
import { columnIndex, columnLetters, MAX_SHEET_COLS, MAX_SHEET_ROWS } from '../../../core/grid';

// Quoted text and 'sheet names', [structured references], then A1 cells, column ranges, row ranges.
const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|\[[^\]]*\]|(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w.(!])|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.(!])|(\$?)(\d+):(\$?)(\d+)(?![\w.(!])/g;

const REF_ERROR = '#REF!';

export function shiftFormula(formula: string, rows: number, cols: number): string {
  return formula.replace(TOKEN, (token: string, ...groups: unknown[]) => {
    const offset = groups[12] as number;
    if (offset > 0 && /[\w.$]/.test(formula[offset - 1])) return token;
    const g = groups as Array<string | undefined>;
    if (g[1] !== undefined) return whole(column(g[0]!, g[1], cols), row(g[2]!, g[3]!, rows));
    if (g[5] !== undefined) return whole(column(g[4]!, g[5], cols), ':', column(g[6]!, g[7]!, cols));
    if (g[9] !== undefined) return whole(row(g[8]!, g[9], rows), ':', row(g[10]!, g[11]!, rows));
    return token;
  });
}

/** A reference moved off the sheet becomes #REF! as a whole, as in Excel. */
function whole(...parts: string[]): string {
  return parts.includes(REF_ERROR) ? REF_ERROR : parts.join('');
}

function column(anchor: string, letters: string, by: number): string {
  const index = columnIndex(letters);
  if (anchor || by === 0 || index < 0) return `${anchor}${letters}`;
  const moved = index + by;
  return moved < 0 || moved >= MAX_SHEET_COLS ? REF_ERROR : columnLetters(moved);
}

function row(anchor: string, digits: string, by: number): string {
  if (anchor || by === 0) return `${anchor}${digits}`;
  const moved = Number(digits) + by;
  return moved < 1 || moved > MAX_SHEET_ROWS ? REF_ERROR : String(moved);
}
