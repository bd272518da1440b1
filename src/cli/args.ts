import { UsageError } from './io';

export interface ParsedArgs {
  positionals: string[];
  /** Last value of each single-valued option. */
  options: Map<string, string>;
  /** Every value of repeatable options, in order. */
  repeated: Map<string, string[]>;
  flags: Set<string>;
}

export interface ArgSpec {
  /** Options that take a value, e.g. "format", "catalog". */
  valued: string[];
  /** Options without a value, e.g. "help". */
  flags: string[];
  /** Single-letter spellings of valued options, e.g. { o: 'output' } for "-o x.xlsx". */
  short?: Record<string, string>;
}

/** Parses "--name value", "--name=value" and flags; anything unknown is a UsageError. */
export function parseArgs(argv: string[], spec: ArgSpec): ParsedArgs {
  const parsed: ParsedArgs = { positionals: [], options: new Map(), repeated: new Map(), flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      parsed.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      parsed.flags.add('help');
      continue;
    }
    const short = /^-([a-z])$/.exec(arg)?.[1];
    if (!arg.startsWith('--') && !(short && spec.short?.[short])) {
      parsed.positionals.push(arg);
      continue;
    }
    const [name, inline] = short ? [spec.short?.[short] as string] : arg.slice(2).split(/=(.*)/s, 2);
    if (spec.flags.includes(name)) {
      parsed.flags.add(name);
      continue;
    }
    if (!spec.valued.includes(name)) throw new UsageError(`未知选项 --${name}。运行 budget-check --help 查看用法。`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`选项 --${name} 需要一个值。`);
    }
    parsed.options.set(name, value);
    parsed.repeated.set(name, [...(parsed.repeated.get(name) ?? []), value]);
  }
  return parsed;
}

export function formatOption<F extends string = 'text' | 'json'>(parsed: ParsedArgs, allowed: readonly F[] = ['text', 'json'] as unknown as F[]): F {
  const format = parsed.options.get('format') ?? 'text';
  if (!allowed.includes(format as F)) throw new UsageError(`--format 只能是 ${allowed.slice(0, -1).join('、')} 或 ${allowed[allowed.length - 1]}，收到“${format}”。`);
  return format as F;
}
