/**
 * Two extractions of the same document (晋财综〔2023〕43号 in seeds 002 and 004) compared entry by
 * entry. Entries are matched by department, code and occurrence; every mismatch is listed and must
 * be settled by a reviewed decision.
 */
import type { RawEntry } from './tabular';

export type Side = 'primary' | 'secondary';

export interface ExtractionDifference {
  /** Stable key: department|code|occurrence. */
  key: string;
  department: string;
  code: string;
  /** Undefined when the entry is missing from that extraction. */
  primary?: RawEntry;
  secondary?: RawEntry;
}

export interface OverrideDecision {
  key: string;
  /** The two texts the reviewer saw (null: the extraction lacks the entry); a change makes the decision stale. */
  seen: { primary: string | null; secondary: string | null };
  /** Which extraction's text is right, or the corrected name when neither is. */
  choose: Side | 'name';
  name?: string;
  reason: string;
}

export function entryKey(entries: RawEntry[]): Map<string, RawEntry> {
  const keyed = new Map<string, RawEntry>();
  const seen = new Map<string, number>();
  for (const entry of entries) {
    const base = `${entry.department ?? ''}|${entry.code}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    keyed.set(`${base}|${occurrence}`, entry);
  }
  return keyed;
}

export function diffExtractions(primary: RawEntry[], secondary: RawEntry[]): ExtractionDifference[] {
  const left = entryKey(primary);
  const right = entryKey(secondary);
  const differences: ExtractionDifference[] = [];
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    const a = left.get(key);
    const b = right.get(key);
    if (a && b && a.name === b.name && a.level === b.level) continue;
    const [department, code] = key.split('|');
    differences.push({ key, department, code, ...(a ? { primary: a } : {}), ...(b ? { secondary: b } : {}) });
  }
  return differences;
}

export interface Resolution {
  /** The reconciled entries in document order (entries only the secondary has are placed where it has them). */
  entries: Array<RawEntry & { from: Side }>;
  differences: ExtractionDifference[];
  unresolved: ExtractionDifference[];
  /** Decisions that match no difference (the seeds or the parser changed): they must be reviewed again. */
  stale: OverrideDecision[];
}

export function resolveExtractions(primary: RawEntry[], secondary: RawEntry[], decisions: OverrideDecision[]): Resolution {
  const left = entryKey(primary);
  const right = entryKey(secondary);
  const differences = diffExtractions(primary, secondary);
  const byKey = new Map(decisions.map((decision) => [decision.key, decision]));
  const differing = new Map(differences.map((difference) => [difference.key, difference]));
  const entries: Array<RawEntry & { from: Side }> = [];
  for (const key of mergedOrder(left, right)) {
    const difference = differing.get(key);
    const decision = difference && byKey.get(key);
    if (!difference) entries.push({ ...(left.get(key) as RawEntry), from: 'primary' });
    else if (decision && sameAsSeen(difference, decision)) {
      const entry = apply(difference, decision);
      if (entry) entries.push(entry);
    }
  }
  return {
    entries,
    differences,
    unresolved: differences.filter((difference) => !byKey.has(difference.key)),
    stale: decisions.filter((decision) => {
      const difference = differing.get(decision.key);
      return !difference || !sameAsSeen(difference, decision);
    }),
  };
}

function sameAsSeen(difference: ExtractionDifference, decision: OverrideDecision): boolean {
  return (difference.primary?.name ?? null) === decision.seen.primary && (difference.secondary?.name ?? null) === decision.seen.secondary;
}

/** Primary keys in order, each followed by the secondary-only keys that come after it in the secondary. */
function mergedOrder(left: Map<string, RawEntry>, right: Map<string, RawEntry>): string[] {
  const after = new Map<string, string[]>();
  let anchor = '';
  for (const key of right.keys()) {
    if (left.has(key)) anchor = key;
    else after.set(anchor, [...(after.get(anchor) ?? []), key]);
  }
  return [...(after.get('') ?? []), ...[...left.keys()].flatMap((key) => [key, ...(after.get(key) ?? [])])];
}

/** null drops the entry (the chosen extraction does not have it). */
function apply(difference: ExtractionDifference, decision: OverrideDecision): (RawEntry & { from: Side }) | null {
  if (decision.choose === 'name') {
    const from: Side = difference.primary ? 'primary' : 'secondary';
    const base = difference[from] as RawEntry;
    return decision.name ? { ...base, name: decision.name, from } : null;
  }
  const entry = difference[decision.choose];
  return entry ? { ...entry, from: decision.choose } : null;
}
