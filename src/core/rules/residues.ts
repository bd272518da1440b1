/**
 * One 尾差 per residue: the same rounded figures are often printed in several columns and tables
 * (合计 and 一般公共预算 columns; 收入总表, 支出总表, 一般公共预算支出表). Infos with the same
 * figures are merged into the first one, which then lists the other places.
 */
import { formatAmount } from '../amount';
import { amountOf } from './shared/cells';
import type { Diagnostic } from './types';
import { groupBy } from './shared/group-by';

function residueKey(d: Diagnostic): string | undefined {
  if (d.severity !== 'info' || !d.identity) return undefined;
  const { target, addends } = d.identity;
  return [formatAmount(amountOf(target.cell)), ...addends.map((t) => `${t.sign}${formatAmount(amountOf(t.cell))}`)].join('|');
}

export function mergeResidues(diagnostics: Diagnostic[]): Diagnostic[] {
  const keys = new Map<Diagnostic, string>();
  for (const d of diagnostics) {
    const key = residueKey(d);
    if (key !== undefined) keys.set(d, key);
  }
  const first = groupBy([...keys.keys()], (d) => keys.get(d)!);
  const merged = new Map<Diagnostic, Diagnostic | undefined>();
  for (const same of first.values()) {
    if (same.length < 2) continue;
    const [lead, ...rest] = same;
    const places = rest.map((d) => `${d.sheet}!${d.cell}`);
    merged.set(lead, {
      ...lead,
      message: `${lead.message}同样的尾差还见于 ${places.join('、')}。`,
      related: [...(lead.related ?? []), ...rest.map((d) => ({ sheet: d.sheet!, cell: d.cell! }))],
    });
    for (const d of rest) merged.set(d, undefined);
  }
  return diagnostics.flatMap((d) => {
    if (!merged.has(d)) return [d];
    const replacement = merged.get(d);
    return replacement ? [replacement] : [];
  });
}
