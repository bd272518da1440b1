/**
 * 政府购买服务预算表: one row per purchase — 项目名称, 购买服务内容, 指导性目录代码, 目录名称, 金额.
 * A code and name written together ("B0701-评审服务") are split.
 */
import type { TableRow, TextCell } from '../types';
import { readTabular } from '../layout/block';
import { isTotalLabel } from '../layout/text';
import { columnOf, namedRows, readTexts } from '../rows/cells';
import { knownColumns, tabularContent, type TableRecogniser } from './recogniser';

const CODE_AND_NAME = /^(\d{0,6}[A-Z]\d{2,8})\s*[-－—:：、\s]?\s*(.*)$/;

export const gps: TableRecogniser = {
  kind: 'gps',
  titles: [/政府购买服务(?:预算)?(?:项目)?(?:明细|情况)?表/],
  read(block) {
    const tabular = readTabular(block);
    const columns = knownColumns(tabular);
    const nameCol = columnOf(columns, 'name');
    const rows: TableRow[] = namedRows(block.view, tabular.dataRows, columns, nameCol).map((row) => {
      const texts = splitCatalogCode(readTexts(block.view, row.row, columns, ['content', 'catalog-code', 'catalog-name']));
      return { ...row, role: row.name && isTotalLabel(row.name.text) ? 'total' : 'item', ...(texts ? { texts } : {}) };
    });
    return tabularContent(block, tabular, columns, rows);
  },
};

function splitCatalogCode(texts: Record<string, TextCell> | undefined): Record<string, TextCell> | undefined {
  const code = texts?.['catalog-code'];
  if (!texts || !code || texts['catalog-name']) return texts;
  const m = CODE_AND_NAME.exec(code.text.normalize('NFKC').trim());
  if (!m || !m[2]) return texts;
  return { ...texts, 'catalog-code': { ref: code.ref, text: m[1] }, 'catalog-name': { ref: code.ref, text: m[2].trim() } };
}
