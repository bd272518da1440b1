/**
 * compareAmounts: the one place where an identity "target = Σ addends" is compared. Every identity is
 * recorded in the context, holding or not: the engine's diagnosis needs the ones that hold to tell
 * which cell is wrong. A difference inside the rounding envelope is a 尾差 (info); anything larger is
 * the rule's finding, with both values, the difference and where the other side lives; which cell to
 * change is the diagnosis' decision.
 */
import { Amount, ZERO, convertAmount, fenOf, formatAmount, type AmountUnit } from '../../amount';
import { refToA1, sumFormula } from '../../grid';
import type { TableKind } from '../../tables/types';
import type { Identity, IdentityTerm, RuleContext } from '../types';
import type { CellEdit } from '../../findings';
import { address, amountOf, locate } from './cells';

const LISTED_ADDENDS = 4;

export interface Comparison {
  table?: TableKind;
  /**
   * The identity in words, e.g. "「201 一般公共服务支出」合计应等于基本支出 + 项目支出"; a function when
   * the words take work to make, since most identities hold and are never described.
   */
  subject: string | (() => string);
  target: Omit<IdentityTerm, 'sign'> & { sign?: 1 | -1 };
  addends: IdentityTerm[];
  /** False when either side may legitimately differ, so no single cell can be said to be wrong. */
  fixable?: boolean;
  /** 'at-most': target ≤ Σ addends (default: equal). */
  relation?: Identity['relation'];
  /** Message of a failing identity from its values (in the target's unit and precision); the default speaks of a table cell. */
  describe?: (values: { actual: string; expected: string; difference: string; more: boolean }) => string;
}

function expectedValue(target: { unit: AmountUnit }, addends: IdentityTerm[]): Amount {
  let sum = ZERO;
  for (const term of addends) {
    const cell = term.cell.amount;
    if (!cell) continue;
    const value = term.unit === target.unit ? cell : convertAmount(cell, term.unit, target.unit);
    sum = term.sign > 0 ? sum.plus(value) : sum.minus(value);
  }
  return sum;
}

/**
 * Decimals a value of the term is shown and corrected with: its table's, or for a quoted figure its
 * own but at least two in 万元 (a figure written "0万元" whose table says 3,120 元 should read 0.31).
 */
export function displayDecimals(term: Pick<IdentityTerm, 'decimals' | 'figure' | 'unit'>): number {
  return term.figure && term.unit !== '元' ? Math.max(2, term.decimals) : term.decimals;
}

/**
 * What rounding may hide in one term, in its own unit: half a unit of its last published digit; a
 * figure quoted in words may also be truncated, so a whole unit of its last digit.
 */
export function allowanceOf(term: Pick<IdentityTerm, 'decimals' | 'figure'>): Amount {
  return allowanceIn(term.decimals, Boolean(term.figure), '元', '元');
}

const allowances = new Map<string, Amount>();

/** The allowance of a term published in `from` with `decimals`, in the unit `to`; a handful of values, computed once. */
function allowanceIn(decimals: number, figure: boolean, from: AmountUnit, to: AmountUnit): Amount {
  const key = `${decimals}|${figure}|${from}|${to}`;
  let allowance = allowances.get(key);
  if (!allowance) {
    const step = new Amount(10).pow(-decimals);
    allowance = convertAmount(figure ? step : step.div(2), from, to);
    allowances.set(key, allowance);
  }
  return allowance;
}

/**
 * The envelope of an identity: each addend's allowance (converted exactly to the target's unit), and
 * the target's own when it is coarser than an addend — a quoted figure, or a 万元 cell compared with
 * 元 cells — since it is then itself a rounding. A total computed from its rounded addends in the same
 * precision brings no allowance of its own.
 */
export function envelopeOf(target: Pick<IdentityTerm, 'unit' | 'decimals' | 'figure'>, addends: IdentityTerm[]): Amount {
  const own = allowanceOf(target);
  // A handful of distinct allowances, each counted: one multiplication each rather than an addition per addend.
  const counts = new Map<Amount, number>();
  for (const term of addends) {
    const allowance = allowanceIn(term.decimals, Boolean(term.figure), term.unit, target.unit);
    counts.set(allowance, (counts.get(allowance) ?? 0) + 1);
  }
  let coarser = Boolean(target.figure);
  for (const allowance of counts.keys()) coarser ||= allowance.lt(own);
  let envelope = coarser ? own : ZERO;
  for (const [allowance, count] of counts) envelope = envelope.plus(count === 1 ? allowance : allowance.times(count));
  return envelope;
}

/**
 * An identity as compared. Its expected value, envelope and words are worked out when first asked
 * for: most identities hold, and only the diagnosis of a failing group reads those of holding ones.
 */
class ComparedIdentity implements Identity {
  readonly table?: TableKind;
  private expectedSum?: Amount;
  private envelopeSum?: Amount;

  constructor(
    readonly rule: string,
    private words: string | (() => string),
    table: TableKind | undefined,
    readonly target: IdentityTerm,
    readonly addends: IdentityTerm[],
    readonly relation: Identity['relation'],
    readonly status: Identity['status'],
    readonly fixable: boolean,
    expected?: Amount,
    envelope?: Amount,
  ) {
    if (table) this.table = table;
    this.expectedSum = expected;
    this.envelopeSum = envelope;
  }

  get subject(): string {
    if (typeof this.words !== 'string') this.words = this.words();
    return this.words;
  }

  get expected(): Amount {
    this.expectedSum ??= expectedValue(this.target, this.addends);
    return this.expectedSum;
  }

  get envelope(): Amount {
    this.envelopeSum ??= envelopeOf(this.target, this.addends);
    return this.envelopeSum;
  }
}

/**
 * Whether the identity holds, in exact integer 分 (see amount/fixed.ts); undefined when a term has no
 * integer form and the decimal sums must decide.
 */
function holdsInFen(target: IdentityTerm | Comparison['target'], addends: IdentityTerm[], relation: Identity['relation']): boolean | undefined {
  const actual = fenOfTerm(target);
  if (actual === undefined) return undefined;
  let expected = 0;
  for (const term of addends) {
    const fen = fenOfTerm(term);
    if (fen === undefined) return undefined;
    expected += term.sign > 0 ? fen : -fen;
    if (!Number.isSafeInteger(expected)) return undefined;
  }
  return relation === 'at-most' ? actual <= expected : actual === expected;
}

function fenOfTerm(term: Pick<IdentityTerm, 'cell' | 'unit'>): number | undefined {
  const { amount, fixed } = term.cell;
  if (!amount) return 0;
  return fixed ? fenOf(fixed, term.unit) : undefined;
}

export function compareAmounts(context: RuleContext, comparison: Comparison): void {
  const { target, addends } = comparison;
  if (target.cell.problem) return;
  for (const term of addends) if (term.cell.problem) return;
  const relation = comparison.relation ?? 'equal';
  const fixable = comparison.fixable !== false;
  const targetTerm: IdentityTerm = target.sign === 1 ? (target as IdentityTerm) : { ...target, sign: 1 };
  if (holdsInFen(target, addends, relation)) {
    context.identities.push(new ComparedIdentity(context.rule.id, comparison.subject, comparison.table, targetTerm, addends, relation, 'holds', fixable));
    return;
  }
  const expected = expectedValue(target, addends);
  const actual = amountOf(target.cell);
  const difference = actual.minus(expected);
  const within = relation === 'at-most' ? difference.lte(0) : difference.isZero();
  const envelope = within ? undefined : envelopeOf(target, addends);
  const status = within ? 'holds' : difference.abs().lte(envelope!) ? 'residue' : 'fails';
  const identity = new ComparedIdentity(context.rule.id, comparison.subject, comparison.table, targetTerm, addends, relation, status, fixable, expected, envelope);
  context.identities.push(identity);
  if (status === 'holds') return;
  const sheet = target.cell.ref.sheet;
  const base = {
    at: target.cell.ref,
    related: addends.map((term) => term.cell.ref),
    expected: `${relation === 'at-most' ? '≤ ' : ''}${formatAmount(expected, displayDecimals(target))}`,
    actual: formatAmount(actual, displayDecimals(target)),
    table: comparison.table,
    identity,
  };
  const described = describeAddends(addends, sheet);
  if (status === 'residue') {
    context.report({
      ...base,
      severity: 'info',
      message: `尾差：${identity.subject}。本格 ${formatAmount(actual)}，${described} 为 ${formatAmount(expected)}，相差 ${smallAmount(difference.abs(), target, addends)}，在舍入误差（±${smallAmount(identity.envelope, target, addends)}）以内，不必修改。`,
    });
    return;
  }
  const shown = (value: Amount) => formatAmount(value, displayDecimals(target));
  const values = { actual: shown(actual), expected: shown(expected), difference: shown(difference.abs()), more: difference.isPositive() };
  context.report({
    ...base,
    message:
      comparison.describe?.(values) ?? `${identity.subject}，但本格为 ${values.actual}，${described} 为 ${values.expected}，${values.more ? '多' : '少'} ${values.difference}${target.unit}。`,
    ...(comparison.fixable === false ? {} : { fix: { description: `将 ${refToA1(target.cell.ref)} 改为 ${formatAmount(expected)}`, edits: [targetEdit(identity)] } }),
  });
}

/** A difference or envelope in the finest unit of the identity: "40.80元" rather than "0.00万元". */
function smallAmount(value: Amount, target: IdentityTerm | Comparison['target'], addends: IdentityTerm[]): string {
  const yuan = target.unit !== '元' && addends.some((term) => term.unit === '元');
  return yuan ? `${formatAmount(convertAmount(value, target.unit, '元'))}元` : `${value.toFixed()}${target.unit}`;
}

/** Value edit, or a formula when the target already holds one: formulas are not replaced by values. */
export function targetEdit(identity: Identity): CellEdit {
  const { target, expected } = identity;
  const where = locate(target.cell.ref);
  if (target.cell.formula) {
    const formula = identityFormula(identity);
    if (formula) return { ...where, formula };
  }
  return { ...where, value: Number(formatAmount(expected)) };
}

/** A formula for the target over its addends; undefined across sheets or units, where a value is clearer. */
function identityFormula(identity: Identity): string | undefined {
  const { target, addends } = identity;
  if (addends.length === 0) return undefined;
  if (addends.some((t) => t.cell.ref.sheet !== target.cell.ref.sheet || t.unit !== target.unit)) return undefined;
  return sumFormula(
    target.cell.ref,
    addends.map((t) => ({ ref: t.cell.ref, sign: t.sign })),
  );
}

/** "基本支出（D9）938.70 + 项目支出（E9）0.00", or "12 项之和（C7…C18）" for long lists. */
function describeAddends(addends: IdentityTerm[], fromSheet: string): string {
  if (addends.length === 1) {
    const [only] = addends;
    return `${only.label}（${address(only.cell.ref, fromSheet)}）`;
  }
  if (addends.length > LISTED_ADDENDS) {
    const first = address(addends[0].cell.ref, fromSheet);
    const last = address(addends[addends.length - 1].cell.ref, fromSheet);
    return `${addends.length} 项之和（${first}…${last}）`;
  }
  return addends.map((t, i) => `${i === 0 ? (t.sign < 0 ? '−' : '') : t.sign < 0 ? ' − ' : ' + '}${t.label}（${address(t.cell.ref, fromSheet)}）${formatAmount(amountOf(t.cell))}`).join('');
}
