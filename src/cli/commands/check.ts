import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { check } from '../../core/engine';
import { formatReportText } from '../../core/report-text';
import type { Report } from '../../core/report';
import { readXlsx, UnreadableWorkbookError } from '../../host/file/xlsx-reader';
import { formatOption, parseArgs } from '../args';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIO } from '../io';

export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { valued: ['format', 'catalog', 'profile'], flags: [] });
  const format = formatOption(args);
  if (args.positionals.length === 0) throw new UsageError('请指定至少一个 .xlsx 文件。运行 budget-check --help 查看用法。');
  const reports: Report[] = [];
  for (const file of args.positionals) {
    const grid = await readInput(path.resolve(io.cwd, file), file);
    reports.push(check(grid, { file, catalogs: args.repeated.get('catalog'), profile: args.options.get('profile') }));
  }
  io.stdout(format === 'json' ? `${JSON.stringify(reports, null, 2)}\n` : reports.map(formatReportText).join('\n'));
  return reports.some((report) => report.summary.error > 0) ? EXIT_FINDINGS : EXIT_OK;
}

async function readInput(absolute: string, shown: string) {
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个文件夹' : '无法打开';
    throw new UsageError(`${shown}：${reason}。`);
  }
  try {
    return await readXlsx(bytes, path.basename(shown));
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw new UsageError(`${shown}：${error.message}`);
    throw error;
  }
}
