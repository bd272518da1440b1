import { buildTable, columnsFrom, tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { generalServicesRows } from '../testing/samples';
import { incomeHierarchy } from './hierarchy';

const income = (section = '2134.19') => tsvTable('income', '表2', ['total'], generalServicesRows(section));

/** A 项 whose code the reader could not read: every sum above it may be incomplete. */
const unread = buildTable({
  kind: 'income',
  sheet: '表2',
  title: '表2',
  columns: columnsFrom(['total']),
  rows: [
    { role: 'total', name: '合计', values: { total: '2134.19' } },
    { role: 'section', code: '20106', name: '财政事务', values: { total: '2134.19' } },
    { role: 'item', code: '2010601', name: '行政运行', values: { total: '938.70' } },
    { role: 'item', name: '2O10605 财政国库业务', unread: 'malformed-code', values: { total: '6.00' } },
  ],
});

export const cases: RuleCases = {
  rule: incomeHierarchy,
  valid: [
    { name: '类 = Σ款 = Σ项，合计 = Σ类', tables: [income()] },
    { name: '有读不懂编码的行时，其上各级不核对', tables: [unread] },
  ],
  invalid: [
    {
      name: '款录错：“类 = Σ款”与“款 = Σ项”都不成立，只改这一格即可',
      tables: [income('2134.00')],
      errors: [{ cell: '表2!C7', expected: '2134.19', actual: '2134.00', fix: 'fix' }],
      output: { '表2!C7': 2134.19 },
    },
  ],
};
