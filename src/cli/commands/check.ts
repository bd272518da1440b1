/**
 * budget-check [options] <file|folder|glob>...: files are checked in worker processes (one per core;
 * a single file too, so that a file too large for memory ends as a message, not a crash). Exit status (DESIGN §3): 2 when the command line is wrong or any
 * input could not be read — the readable files are still checked and reported in full, the
 * unreadable ones named on stderr and, in JSON, as entries with an `error` field; otherwise 1 when
 * any file has an error-level finding (after --fix: any written file still has one), else 0.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { CheckRequest, FileOutcome } from '../batch/check-file';
import { expandInputs, isProblem, type InputFile } from '../batch/inputs';
import { checkInWorkers } from '../batch/pool';
import { fixTargets, isRefusal, samePathKey, type TargetOrRefusal } from '../fix/targets';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';
import { createProgress } from '../progress';
import { writeReports } from '../report/write-reports';
import { parseCheckArgs, reportFiles, type CheckArgs } from './check-args';

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const args = parseCheckArgs(argv);
  const entries = await expandInputs(args.inputs, io.cwd);
  const files = entries.filter((entry): entry is InputFile => !isProblem(entry));
  refuseReportsOverInputs(args, files, io.cwd);
  const targets: Array<TargetOrRefusal | undefined> = args.fix ? fixTargets(files, { folder: args.output, write: args.fix === 'write', cwd: io.cwd }) : [];
  const requests: CheckRequest[] = files.map((input, i) => {
    const target = targets[i];
    return { ...input, catalogs: args.catalogs, profile: args.profile, ...(target && !isRefusal(target) ? { fix: target } : {}) };
  });
  const checked = await checkAll(requests, io);
  checked.forEach((outcome, i) => {
    const target = targets[i];
    if (target && isRefusal(target) && outcome.report) outcome.fixed = { applied: [], notApplied: [], error: target.error };
  });
  let next = 0;
  const outcomes: FileOutcome[] = entries.map((entry) => (isProblem(entry) ? entry : checked[next++]));
  for (const outcome of outcomes) if (outcome.error !== undefined) io.stderr(`budget-check: ${outcome.file}：${outcome.error}\n`);
  const written = await writeReports(outcomes, args, io);
  return written ? exitStatus(outcomes) : EXIT_USAGE;
}

async function checkAll(requests: CheckRequest[], io: CliIO): Promise<FileOutcome[]> {
  if (requests.length === 0) return [];
  const progress = createProgress(io, requests.length);
  try {
    return await checkInWorkers(requests, {
      workers: availableParallelism(),
      maxHeapMb: heapOverride(),
      onStart: (index) => progress?.start(requests[index].file),
      onDone: (index) => progress?.done(requests[index].file),
    });
  } finally {
    progress?.finish();
  }
}

/** A report written over a workbook being checked would destroy it: refused before anything runs. */
function refuseReportsOverInputs(args: CheckArgs, files: InputFile[], cwd: string): void {
  const inputs = new Set(files.map((file) => samePathKey(file.path)));
  const reports = reportFiles(args).map((file) => samePathKey(path.resolve(cwd, file)));
  for (const [i, report] of reports.entries()) {
    if (inputs.has(report)) throw new UsageError(`报告文件 ${reportFiles(args)[i]} 是本次检查的输入之一，不会覆盖输入文件。`);
    if (reports.indexOf(report) !== i) throw new UsageError('--summary 与 -o 不能是同一个文件。');
  }
}

/** BUDGET_CHECK_WORKER_HEAP_MB overrides the heap each worker gets (by default a share of free memory). */
function heapOverride(): number | undefined {
  const value = Number(process.env.BUDGET_CHECK_WORKER_HEAP_MB);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/** Errors that remain: after --fix, those of the written workbook. */
function errorsLeft(outcome: FileOutcome): number {
  if (outcome.fixed?.output && outcome.fixed.remaining) return outcome.fixed.remaining.error;
  return outcome.report?.summary.error ?? 0;
}

export function exitStatus(outcomes: FileOutcome[]): number {
  if (outcomes.some((outcome) => outcome.error !== undefined)) return EXIT_USAGE;
  return outcomes.some((outcome) => errorsLeft(outcome) > 0) ? EXIT_FINDINGS : EXIT_OK;
}
