/**
 * The lines between a title and its header: 部门名称 / 单位名称 and 单位：万元, alone, side by side in
 * two cells, or glued into one cell ("部门名称：泽州县财政局单位：万元").
 */
import { parseUnitLabel, type AmountUnit } from '../../amount';
import type { CellRef } from '../../grid';
import type { TextCell } from '../types';
import type { SheetView } from './sheet-view';
import { compact } from './text';

const LABELLED_VALUE = /^[^:：]{1,8}[:：]/;
/** "部门名称：", "编制单位：", "预算主管部门：", or a bare "部门：" (a bare "单位：" is the amount unit). */
const UNIT_NAME = /(?:(?:部门|单位)名称|编制(?:单位|部门)|填报(?:单位|部门)|预算(?:主管)?(?:单位|部门)|部门)[:：]\s*(.+?)\s*(?=(?:金额|计量)?单位[:：]|$)/;

export interface MetaReading {
  unitName?: TextCell;
  unit?: { unit: AmountUnit; ref: CellRef };
}

/** A name needs a colon, a unit 元: the characters that NFKC folds to either, looked for before any folding. */
const META_HINT = /[:\uFF1A\uFE13\uFE55\u2A74元]/;

/** Reads 部门名称 and 单位 from one cell's text; returns what it found. */
export function readMetaCell(text: string, ref: CellRef): MetaReading {
  const out: MetaReading = {};
  if (!META_HINT.test(text)) return out;
  const t = text.normalize('NFKC').trim();
  const unit = parseUnitLabel(t);
  if (unit) out.unit = { unit, ref };
  const name = UNIT_NAME.exec(t);
  if (name && name[1].trim()) out.unitName = { ref, text: name[1].trim() };
  return out;
}

/** A row of meta cells, possibly beside other labelled values ("编制日期：…"); undefined for any other row. */
export function readMetaRow(view: SheetView, row: number): MetaReading | undefined {
  const out: MetaReading = {};
  for (const { col, text } of view.rowCells(row)) {
    const found = readMetaCell(text, view.ref(row, col));
    if (!found.unit && !found.unitName && !LABELLED_VALUE.test(compact(text))) return undefined;
    out.unit ??= found.unit;
    out.unitName ??= found.unitName;
  }
  return out.unit || out.unitName ? out : undefined;
}

/** "(2024年度)" under a title. */
export function isYearLine(text: string): boolean {
  return /^[(（]?20\d{2}年度?[)）]?$/.test(compact(text));
}
