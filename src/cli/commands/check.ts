/**
 * budget-check [options] <file|folder|glob>...: one file is checked in this thread, several on
 * worker processes (one per core). Exit status (DESIGN §3): 2 when the command line is wrong or any
 * input could not be read — the readable files are still checked and reported in full, the
 * unreadable ones named on stderr and, in JSON, as entries with an `error` field; otherwise 1 when
 * any file has an error-level finding, else 0.
 */
import { availableParallelism } from 'node:os';
import { formatReportText } from '../../core/report-text';
import { loadBundledCatalogs } from '../../data';
import { formatOption, parseArgs } from '../args';
import { checkFile, type CheckRequest, type FileOutcome } from '../batch/check-file';
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
  const checked = requests.length > 1 ? await checkInWorkers(requests, { workers: availableParallelism() }) : await Promise.all(requests.map(checkFile));
  let next = 0;
  const outcomes: FileOutcome[] = entries.map((entry) => (isProblem(entry) ? entry : checked[next++]));
  for (const outcome of outcomes) if (outcome.error !== undefined) io.stderr(`budget-check: ${outcome.file}：${outcome.error}\n`);
  io.stdout(format === 'json' ? `${JSON.stringify(outcomes.map(toJson), null, 2)}\n` : await formatText(outcomes));
  return exitStatus(outcomes);
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
