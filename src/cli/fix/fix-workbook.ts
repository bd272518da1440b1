/**
 * --fix / --fix-dry-run for one workbook, in the worker that checked it: the planned fixes
 * (core/fix-plan) are patched into the original package (only their cells change), the result is
 * checked again, and it is written as <name>.fixed.xlsx only when the re-check confirms every applied
 * fix: the findings it addressed are gone and no new error appeared. The input is never written.
 */
import type { Grid } from '../../core/grid';
import { editsOf, gridCellLookup, planFixes, type PlannedEdit, type PlannedFix } from '../../core/fix-plan';
import type { Report } from '../../core/report';
import { excerpt } from '../../core/report-bounds';
import { changedParts } from '../../core/text/changed-parts';
import type { Severity } from '../../core/findings';
import type { Diagnostic } from '../../core/rules/types';
import { patchPackage, PatchRefusedError } from '../../host/file/patch/patch-xlsx';
import { readPackage, writePackage, type XlsxPackage } from '../../host/file/xlsx-package';
import { writeFileAtomic } from '../write-file';

/** Where a fixed workbook goes; plain data, sent to the worker with the file. */
export interface FixTarget {
  /** Absolute path of <name>.fixed.xlsx. */
  path: string;
  /** As shown in reports. */
  shown: string;
  /** False for --fix-dry-run: everything but the write. */
  write: boolean;
}

export interface ChangedCell {
  sheet: string;
  cell: string;
  before: string;
  after: string;
}

export interface FindingRef {
  rule: string;
  sheet?: string;
  cell?: string;
  message: string;
}

export interface AppliedFix extends FindingRef {
  edits: ChangedCell[];
}

export interface NotAppliedFix extends FindingRef {
  reason: string;
}

/** What --fix did to one file (the `fixed` field of its JSON report). */
export interface FixOutcome {
  /** The fixed workbook as shown, when it was written. */
  output?: string;
  dryRun?: true;
  /** Fixes applied (in a dry run or a refused write: that would have been applied). */
  applied: AppliedFix[];
  notApplied: NotAppliedFix[];
  /** The re-check of the fixed workbook. */
  remaining?: Record<Severity, number>;
  /** Findings the re-check still (or newly) reports against the applied fixes: nothing is written then. */
  unresolved?: FindingRef[];
  /** Why no file was written although fixes were planned. */
  error?: string;
}

export type Recheck = (bytes: Uint8Array) => Promise<Report>;

export async function fixWorkbook(original: Uint8Array, grid: Grid, report: Report, target: FixTarget, recheck: Recheck): Promise<FixOutcome> {
  const plan = planFixes(report.diagnostics, gridCellLookup(grid));
  const notApplied: NotAppliedFix[] = plan.skipped.map(({ finding, reason }) => ({ ...findingRef(finding), reason }));
  const dryRun = target.write ? {} : { dryRun: true as const };
  if (plan.fixes.length === 0) return { ...dryRun, applied: [], notApplied };
  const patched = patchFixes(readPackage(original), plan.fixes);
  for (const { fix, reason } of patched.refused) notApplied.push({ ...findingRef(fix.finding), reason });
  const applied = patched.applied.map((fix) => ({ ...findingRef(fix.finding), edits: fix.edits.map(changedCell) }));
  if (applied.length === 0) return { ...dryRun, applied, notApplied };
  const bytes = writePackage(patched.pkg);
  const after = await recheck(bytes);
  const outcome: FixOutcome = { ...dryRun, applied, notApplied, remaining: after.summary };
  const unresolved = unresolvedFindings(report, patched.applied, after).map(findingRef);
  if (unresolved.length) return { ...outcome, unresolved, error: `复查未通过：修复后仍有 ${unresolved.length} 条与所做修复相关的问题，为免改错，未写入文件。` };
  if (!target.write) return outcome;
  try {
    await writeFileAtomic(target.path, bytes);
  } catch (error) {
    return { ...outcome, error: `无法写入 ${target.shown}：${error instanceof Error ? error.message : String(error)}` };
  }
  return { ...outcome, output: target.shown };
}

/**
 * All fixes in one batch; when the patcher refuses the batch (an array formula, a cell beyond the
 * sheet), fix by fix so that one refused fix does not cost the others.
 */
function patchFixes(pkg: XlsxPackage, fixes: PlannedFix[]): { pkg: XlsxPackage; applied: PlannedFix[]; refused: Array<{ fix: PlannedFix; reason: string }> } {
  try {
    return { pkg: patchPackage(pkg, editsOf(fixes)).package, applied: fixes, refused: [] };
  } catch (error) {
    if (!(error instanceof PatchRefusedError)) throw error;
  }
  let current = pkg;
  const applied: PlannedFix[] = [];
  const refused: Array<{ fix: PlannedFix; reason: string }> = [];
  for (const fix of fixes) {
    try {
      current = patchPackage(current, editsOf([fix])).package;
      applied.push(fix);
    } catch (error) {
      if (!(error instanceof PatchRefusedError)) throw error;
      refused.push({ fix, reason: error.message });
    }
  }
  return { pkg: current, applied, refused };
}

const key = (finding: { rule: string; sheet?: string; cell?: string }) => `${finding.rule}|${finding.sheet ?? ''}|${finding.cell ?? ''}`;
const serious = (finding: Diagnostic) => finding.severity !== 'info';

/**
 * What the re-check says against the applied fixes: a finding a fix addressed (its own, or a failing
 * identity it explains) that is still there, or an error at a place that had none. Findings are
 * matched by rule and cell, counted: a cell may carry several findings of one rule, of which the
 * fixes addressed only some.
 */
export function unresolvedFindings(before: Report, fixes: PlannedFix[], after: Report): Diagnostic[] {
  const original = new Map<string, number>();
  for (const finding of before.diagnostics.filter(serious)) original.set(key(finding), (original.get(key(finding)) ?? 0) + 1);
  const addressed = new Map<string, number>();
  for (const { finding } of fixes) {
    for (const k of new Set([key(finding), ...(finding.explains ?? []).map(key)])) addressed.set(k, (addressed.get(k) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  return after.diagnostics.filter(serious).filter((finding) => {
    const k = key(finding);
    const count = (seen.get(k) ?? 0) + 1;
    seen.set(k, count);
    if (addressed.has(k)) return count > Math.max(0, (original.get(k) ?? 0) - addressed.get(k)!);
    return finding.severity === 'error' && !original.has(k);
  });
}

function findingRef(finding: Diagnostic): FindingRef {
  return { rule: finding.rule, ...(finding.sheet ? { sheet: finding.sheet } : {}), ...(finding.cell ? { cell: finding.cell } : {}), message: finding.message };
}

/** Before and after of one cell; long texts (a 情况说明 paragraph) around the part that changes. */
function changedCell(edit: PlannedEdit): ChangedCell {
  const after = edit.formula !== undefined ? `=${edit.formula.replace(/^=/, '')}` : edit.value === null || edit.value === undefined ? '' : String(edit.value);
  const parts = changedParts(edit.before, after);
  return { sheet: edit.sheet, cell: edit.cell, before: excerpt(parts.before), after: excerpt(parts.after) };
}
