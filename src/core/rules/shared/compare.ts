/**
 * compareAmounts: the one place where an identity "target = Σ addends" becomes a finding.
 * A difference inside the rounding envelope is a 尾差 (info); anything larger is the rule's finding,
 * with both values, the difference, where the other side lives and a fix for the target cell.
 */
import { ZERO, convertAmount, formatAmount, roundingEnvelope, type Amount, type AmountUnit } from '../../amount';
import { refToA1, sumFormula } from '../../grid';
import type { TableKind } from '../../tables/types';
import type { CellEdit, Diagnostic, Identity, IdentityTerm, RuleMeta } from '../types';
import { address, amountOf, locate } from './cells';

const LISTED_ADDENDS = 4;

export interface Comparison {
  rule: RuleMeta;
  table?: TableKind;
  /** The identity in words, e.g. "「201 一般公共服务支出」合计应等于基本支出 + 项目支出". */
  subject: string;
  target: Omit<IdentityTerm, 'sign'>;
  addends: IdentityTerm[];
  /** False when either side may legitimately differ, so no single cell can be said to be wrong. */
  fixable?: boolean;
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

/** Half a display unit per addend, each in its own table's unit (元 addends are converted exactly). */
export function envelopeOf(unit: AmountUnit, addends: IdentityTerm[]): Amount {
  let envelope = ZERO;
  for (const term of addends) envelope = envelope.plus(convertAmount(roundingEnvelope(1), term.unit, unit));
  return envelope;
}

export function compareAmounts(comparison: Comparison): Diagnostic | undefined {
  const { rule, target, addends } = comparison;
  if ([target, ...addends].some((term) => term.cell.problem)) return undefined;
  const expected = expectedValue(target, addends);
  const actual = amountOf(target.cell);
  const difference = actual.minus(expected);
  if (difference.isZero()) return undefined;
  const identity: Identity = { target: { ...target, sign: 1 }, addends, expected };
  const envelope = envelopeOf(target.unit, addends);
  const sheet = target.cell.ref.sheet;
  const base: Diagnostic = {
    rule: rule.id,
    severity: rule.defaultSeverity,
    message: '',
    ...locate(target.cell.ref),
    related: addends.map((term) => locate(term.cell.ref)),
    expected: formatAmount(expected),
    actual: formatAmount(actual),
    table: comparison.table,
    identity,
  };
  const described = describeAddends(addends, sheet);
  if (difference.abs().lte(envelope)) {
    return {
      ...base,
      severity: 'info',
      message: `尾差：${comparison.subject}。本格 ${formatAmount(actual)}，${described} 为 ${formatAmount(expected)}，相差 ${formatAmount(difference.abs())}${target.unit}，在 ${addends.length} 个加数的舍入误差（±${envelope.toFixed(3)}）以内，不必修改。`,
    };
  }
  return {
    ...base,
    message: `${comparison.subject}，但本格为 ${formatAmount(actual)}，${described} 为 ${formatAmount(expected)}，${difference.isPositive() ? '多' : '少'} ${formatAmount(difference.abs())}${target.unit}。`,
    ...(comparison.fixable === false ? {} : { fix: { description: `将 ${refToA1(target.cell.ref)} 改为 ${formatAmount(expected)}`, edits: [targetEdit(identity)] } }),
  };
}

/** Value edit, or a formula when the target already holds one: formulas are not replaced by values. */
function targetEdit(identity: Identity): CellEdit {
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
  return sumFormula(target.cell.ref, addends.map((t) => ({ ref: t.cell.ref, sign: t.sign })));
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
  return addends
    .map((t, i) => `${i === 0 ? (t.sign < 0 ? '−' : '') : t.sign < 0 ? ' − ' : ' + '}${t.label}（${address(t.cell.ref, fromSheet)}）${formatAmount(amountOf(t.cell))}`)
    .join('');
}
