import { hasAmounts, locate } from '../shared/cells';
import type { Diagnostic, Rule } from '../types';

const NOTE = '注：本表无数据';

export const metaNoDataNote: Rule = {
  id: 'meta/no-data-note',
  title: '空表注明“本表无数据”',
  defaultSeverity: 'warning',
  docs: '没有任何金额的表格应注明“本表无数据”；注明了“本表无数据”的表格不应有金额。',
  check(context) {
    return context.tables
      .filter((table) => table.kind !== 'performance-target')
      .flatMap((table): Diagnostic[] => {
        const filled = hasAmounts(table.rows);
        if (!filled && !table.noDataNote) {
          const below = { sheet: table.sheet, row: table.range.bottom + 1, col: table.range.left };
          return [
            {
              rule: metaNoDataNote.id,
              severity: metaNoDataNote.defaultSeverity,
              message: `「${table.title.text}」没有数据，应在表下注明“本表无数据”。`,
              ...locate(table.title.ref),
              table: table.kind,
              fix: { description: `在表下写“${NOTE}”`, edits: [{ ...locate(below), value: NOTE }] },
            },
          ];
        }
        if (filled && table.noDataNote)
          return [
            {
              rule: metaNoDataNote.id,
              severity: 'error',
              message: `「${table.title.text}」注明“本表无数据”，但表中有金额。`,
              ...locate(table.noDataNote),
              table: table.kind,
            },
          ];
        return [];
      });
  },
};
