/**
 * Keeping cascades readable. One wrong cell breaks every identity it takes part in (its row sum, the
 * subtotal above it, the other table that repeats it). Failing identities that share a cell are
 * grouped; the cell taking part in most of them is the likely culprit and its finding comes first,
 * with the fix for that cell. Other members keep their message but lose their fix: applying it would
 * move the error instead of removing it.
 */
import { convertAmount, formatAmount, type Amount } from '../amount';
import { refToA1, type CellRef } from '../grid';
import { address, amountOf, locate } from './shared/cells';
import type { Diagnostic, Identity, IdentityTerm } from './types';

function key(ref: CellRef): string {
  return `${ref.sheet}!${ref.row}!${ref.col}`;
}

function termsOf(identity: Identity): IdentityTerm[] {
  return [identity.target, ...identity.addends];
}

export function groupCascades(diagnostics: Diagnostic[]): Diagnostic[] {
  const failing = diagnostics.filter((d) => d.identity && d.severity === 'error');
  if (failing.length < 2) return diagnostics;
  const replaced = new Map<Diagnostic, Diagnostic[]>();
  let remaining = failing;
  while (remaining.length > 1) {
    const counts = new Map<string, { count: number; ref: CellRef }>();
    for (const d of remaining) {
      for (const term of new Map(termsOf(d.identity!).map((t) => [key(t.cell.ref), t])).values()) {
        const entry = counts.get(key(term.cell.ref)) ?? { count: 0, ref: term.cell.ref };
        entry.count += 1;
        counts.set(key(term.cell.ref), entry);
      }
    }
    const [culpritKey, culprit] = [...counts].reduce((best, next) => (next[1].count > best[1].count ? next : best));
    if (culprit.count < 2) break;
    const members = remaining.filter((d) => termsOf(d.identity!).some((t) => key(t.cell.ref) === culpritKey));
    remaining = remaining.filter((d) => !members.includes(d));
    const group = `${culprit.ref.sheet}!${refToA1(culprit.ref)}`;
    const lead = members.find((d) => key(d.identity!.target.cell.ref) === culpritKey) ?? culpritFinding(members[0], culprit.ref, members.length);
    const ordered = [lead, ...members.filter((d) => d !== lead).map((d): Diagnostic => ({ ...withoutFix(d), message: `${d.message}（可能由 ${address(culprit.ref)} 引起）` }))];
    ordered.forEach((d, i) => (ordered[i] = { ...d, group }));
    replaced.set(members[0], ordered);
    for (const member of members.slice(1)) replaced.set(member, []);
  }
  return diagnostics.flatMap((d) => replaced.get(d) ?? [d]);
}

function withoutFix(d: Diagnostic): Diagnostic {
  const { fix: _fix, ...rest } = d;
  return rest;
}

/** A finding at an addend that explains several failing identities: solve one identity for it. */
function culpritFinding(source: Diagnostic, ref: CellRef, explained: number): Diagnostic {
  const identity = source.identity!;
  const culprit = identity.addends.find((t) => key(t.cell.ref) === key(ref))!;
  let others: Amount = amountOf(identity.target.cell);
  for (const t of identity.addends) if (t !== culprit) others = others.minus(convertAmount(amountOf(t.cell), t.unit, identity.target.unit).mul(t.sign));
  const value = convertAmount(others.mul(culprit.sign), identity.target.unit, culprit.unit);
  const shown = formatAmount(value);
  return {
    rule: source.rule,
    severity: source.severity,
    message: `${culprit.label} ${address(ref)} 很可能有误：它参与的 ${explained} 项核对都不成立；按${identity.target.label}（${address(identity.target.cell.ref, ref.sheet)}）推算应为 ${shown}，实为 ${formatAmount(amountOf(culprit.cell))}。`,
    ...locate(ref),
    related: termsOf(identity)
      .filter((t) => t !== culprit)
      .map((t) => locate(t.cell.ref)),
    expected: shown,
    actual: formatAmount(amountOf(culprit.cell)),
    table: source.table,
    fix: { description: `将 ${refToA1(ref)} 改为 ${shown}`, edits: [{ ...locate(ref), value: Number(shown) }] },
  };
}
