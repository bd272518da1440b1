/** 机关运行经费取自基本支出公用经费: 部门合计（及唯一的单位行）= 基本支出分经济科目表 公用经费合计. */
import { totalRow } from '../../tables/query';
import type { FillCommand } from './types';
import { FillWriter } from './write';
import { requireTables } from './require-tables';

export const fillOperatingCost: FillCommand = {
  id: 'fill/operating-cost-from-public',
  title: '按公用经费填机关运行经费',
  docs: '机关运行经费表的部门合计（一般公共预算栏与合计栏）取基本支出分经济科目表的公用经费合计；只有一个单位时单位行同样填写。',
  run({ reading, mode }) {
    const required = requireTables(reading.tables, ['operating-cost', 'basic-economic']);
    if ('missing' in required) return required.missing;
    const { 'operating-cost': cost, 'basic-economic': basic } = required.found;
    const publicTotal = totalRow(basic);
    if (!publicTotal) return { edits: [], notes: ['基本支出分经济科目表没有合计行，无法取公用经费合计。'] };
    const writer = new FillWriter(mode);
    const units = cost.rows.filter((row) => row.role === 'unit');
    const targets = [totalRow(cost), ...(units.length === 1 ? units : [])];
    for (const row of targets) for (const key of ['general', 'total'] as const) writer.set(row, key, [{ row: publicTotal, key: 'public' }]);
    const notes = units.length > 1 ? ['有多个单位：各单位的机关运行经费需按单位填写，只填了部门合计。', '注意：事业单位的公用经费不属于机关运行经费，请核实。'] : [];
    return { edits: writer.edits, notes };
  },
};
