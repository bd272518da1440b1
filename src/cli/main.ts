import { runCheck } from './commands/check';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIO } from './io';

export const HELP = `用法：budget-check [选项] <文件.xlsx | 文件夹 | 通配模式>...
      budget-check catalogs [--format json]
      budget-check lookup <查询> [--catalog id] [--format json]

检查部门预算公开工作簿：表格识别、表内与表间勾稽、科目编码与名称、政府购买服务目录。
批量检查：文件夹会递归查找 .xlsx（跟随符号链接）；通配模式支持 * ? [ ] 和 **（如 "收文/**/*.xlsx"）；
每个文件在独立的子进程中检查，多个文件时并行，文本输出末尾附汇总表，JSON 输出每个文件一项（无法读取的文件带 error 字段）。
只读取普通文件：不超过 100 MB、解压后不超过 400 MB。

选项：
  --format text|json   输出格式（默认 text：按表分组、带单元格地址）
  --catalog <id>       适用的政府购买服务目录（可重复）；不指定时使用默认目录
  --profile <id>       模板（决定必备表格）：shanxi、shanghai-department、shanghai-unit、general；
                       默认按表名、工作表名和目录自动识别
  -h, --help           显示本帮助

退出码：0 无错误级问题；1 存在错误级问题；2 用法错误或有文件无法读取（其余文件照常检查并输出）。
`;

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, () => Promise<Command>> = {};

/** Registers a subcommand; subcommand modules are loaded only when used. */
export function registerCommand(name: string, load: () => Promise<Command>): void {
  COMMANDS[name] = load;
}

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
