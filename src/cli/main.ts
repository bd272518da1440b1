import { runCheck } from './commands/check';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from './io';

export const HELP = `用法：budget-check [选项] <文件.xlsx | 文件.pdf | 文件夹 | 通配模式>...
      budget-check convert <文件.pdf> [-o <文件.xlsx>] [--force]
      budget-check catalogs [--format json]
      budget-check lookup <查询> [--catalog id] [--format json]

检查部门预算公开工作簿或公开的 PDF：表格识别、表内与表间勾稽、科目编码与名称、政府购买服务目录。
PDF 中的问题同时注明页码（文本报告“第N页”，JSON 的 page 字段）。
批量检查：文件夹会递归查找 .xlsx 和 .pdf（跟随符号链接）；通配模式支持 * ? [ ] 和 **（如 "收文/**/*.pdf"）；
每个文件在独立的子进程中检查，多个文件时并行，文本输出末尾附汇总表，JSON 输出每个文件一项（无法读取的文件带 error 字段）。
只读取普通文件：不超过 100 MB、.xlsx 解压后不超过 400 MB。

convert：把公开的预算 PDF 转换为工作簿，每张表一个工作表（以表名命名，保留表名行、编制部门与单位行、
合并的表头，金额为数值并保留公开时的单位与小数位），情况说明在“说明”工作表中每段一行。
-o 指定输出文件（默认与 PDF 同名的 .xlsx），输出文件已存在时需加 --force 才覆盖。

选项：
  --format text|json|html
                       输出格式（默认 text：按表分组、带单元格地址；html：一个独立的审核报告页面，
                       含汇总表、按单位和按规则的条形图、各文件按表分组的问题）
  -o, --output <路径>  --format html 时为报告页面文件（不指定则写到标准输出）；
                       --fix 时为修复后工作簿的文件夹（保留输入文件的子文件夹结构）
  --fix                应用“修正”类修复（有唯一诊断的算术修正，不含建议），写出 <文件名>.fixed.xlsx
                       （在原文件旁或 -o 文件夹中，从不覆盖输入）；写出前复查，复查未通过则不写；
                       只修复 .xlsx（PDF 没有可修补的单元格）
  --fix-dry-run        同 --fix，但只列出将要修改的单元格（原值 → 新值），不写文件
  --summary <文件.xlsx>
                       另写一个审核汇总工作簿：汇总（每个文件一行，链接到其问题）、问题清单、按规则
  --catalog <id>       适用的政府购买服务目录（可重复）；不指定时使用默认目录
  --profile <id>       模板（决定必备表格）：shanxi、shanghai-department、shanghai-unit、general；
                       默认按表名、工作表名和目录自动识别
  -h, --help           显示本帮助

检查多个文件且标准错误输出是终端时，在标准错误输出上显示进度（已检查 n/N，当前文件…）。

退出码：0 无错误级问题；1 存在错误级问题（--fix 写出修复后的文件时，按复查结果）；
        2 用法错误、有文件无法读取（扫描件、加密、损坏、不是预算公开文件；其余文件照常检查并输出）
        或报告文件无法写入。
`;

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {};

/** Registers a subcommand; subcommand modules are loaded only when used. */
export function registerCommand(name: string, load: () => Promise<Command>): void {
  COMMANDS[name] = load;
}

registerCommand('convert', async () => (await import('./commands/convert')).runConvert);
registerCommand('catalogs', async () => (await import('./commands/catalogs')).runCatalogs);
registerCommand('lookup', async () => (await import('./commands/lookup')).runLookup);

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h')) {
      io.stdout(HELP);
      return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
    }
    const [first, ...rest] = argv;
    const command = COMMANDS[first];
    return command ? await (await command())(rest, io) : await runCheck(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`budget-check: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`budget-check: 内部错误：${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
}
