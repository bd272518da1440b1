/**
 * budget-check [options] <file|folder|glob>...: files are checked in worker processes (one per core;
 * a single file too, so that a file too large for memory ends as a message, not a crash). Exit status (DESIGN §3): 2 when the command line is wrong or any
 * input could not be read — the readable files are still checked and reported in full, the
 * unreadable ones named on stderr and, in JSON, as entries with an `error` field; otherwise 1 when
 * any file has an error-level finding, else 0.
 */
import { availableParallelism } from 'node:os';
import { formatReportText } from '../../core/report-text';
import { loadBundledCatalogs } from '../../data';
import { formatOption, parseArgs } from '../args';
import type { CheckRequest, FileOutcome } from '../batch/check-file';
import { expandInputs, isProblem, type InputFile } from '../batch/inputs';
import { checkInWorkers } from '../batch/pool';
import { formatSummaryTable } from '../batch/summary';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { valued: ['format', 'catalog', 'profile'], flags: [] });
  const format = formatOption(args);
  if (args.positionals.length === 0) throw new UsageError('请指定至少一个 .xlsx 文件、文件夹或通配模式。运行 budget-check --help 查看用法。');
  const entries = await expandInputs(args.positionals, io.cwd);
  const requests: CheckRequest[] = entries
    .filter((entry): entry is InputFile => !isProblem(entry))
    .map((input) => ({ ...input, catalogs: args.repeated.get('catalog'), profile: args.options.get('profile') }));
  const checked = requests.length ? await checkInWorkers(requests, { workers: availableParallelism(), maxHeapMb: heapOverride() }) : [];
  let next = 0;
  const outcomes: FileOutcome[] = entries.map((entry) => (isProblem(entry) ? entry : checked[next++]));
  for (const outcome of outcomes) if (outcome.error !== undefined) io.stderr(`budget-check: ${outcome.file}：${outcome.error}\n`);
  io.stdout(format === 'json' ? `${JSON.stringify(outcomes.map(toJson), null, 2)}\n` : await formatText(outcomes));
  return exitStatus(outcomes);
}

/** BUDGET_CHECK_WORKER_HEAP_MB overrides the heap each worker gets (by default a share of free memory). */
function heapOverride(): number | undefined {
  const value = Number(process.env.BUDGET_CHECK_WORKER_HEAP_MB);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

export function exitStatus(outcomes: FileOutcome[]): number {
  if (outcomes.some((outcome) => outcome.error !== undefined)) return EXIT_USAGE;
  return outcomes.some((outcome) => (outcome.report?.summary.error ?? 0) > 0) ? EXIT_FINDINGS : EXIT_OK;
}

function toJson(outcome: FileOutcome) {
  return outcome.report ?? { file: outcome.file, error: outcome.error };
}

async function formatText(outcomes: FileOutcome[]): Promise<string> {
  const names = new Map((await loadBundledCatalogs()).map((catalog) => [catalog.id, catalog.shortTitle ?? catalog.title]));
  const reports = outcomes.flatMap((outcome) => (outcome.report ? [formatReportText(outcome.report, { catalogName: (id) => names.get(id) })] : []));
  return [...reports, ...(outcomes.length > 1 ? [formatSummaryTable(outcomes)] : [])].join('\n');
}
