/** The check command's options, validated before any file is read. */
import { formatOption, parseArgs } from '../args';
import { UsageError } from '../io';

export type ReportFormat = 'text' | 'json' | 'html';

export interface CheckArgs {
  inputs: string[];
  format: ReportFormat;
  catalogs?: string[];
  profile?: string;
  /** --fix writes fixed workbooks; --fix-dry-run only says what it would write. */
  fix?: 'write' | 'dry-run';
  /** -o: with a fix, the folder for fixed workbooks; with --format html, the page. */
  output?: string;
  /** --summary: the reviewer's workbook. */
  summary?: string;
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const args = parseArgs(argv, { valued: ['format', 'catalog', 'profile', 'output', 'summary'], flags: ['fix', 'fix-dry-run'], short: { o: 'output' } });
  const format = formatOption<ReportFormat>(args, ['text', 'json', 'html']);
  if (args.positionals.length === 0) throw new UsageError('请指定至少一个 .xlsx 或 .pdf 文件、文件夹或通配模式。运行 budget-check --help 查看用法。');
  if (args.flags.has('fix') && args.flags.has('fix-dry-run')) throw new UsageError('--fix 与 --fix-dry-run 只能选一个。');
  const fix = args.flags.has('fix') ? 'write' : args.flags.has('fix-dry-run') ? 'dry-run' : undefined;
  const output = args.options.get('output');
  if (output !== undefined && !fix && format !== 'html') throw new UsageError('-o 用于 --fix（修复后文件的文件夹）或 --format html（报告页面文件）。');
  const summary = args.options.get('summary');
  if (summary !== undefined && !/\.xlsx$/i.test(summary)) throw new UsageError(`--summary 的文件名须以 .xlsx 结尾，收到“${summary}”。`);
  return {
    inputs: args.positionals,
    format,
    catalogs: args.repeated.get('catalog'),
    profile: args.options.get('profile'),
    ...(fix ? { fix } : {}),
    ...(output !== undefined ? { output } : {}),
    ...(summary !== undefined ? { summary } : {}),
  };
}

/** The report files this run writes (not the fixed workbooks): --summary, and -o of --format html. */
export function reportFiles(args: CheckArgs): string[] {
  return [...(args.summary ? [args.summary] : []), ...(args.format === 'html' && !args.fix && args.output ? [args.output] : [])];
}
