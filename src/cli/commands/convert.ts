/**
 * budget-check convert <file.pdf> [-o file.xlsx] [--force]: a published PDF → a workbook, one table a
 * sheet named after its title (title row, 编制部门 / 单位 row, merged header rows, amounts as numbers
 * in the published unit and format) and the narrative on 说明, one paragraph a row. The workbook is
 * written to a temporary file first and moved into place, so a failure leaves nothing half-written;
 * an existing file is replaced only with --force.
 */
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { readWorkbook } from '../../core/tables';
import { convertedWorkbook } from '../../host/file/grid-writer';
import { MESSAGES, UnreadablePdfError } from '../../host/pdf/errors';
import { nodePdfSource } from '../../host/pdf/node-source';
import { hasSignature, readPdf } from '../../host/pdf/pdf-reader';
import { NARRATIVE_SHEET } from '../../host/pdf/to-grid';
import { parseArgs } from '../args';
import { readInput } from '../batch/read-input';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from '../io';

export async function runConvert(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv, { valued: ['output'], flags: ['force'], short: { o: 'output' } });
  if (args.positionals.length !== 1) throw new UsageError('convert 需要且只需要一个 PDF 文件。运行 budget-check convert --help 查看用法。');
  const input = path.resolve(io.cwd, args.positionals[0]);
  const output = path.resolve(io.cwd, args.options.get('output') ?? input.replace(/(\.pdf)?$/i, '.xlsx'));
  if (!/\.xlsx$/i.test(output)) throw new UsageError(`输出文件必须以 .xlsx 结尾：${output}`);
  if (output === input) throw new UsageError('输出文件不能与输入文件相同。');
  if (!args.flags.has('force') && (await exists(output))) throw new UsageError(`输出文件已存在：${output}。如需覆盖，请加 --force。`);
  const shown = args.positionals[0];
  // The checks every CLI input gets: a regular file, under the size cap (a PDF has no zip cap).
  const { bytes, error } = await readInput(input);
  if (!bytes) return fail(io, shown, error);
  if (!hasSignature(bytes)) return fail(io, shown, MESSAGES.notPdf);
  let reading;
  try {
    reading = await readPdf(nodePdfSource(), bytes, { name: path.basename(input) });
  } catch (error) {
    if (error instanceof UnreadablePdfError) return fail(io, shown, error.message);
    throw error;
  }
  const tables = readWorkbook(reading.grid).tables;
  if (tables.length === 0) return fail(io, shown, MESSAGES.notDisclosure);
  const temporary = `${output}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, (await convertedWorkbook(reading.grid)).bytes);
    await rename(temporary, output);
  } catch (error) {
    await rm(temporary, { force: true });
    return fail(io, shown, `无法写入 ${output}：${error instanceof Error ? error.message : String(error)}`);
  }
  const sheets = reading.grid.sheets.filter((sheet) => sheet.name !== NARRATIVE_SHEET);
  // A sheet may be read as two tables (the 三公 and 机关运行经费 table): sheets are counted.
  const recognised = new Set(tables.map((table) => table.sheet)).size;
  const narrative = reading.grid.sheets.find((sheet) => sheet.name === NARRATIVE_SHEET);
  io.stdout(
    [
      `已转换：${shown}（${reading.pageCount} 页）→ ${path.relative(io.cwd, output) || output}`,
      `  表格 ${sheets.length} 张（其中预算公开表 ${recognised} 张）：${sheets.map((sheet) => sheet.name).join('、')}`,
      `  说明 ${narrative?.rows.length ?? 0} 段`,
      ...(reading.textlessPages.length ? [`  注意：第${reading.textlessPages.join('、')}页没有文字层（可能是扫描图片），未转换。`] : []),
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}

function fail(io: CliIO, file: string, message: string): number {
  io.stderr(`budget-check: ${file}：${message}\n`);
  return EXIT_USAGE;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
