import { locate } from '../shared/cells';
import type { Diagnostic, Rule } from '../types';

export const metaAmountReadable: Rule = {
  id: 'meta/amount-readable',
  title: '金额单元格可以识别',
  defaultSeverity: 'error',
  docs: '金额列中的错误值（如 #REF!）或无法识别为金额的文字；这些单元格不参与其他核对。',
  check(context) {
    return context.tables.flatMap((table) =>
      table.rows.flatMap((row) =>
        Object.values(row.values).flatMap((cell): Diagnostic[] =>
          cell?.problem
            ? [
                {
                  rule: metaAmountReadable.id,
                  severity: metaAmountReadable.defaultSeverity,
                  message:
                    cell.problem.kind === 'error' ? `金额单元格是错误值「${cell.problem.text}」，请检查公式。` : `金额单元格的内容「${cell.problem.text}」无法识别为金额。`,
                  ...locate(cell.ref),
                  actual: cell.problem.text,
                  table: table.kind,
                },
              ]
            : [],
        ),
      ),
    );
  },
};
