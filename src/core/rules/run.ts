/**
 * Running rules: each rule gets its own context whose report() turns what it found into a Diagnostic
 * (rule id, severity in force, cell address, table kind); then the diagnosis decides which cells the
 * failing identities blame, and repeated 尾差 are merged. The engine and the rule tester share this.
 */
import { refToA1 } from '../grid';
import type { Severity } from '../findings';
import { diagnose } from './diagnosis';
import { RULES } from './registry';
import { mergeResidues } from './residues';
import { locate } from './shared/cells';
import type { CheckData, Diagnostic, Finding, Identity, Rule, RuleContext, RuleMeta, SeveritySetting } from './types';

/** Severity per rule id, from a profile: raise, lower or switch off ('off') any rule. */
export type SeveritySettings = Record<string, SeveritySetting>;

/**
 * Severity is configuration: findings at the rule's default severity take the configured one;
 * findings a rule gives another severity on purpose (尾差 info, OCR-variant warnings) keep theirs.
 */
function diagnostic(rule: RuleMeta, setting: Severity | undefined, finding: Finding): Diagnostic {
  const severity = finding.severity ?? rule.defaultSeverity;
  const d: Diagnostic = { rule: rule.id, severity: setting && severity === rule.defaultSeverity ? setting : severity, message: finding.message };
  if (finding.at) {
    d.sheet = finding.at.sheet;
    d.cell = refToA1(finding.at);
  }
  if (finding.related) d.related = finding.related.map(locate);
  if (finding.expected !== undefined) d.expected = finding.expected;
  if (finding.actual !== undefined) d.actual = finding.actual;
  if (finding.table) d.table = typeof finding.table === 'string' ? finding.table : finding.table.kind;
  if (finding.fix) d.fix = finding.fix;
  if (finding.identity) d.identity = finding.identity;
  return d;
}

/** The findings of one rule; a rule that fails is reported as not completed, and the others run on. */
export function runRule(rule: Rule, data: CheckData, setting?: SeveritySetting): Diagnostic[] {
  if (setting === 'off') return [];
  const found: Diagnostic[] = [];
  const context: RuleContext = { ...data, rule, report: (finding) => found.push(diagnostic(rule, setting, finding)) };
  try {
    rule.check(context);
  } catch (error) {
    return [
      {
        rule: rule.id,
        severity: 'warning',
        message: `检查“${rule.title}”未能完成（${error instanceof Error ? error.message : String(error)}），其余检查不受影响。`,
      },
    ];
  }
  return found;
}

const RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/**
 * The findings as reported: those of failing identities give way to the diagnosis of which cells are
 * wrong, repeated 尾差 are merged, and every finding is finalised.
 */
export function settle(findings: Diagnostic[], identities: Identity[], severities?: SeveritySettings): Diagnostic[] {
  return mergeResidues(withDiagnosis(findings, identities, severities)).map(finalise);
}

/**
 * Only identities of error-level rules that may blame a cell take part in the diagnosis; the others
 * keep their findings.
 */
function withDiagnosis(findings: Diagnostic[], identities: Identity[], severities: SeveritySettings | undefined): Diagnostic[] {
  const isHard = (identity: Identity) => identity.fixable && (severities?.[identity.rule] ?? RULE_BY_ID.get(identity.rule)?.defaultSeverity) === 'error';
  const hard = identities.filter(isHard);
  const findingOf = new Map(findings.filter((d) => d.identity).map((d) => [d.identity!, d]));
  const diagnosed = diagnose({ identities: hard, findingOf: (identity) => findingOf.get(identity) });
  const replaced = new Set(hard.filter((identity) => identity.status === 'fails'));
  const out: Diagnostic[] = [];
  let inserted = false;
  for (const d of findings) {
    if (!d.identity || !replaced.has(d.identity)) out.push(d);
    else if (!inserted) {
      out.push(...diagnosed);
      inserted = true;
    }
  }
  if (!inserted) out.push(...diagnosed);
  return out;
}

/**
 * Without its identity (internal), with every fix marked (a fix no diagnosis backs is a suggestion),
 * and with its fields in one order, so that every finding of the JSON report reads alike.
 */
function finalise(d: Diagnostic): Diagnostic {
  const out: Diagnostic = { rule: d.rule, severity: d.severity, message: d.message };
  if (d.sheet !== undefined) out.sheet = d.sheet;
  if (d.cell !== undefined) out.cell = d.cell;
  if (d.related !== undefined) out.related = d.related;
  if (d.expected !== undefined) out.expected = d.expected;
  if (d.actual !== undefined) out.actual = d.actual;
  if (d.table !== undefined) out.table = d.table;
  if (d.group !== undefined) out.group = d.group;
  if (d.explains !== undefined) out.explains = d.explains;
  if (d.fix !== undefined) out.fix = { kind: d.fix.kind ?? 'suggestion', description: d.fix.description, edits: d.fix.edits };
  return out;
}
