import type { ItemStatement } from '../../narrative/items';
import { bare } from '../../tables/layout/text';
import { address } from '../shared/cells';
import { setCell } from '../shared/fixes';
import { compareAmounts } from '../shared/compare';
import { TABLE_LABEL, rowLabel } from '../../tables/labels';
import { resolveItem, type ResolvedItem } from '../shared/narrative-items';
import { figureTerm } from '../shared/narrative-text';
import { decimalsOf, unitOf } from '../../tables/query';
import type { Rule, RuleContext } from '../types';

export const narrativeItems: Rule = {
  id: 'narrative/items',
  title: '说明中列出的支出科目与表格一致',
  defaultSeverity: 'error',
  docs: '编制说明逐项列出的“类（类）款（款）项（项）”：类、款、项名称与一般公共预算支出表中同一科目的名称一致（其它/其他、旧类名都算不一致）；写出的金额和“预算安排”金额等于该科目的合计（说明按万元写到分位，末位一个单位以内是尾差）。',
  check(context) {
    for (const item of context.narrative.items) {
      const resolved = resolveItem(context, item);
      if (!resolved) continue;
      checkNames(context, item, resolved);
      checkAmounts(context, item, resolved);
    }
  },
};

function checkNames(context: RuleContext, item: ItemStatement, resolved: ResolvedItem): void {
  const { paragraph } = item;
  item.path.forEach((part, i) => {
    const row = resolved.rows[i];
    if (!row?.name || bare(row.name.text) === bare(part.name)) return;
    const right = row.name.text.trim();
    const at = paragraph.text.indexOf(part.name, item.start);
    const rewritten = paragraph.text.slice(0, at) + right + paragraph.text.slice(at + part.name.length);
    context.report({
      at: paragraph.ref,
      message: `情况说明把${part.level}写作「${part.name}」，${TABLE_LABEL[resolved.table.kind]}中该科目（${address(row.name.ref)}）的${part.level}名称是「${rowLabel(row)}」。`,
      related: [row.name.ref],
      expected: right,
      actual: part.name,
      fix: at >= 0 && at < item.end ? setCell(paragraph.ref, rewritten, `将「${part.name}」改为「${right}」`) : undefined,
    });
  });
}

/** The written amount and the 预算安排 amount, each an identity with the item's 合计 across the 财政拨款 tables. */
function checkAmounts(context: RuleContext, item: ItemStatement, resolved: ResolvedItem): void {
  const cells = resolved.fiscal.flatMap(({ table, row }) => (row.values.total ? [{ table, row, cell: row.values.total }] : []));
  if (cells.length === 0) return;
  const name = item.path[item.path.length - 1].name;
  const label = cells.map(({ table, row }) => `${TABLE_LABEL[table.kind]}「${rowLabel(row)}」合计`).join(' + ');
  const addends = cells.map(({ table, cell }) => ({ cell, unit: unitOf(table), decimals: decimalsOf(table), sign: 1 as const, label, table: table.kind }));
  const where = cells.map(({ cell }) => address(cell.ref)).join('、');
  const figures = [
    { figure: item.heading, words: `「${name}」金额` },
    { figure: item.planned, words: `「${name}」预算安排` },
  ];
  for (const { figure, words } of figures) {
    if (!figure) continue;
    compareAmounts(context, {
      table: cells[0].table.kind,
      subject: `情况说明${words}应等于${label}`,
      target: figureTerm(item.paragraph, figure, `说明中的${words}`),
      addends,
      describe: ({ actual, expected, difference }) => `情况说明写${words} ${actual}${figure.unit}，${label}（${where}）折合 ${expected}${figure.unit}，相差 ${difference}${figure.unit}。`,
    });
  }
}
