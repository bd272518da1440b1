import { address } from '../shared/cells';
import { compareAmounts } from '../shared/compare';
import { figureTerm, paragraphAt, paragraphScope } from '../shared/narrative-text';
import { resolveNarrativeLabel } from '../shared/narrative-targets';
import { decimalsOf, unitOf } from '../../tables/query';
import type { Rule } from '../types';

export const narrativeAmounts: Rule = {
  id: 'narrative/amounts',
  title: '说明中的金额与表格一致',
  defaultSeverity: 'error',
  docs: '情况说明中写明的收入、支出、基本支出、项目支出、人员经费、公用经费、机关运行经费、“三公”经费及各类支出金额 = 表格中对应的数；按段落所说的资金来源取数（一般公共预算 → 一般公共预算支出表，财政拨款 → 财政拨款收支总表）。说明按万元写到分位而表格以元列示时，差额在说明末位一个单位以内是尾差。',
  check(context) {
    for (const quoted of context.narrative.amounts) {
      const paragraph = paragraphAt(context, quoted.ref);
      const target = paragraph && resolveNarrativeLabel(context, quoted.label, paragraphScope(context, quoted.ref));
      if (!target) continue;
      const table = { cell: target.cell, unit: unitOf(target.table), decimals: decimalsOf(target.table), sign: 1 as const, label: target.label, table: target.table.kind };
      compareAmounts(context, {
        table: target.table.kind,
        subject: `情况说明「${quoted.label}」应等于${target.label}`,
        target: figureTerm(paragraph, quoted, `说明中的「${quoted.label}」`),
        addends: [table],
        describe: ({ actual, expected, difference }) =>
          `情况说明写「${quoted.label}」${actual}${quoted.unit}，${target.label}（${address(target.cell.ref)}）为 ${expected}${quoted.unit}，相差 ${difference}${quoted.unit}。`,
      });
    }
  },
};
