/**
 * When the active cell is a name or code cell of a recognised table, the matching code or name from
 * the catalogs, and the cell of the same row where it belongs.
 */
import { classificationCatalogs, codeForName, nameForCode, purchaseCatalogs, type LookupResult } from '../../core/assist/code-lookup';
import type { Catalog } from '../../core/catalog/types';
import { parseA1, refToA1, type CellRef } from '../../core/grid';
import type { CellLocation } from '../../core/findings';
import type { BudgetTable, TextCell } from '../../core/tables';

export interface Suggestion {
  /** "“一般公共服务支出”对应的编码". */
  label: string;
  /** Empty when nothing matches; `reason` then says why. */
  value: string;
  reason?: string;
  /** Where the value goes (the row's code or name cell). */
  target?: CellLocation;
}

interface Pair {
  name?: TextCell;
  code?: { text: string; cells: CellRef[] };
  catalogs: Catalog[];
}

export function suggestForCell(tables: BudgetTable[], catalogs: Catalog[], selectedIds: string[], selection: CellLocation): Suggestion | undefined {
  const pos = parseA1(selection.cell.split(':')[0]);
  if (!pos) return undefined;
  const at = (ref: CellRef | undefined) => ref !== undefined && ref.row === pos.row && ref.col === pos.col;
  const gps = purchaseCatalogs(catalogs, undefined, selectedIds);
  for (const table of tables.filter((candidate) => candidate.sheet === selection.sheet)) {
    for (const row of table.rows.filter((candidate) => candidate.row === pos.row)) {
      const pairs: Pair[] = [
        { name: row.name, code: row.code && { text: row.code.code, cells: row.code.cells }, catalogs: classificationCatalogs(catalogs) },
        {
          name: row.texts?.['catalog-name'],
          code: row.texts?.['catalog-code'] && { text: row.texts['catalog-code'].text, cells: [row.texts['catalog-code'].ref] },
          catalogs: Array.isArray(gps) ? gps : [],
        },
      ];
      for (const pair of pairs) {
        if (pair.name && at(pair.name.ref) && pair.name.text) {
          const target = pair.code?.cells.length === 1 ? pair.code.cells[0] : undefined;
          return fromLookup(codeForName(pair.catalogs, pair.name.text), `“${pair.name.text}”对应的编码`, selection.sheet, target);
        }
        if (pair.code && pair.code.cells.some(at) && pair.code.text) {
          return fromLookup(nameForCode(pair.catalogs, pair.code.text), `编码 ${pair.code.text} 对应的名称`, selection.sheet, pair.name?.ref);
        }
      }
    }
  }
  return undefined;
}

function fromLookup(result: LookupResult, label: string, sheet: string, target: CellRef | undefined): Suggestion {
  if (!result.ok) return { label, value: '', reason: result.reason };
  return { label, value: result.value, ...(target ? { target: { sheet, cell: refToA1(target) } } : {}) };
}
