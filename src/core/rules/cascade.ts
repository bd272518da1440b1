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
import { envelopeOf } from './shared/compare';
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
    const taken = new Set(members);
    remaining = remaining.filter((d) => !taken.has(d));
    const group = `${culprit.ref.sheet}!${refToA1(culprit.ref)}`;
    const lead = leadFinding(members, culprit.ref);
    const ordered = [lead, ...members.filter((d) => d !== lead).map((d): Diagnostic => ({ ...withoutFix(d), message: `${d.message}（可能由 ${address(culprit.ref, d.sheet)} 引起）` }))].map(
      (d): Diagnostic => ({ ...d, group }),
    );
    replaced.set(members[0], ordered);
    for (const member of members.slice(1)) replaced.set(member, []);
  }
  return diagnostics.flatMap((d) => replaced.get(d) ?? [d]);
}

function withoutFix(d: Diagnostic): Diagnostic {
  const { fix: _fix, ...rest } = d;
  return rest;
}

/** The culprit's value each member identity implies, in the culprit's unit. */
function solveFor(identity: Identity, ref: CellRef): { value: Amount; term: IdentityTerm } {
  const terms = termsOf(identity);
  const culprit = terms.find((t) => key(t.cell.ref) === key(ref))!;
  if (culprit === identity.target) return { value: identity.expected, term: culprit };
  let rest: Amount = amountOf(identity.target.cell);
  for (const t of identity.addends) if (t !== culprit) rest = rest.minus(convertAmount(amountOf(t.cell), t.unit, identity.target.unit).mul(t.sign));
  return { value: convertAmount(rest.mul(culprit.sign), identity.target.unit, culprit.unit), term: culprit };
}

/** Whether the identity holds (up to a 尾差) once the culprit takes `value`. */
function holdsWith(identity: Identity, ref: CellRef, value: Amount): boolean {
  const { value: needed, term } = solveFor(identity, ref);
  const difference = convertAmount(needed.minus(value).abs(), term.unit, identity.target.unit);
  return difference.lte(envelopeOf(identity.target.unit, identity.addends));
}

/**
 * The culprit's correction is the value that makes the most member identities hold; the lead finding
 * is the member that proposes it at the culprit, or a new finding at the culprit when it only takes
 * part as an addend.
 */
function leadFinding(members: Diagnostic[], ref: CellRef): Diagnostic {
  const candidates = members.map((d) => ({ d, ...solveFor(d.identity!, ref) }));
  const score = (value: Amount) => members.filter((m) => holdsWith(m.identity!, ref, value)).length;
  const best = candidates.reduce((a, b) => (score(b.value) > score(a.value) ? b : a));
  const proposing = candidates.find((c) => c.term === c.d.identity!.target && c.value.eq(best.value));
  if (proposing) return proposing.d;
  return culpritFinding(best.d, best.term, best.value, members.length);
}

function culpritFinding(source: Diagnostic, culprit: IdentityTerm, value: Amount, explained: number): Diagnostic {
  const identity = source.identity!;
  const ref = culprit.cell.ref;
  const shown = formatAmount(value);
  const actual = formatAmount(amountOf(culprit.cell));
  return {
    rule: source.rule,
    severity: source.severity,
    message: `此格（${culprit.label}）很可能有误：它参与的 ${explained} 项核对都不成立；按${identity.target.label}（${address(identity.target.cell.ref, ref.sheet)}）推算应为 ${shown}，实为 ${actual}。`,
    ...locate(ref),
    related: termsOf(identity)
      .filter((t) => t !== culprit)
      .map((t) => locate(t.cell.ref)),
    expected: shown,
    actual,
    table: source.table,
    fix: { description: `将 ${refToA1(ref)} 改为 ${shown}`, edits: [{ ...locate(ref), value: Number(shown) }] },
  };
}
