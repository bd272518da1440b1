/**
 * Which cell is wrong. Every amount identity the rules compared — sums inside a table, hierarchy,
 * equalities across tables, figures quoted in the 情况说明 — is a constraint over cells; the ones that
 * hold count as much as the ones that fail. A cell explains the failing identities it takes part in
 * when one new value for it makes all of them hold and keeps every identity that held holding.
 *
 * Per connected group of failing identities: exactly one cell explaining them all is reported at that
 * cell with its fix; several such cells are reported at the failing identities' totals with the
 * candidates named and no fix. Where no single cell explains the group, the fewest cells that explain
 * disjoint parts of it are searched for, with bounded work; a unique smallest set is reported cell by
 * cell, anything else without fixes. (Model-based diagnosis in the manner of spreadsheet debugging.)
 */
import { Amount, ZERO, convertAmount, formatAmount } from '../amount';
import { sumFormula } from '../grid';
import { address, amountOf, locate } from './shared/cells';
import { displayDecimals } from './shared/compare';
import type { Diagnostic, Identity, IdentityTerm } from './types';
import type { CellEdit, CellLocation, Fix } from '../findings';

/** Work (candidate checks) the search for several faulty cells may do per group before it gives up and abstains. */
const SEARCH_LIMIT = 200000;
/** Related cells listed under one finding. */
const RELATED_LIMIT = 24;

export function termKey(term: IdentityTerm): string {
  const { sheet, row, col } = term.cell.ref;
  return term.figure ? `${sheet}!${row}!${col}@${term.figure.offset}` : `${sheet}!${row}!${col}`;
}

function termsOf(identity: Identity): IdentityTerm[] {
  return [identity.target, ...identity.addends];
}

/** Σ target − Σ signed addends in the target's unit, with `override` standing in for one term's value. */
function residual(identity: Identity, override?: { key: string; value: Amount }): Amount {
  const valueOf = (term: IdentityTerm) => (override && termKey(term) === override.key ? override.value : amountOf(term.cell));
  let sum = valueOf(identity.target);
  for (const term of identity.addends) sum = sum.minus(convertAmount(valueOf(term), term.unit, identity.target.unit).mul(term.sign));
  return sum;
}

function holdsWith(identity: Identity, override?: { key: string; value: Amount }): boolean {
  const off = residual(identity, override);
  return (identity.relation === 'at-most' ? off : off.abs()).lte(identity.envelope);
}

/** The value of the term `key` that makes the identity hold exactly (in the term's unit and precision). */
function solve(identity: Identity, key: string, term: IdentityTerm): Amount {
  // residual is linear in the term: each occurrence contributes ±(its value converted to the target unit).
  let coefficient = ZERO;
  if (termKey(identity.target) === key) coefficient = coefficient.plus(1);
  for (const t of identity.addends) if (termKey(t) === key) coefficient = coefficient.minus(convertAmount(new Amount(t.sign), t.unit, identity.target.unit));
  const current = amountOf(term.cell);
  const exact = current.minus(residual(identity).div(coefficient));
  return exact.toDecimalPlaces(displayDecimals(term), Amount.ROUND_HALF_UP);
}

interface Candidate {
  key: string;
  term: IdentityTerm;
  /** The value that makes its identities hold; undefined when only a bound fails (any value within it would do). */
  value?: Amount;
  /**
   * Whether every failing identity it takes part in asks for that very value. Identities that hold
   * only within their rounding envelope can ask for values a cent apart; the cell is then certain,
   * its value not, and the correction is a suggestion.
   */
  exact?: boolean;
  /** The failing identities it takes part in: all hold once it takes `value`. */
  explains: Set<Identity>;
}

export interface DiagnosisInput {
  /** Identities that may blame a cell: error-level, fixable rules. */
  identities: Identity[];
  /** The finding a rule made of a failing identity (its wording is kept where it fits). */
  findingOf: (identity: Identity) => Diagnostic | undefined;
}

/** Findings for every failing identity of `identities`, replacing the rules' own findings of them. */
export function diagnose({ identities, findingOf }: DiagnosisInput): Diagnostic[] {
  const failing = identities.filter((identity) => identity.status === 'fails');
  if (failing.length === 0) return [];
  const byKey = new Map<string, Identity[]>();
  for (const identity of identities) {
    for (const key of new Set(termsOf(identity).map(termKey))) {
      const list = byKey.get(key);
      if (list) list.push(identity);
      else byKey.set(key, [identity]);
    }
  }
  return components(failing).flatMap((group, index) => explainGroup(group, byKey, findingOf, `diagnosis-${index + 1}`));
}

/** Failing identities linked by shared cells. */
function components(failing: Identity[]): Identity[][] {
  const parent = failing.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const owner = new Map<string, number>();
  failing.forEach((identity, i) => {
    for (const term of termsOf(identity)) {
      const key = termKey(term);
      const other = owner.get(key);
      if (other === undefined) owner.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  const groups = new Map<number, Identity[]>();
  failing.forEach((identity, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(identity);
    else groups.set(root, [identity]);
  });
  return [...groups.values()];
}

function explainGroup(group: Identity[], byKey: Map<string, Identity[]>, findingOf: DiagnosisInput['findingOf'], groupId: string): Diagnostic[] {
  const inGroup = new Set(group);
  const terms = new Map<string, IdentityTerm>();
  for (const identity of group) for (const term of termsOf(identity)) if (!terms.has(termKey(term))) terms.set(termKey(term), term);
  const candidates: Candidate[] = [];
  for (const [key, term] of terms) {
    const candidate = candidateFor(key, term, byKey.get(key) ?? [], inGroup);
    if (candidate) candidates.push(candidate);
  }
  const singles = candidates.filter((c) => c.explains.size === group.length);
  if (singles.length === 1) return [culpritFinding(singles[0], findingOf)];
  if (singles.length > 1) return abstain(group, singles, findingOf, groupId);
  const cover = uniqueSmallestCover(group, candidates);
  return cover ? cover.map((c) => culpritFinding(c, findingOf)) : abstain(group, [], findingOf, groupId);
}

/** The term's value that all its failing identities agree on, if it keeps every other identity holding. */
function candidateFor(key: string, term: IdentityTerm, involved: Identity[], inGroup: Set<Identity>): Candidate | undefined {
  if (term.cell.problem) return undefined;
  const failingHere = involved.filter((identity) => inGroup.has(identity));
  if (failingHere.length === 0) return undefined;
  const equality = failingHere.find((identity) => identity.relation === 'equal');
  if (!equality) {
    // Only bounds fail: the cell may be the one to lower, if no equality pins it; its value is not known.
    const pinned = involved.some((identity) => identity.relation === 'equal');
    const small = failingHere.every((identity) => termKey(identity.target) === key);
    return pinned || !small ? undefined : { key, term, explains: new Set(failingHere) };
  }
  const value = solve(equality, key, term);
  const exact = failingHere.every((identity) => identity.relation !== 'equal' || solve(identity, key, term).eq(value));
  const current = amountOf(term.cell);
  // Budget amounts are not negative: a cell that would have to be is not the explanation.
  if (value.isNegative() && !current.isNegative()) return undefined;
  if (value.eq(current)) return undefined;
  const override = { key, value };
  if (!involved.every((identity) => holdsWith(identity, override))) return undefined;
  return { key, term, value, exact, explains: new Set(failingHere) };
}

/** The smallest set of candidates explaining disjoint parts of the group, when exactly one exists. */
function uniqueSmallestCover(group: Identity[], candidates: Candidate[]): Candidate[] | undefined {
  const usable = candidates.filter((c) => c.explains.size > 0);
  const optionsOf = new Map(group.map((identity) => [identity, usable.filter((c) => c.explains.has(identity))]));
  let best: Candidate[] | undefined;
  let bestCount = 0;
  let visited = 0;
  const search = (uncovered: Identity[], chosen: Candidate[]): void => {
    if (visited > SEARCH_LIMIT) return;
    if (best && chosen.length > best.length) return;
    if (uncovered.length === 0) {
      if (!best || chosen.length < best.length) {
        best = [...chosen];
        bestCount = 1;
      } else bestCount += 1;
      return;
    }
    // Branch on the failing identity fewest candidates can explain.
    const open = new Set(uncovered);
    let pivot: { identity: Identity; options: Candidate[] } | undefined;
    for (const identity of uncovered) {
      const all = optionsOf.get(identity)!;
      visited += all.length;
      const options = all.filter((c) => [...c.explains].every((e) => open.has(e)));
      if (!pivot || options.length < pivot.options.length) pivot = { identity, options };
      if (options.length === 0) return;
    }
    for (const option of pivot!.options)
      search(
        uncovered.filter((identity) => !option.explains.has(identity)),
        [...chosen, option],
      );
  };
  search(group, []);
  return visited <= SEARCH_LIMIT && best && bestCount === 1 ? best : undefined;
}

function culpritFinding(candidate: Candidate, findingOf: DiagnosisInput['findingOf']): Diagnostic {
  const explained = [...candidate.explains];
  const { term, value } = candidate;
  const own = explained.length === 1 && termKey(explained[0].target) === candidate.key ? findingOf(explained[0]) : undefined;
  const explains = explained.map((identity) => ({ rule: identity.rule, subject: identity.subject, ...locate(identity.target.cell.ref) }));
  if (value === undefined) {
    const { identity: _identity, fix: _fix, group: _group, ...rest } = own ?? findingOf(explained[0])!;
    return { ...rest, ...locate(term.cell.ref), explains };
  }
  const fix = fixFor({ ...candidate, value }, explained);
  const shown = formatAmount(value, displayDecimals(term));
  const actual = formatAmount(amountOf(term.cell), displayDecimals(term));
  if (own) {
    const { identity: _identity, fix: _fix, group: _group, ...rest } = own;
    return { ...rest, expected: shown, actual, explains, ...(fix ? { fix } : {}) };
  }
  const lead = explained.find((identity) => termKey(identity.target) === candidate.key) ?? explained[0];
  const where = locate(term.cell.ref);
  const subjects = explained.map((identity) => identity.subject);
  return {
    rule: lead.rule,
    severity: 'error',
    message:
      `此格（${term.label}）很可能有误：应为 ${shown}，实为 ${actual}。它参与的 ${explained.length} 项核对不成立——${subjects.join('；')}——` + `只改这一格就全部成立，其余相关核对仍然成立。`,
    ...where,
    related: relatedOf(explained, candidate.key, where),
    expected: shown,
    actual,
    ...(term.table ? { table: term.table } : {}),
    explains,
    ...(fix ? { fix } : {}),
  };
}

function relatedOf(explained: Identity[], exclude: string, where: CellLocation): CellLocation[] {
  const seen = new Set([`${where.sheet}!${where.cell}`]);
  const out: CellLocation[] = [];
  for (const identity of explained) {
    for (const term of termsOf(identity)) {
      if (termKey(term) === exclude) continue;
      const location = locate(term.cell.ref);
      const id = `${location.sheet}!${location.cell}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(location);
    }
  }
  return out.slice(0, RELATED_LIMIT);
}

/**
 * A table cell takes the value (or, when it is the target of an identity it already computes by a
 * formula, that formula again): a `fix`. A formula the value would overwrite, or a figure in the
 * 情况说明, is a `suggestion` the user confirms.
 */
function fixFor(candidate: Candidate & { value: Amount }, explained: Identity[]): Fix | undefined {
  const { term, value } = candidate;
  const shown = formatAmount(value, displayDecimals(term));
  const where = locate(term.cell.ref);
  if (term.figure) {
    const edit = rewriteFigure(term, shown);
    return edit ? { kind: 'suggestion', description: `将说明中的 ${formatAmount(amountOf(term.cell), displayDecimals(term))} 改为 ${shown}`, edits: [edit] } : undefined;
  }
  if (term.cell.formula) {
    const own = explained.find((identity) => termKey(identity.target) === candidate.key);
    const formula = own && sameSheetFormula(own);
    if (formula) return { kind: 'fix', description: `将 ${where.cell} 的公式改为 ${formula}`, edits: [{ ...where, formula }] };
    return { kind: 'suggestion', description: `将 ${where.cell} 的公式改为数值 ${shown}`, edits: [{ ...where, value: Number(shown) }] };
  }
  return { kind: candidate.exact ? 'fix' : 'suggestion', description: `将 ${where.cell} 改为 ${shown}`, edits: [{ ...where, value: Number(shown) }] };
}

function sameSheetFormula(identity: Identity): string | undefined {
  const { target, addends } = identity;
  if (addends.length === 0 || addends.some((t) => t.figure || t.cell.ref.sheet !== target.cell.ref.sheet || t.unit !== target.unit)) return undefined;
  return sumFormula(
    target.cell.ref,
    addends.map((t) => ({ ref: t.cell.ref, sign: t.sign })),
  );
}

/** The paragraph with the quoted number replaced. */
function rewriteFigure(term: IdentityTerm, replacement: string): CellEdit | undefined {
  const figure = term.figure!;
  const match = /^[0-9０-９][0-9０-９,，.．]*/.exec(figure.text.slice(figure.offset));
  if (!match) return undefined;
  const written = match[0].replace(/[,，.．]+$/, '');
  return { ...locate(term.cell.ref), value: figure.text.slice(0, figure.offset) + replacement + figure.text.slice(figure.offset + written.length) };
}

/** The rules' findings, at their totals, without fixes: which cell is wrong cannot be told. */
function abstain(group: Identity[], candidates: Candidate[], findingOf: DiagnosisInput['findingOf'], groupId: string): Diagnostic[] {
  const names = candidates.map((c) => `${address(c.term.cell.ref)}（${c.term.label}）`);
  const note = names.length
    ? `无法确定是哪一格有误：${names.join('、')} 中任何一格改动都能使核对成立，请核实后修改，未提供自动修正。`
    : '涉及的格子不能由改动一格来解释，可能有多处错误，请逐项核实，未提供自动修正。';
  return group.flatMap((identity) => {
    const finding = findingOf(identity);
    if (!finding) return [];
    const { identity: _identity, fix: _fix, ...rest } = finding;
    return [{ ...rest, message: `${finding.message}${note}`, ...(group.length > 1 ? { group: groupId } : {}) }];
  });
}
