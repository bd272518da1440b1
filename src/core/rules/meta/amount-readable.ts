import type { Rule } from '../types';

export const metaAmountReadable: Rule = {
  id: 'meta/amount-readable',
  title: '金额单元格可以识别',
  defaultSeverity: 'error',
  docs: '金额列中的错误值（如 #REF!）或无法识别为金额的文字；这些单元格不参与其他核对。',
  check(context) {
    for (const table of context.tables) {
      for (const row of table.rows) {
        for (const cell of Object.values(row.values)) {
          if (!cell?.problem) continue;
          const { kind, text } = cell.problem;
          context.report({
            at: cell.ref,
            table,
            message: kind === 'error' ? `金额单元格是错误值「${text}」，请检查公式。` : `金额单元格的内容「${text}」无法识别为金额。`,
            actual: text,
          });
        }
      }
    }
  },
};
