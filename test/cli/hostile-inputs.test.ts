/**
 * Inputs a careless or hostile user may give the CLI: each ends within seconds with exit 2 and a
 * Chinese message naming the input, never a hang, a crash or a machine out of memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { openSync, closeSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { expandInputs } from '../../src/cli/batch/inputs';
import { workerHeapMb } from '../../src/cli/batch/pool';
import { readInput } from '../../src/cli/batch/read-input';
import { generateBudgetGrid } from '../../scripts/generators/budget-workbook';
import { gridToXlsx } from '../../scripts/generators/grid-to-xlsx';
import { formattedEmptyCells } from '../robustness/support/zip';

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const start = Date.now();
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr, ms: Date.now() - start };
}

const files = (entries: Awaited<ReturnType<typeof expandInputs>>) => entries.map((e) => ('error' in e ? `!${e.file}` : e.file));

describe('hostile CLI inputs', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'hostile-'));
    execFileSync('mkfifo', [path.join(dir, 'p.xlsx')]);
    await writeFile(path.join(dir, 'ok.xlsx'), await gridToXlsx(generateBudgetGrid({ seed: 3 })));
    await writeFile(path.join(dir, 'big.xlsx'), '');
    await truncate(path.join(dir, 'big.xlsx'), 101 * 1024 * 1024);
    await writeFile(path.join(dir, 'large-sheet.xlsx'), formattedEmptyCells(1000));
  }, 60000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([
    ['p.xlsx', '命名管道（FIFO）'],
    ['/dev/zero', '设备文件'],
    ['big.xlsx', '文件过大（101 MB），超过 100 MB 的上限'],
  ])('%s → exit 2 with a message within seconds', async (input, message) => {
    const { code, stdout, stderr, ms } = await run([input], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`budget-check: ${input}：`);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
    expect(ms).toBeLessThan(5000);
  });

  it('reads a file that grows past the limit no further than the limit', async () => {
    const fd = openSync(path.join(dir, 'grows.xlsx'), 'w');
    writeSync(fd, Buffer.alloc(4096, 1));
    closeSync(fd);
    expect(await readInput(path.join(dir, 'grows.xlsx'), 1000)).toEqual({ error: '文件过大，超过 0 MB 的上限，未读取。' });
    expect((await readInput('/dev/zero')).error).toContain('设备文件');
  });

  it('checks a single file in a worker process: a file too large for its memory ends as a message', async () => {
    process.env.BUDGET_CHECK_WORKER_HEAP_MB = '64';
    try {
      const { code, stderr, stdout } = await run(['large-sheet.xlsx', '--format', 'json'], dir);
      expect(code).toBe(2);
      expect(stderr).toContain('budget-check: large-sheet.xlsx：检查进程意外终止（内存不足');
      expect(JSON.parse(stdout)).toEqual([{ file: 'large-sheet.xlsx', error: expect.stringContaining('内存不足') }]);
    } finally {
      delete process.env.BUDGET_CHECK_WORKER_HEAP_MB;
    }
  }, 60000);

  it('gives each worker a share of the free memory, within bounds', () => {
    const gb = 1024 ** 3;
    expect(workerHeapMb(8 * gb, 2)).toBe(3072);
    expect(workerHeapMb(64 * gb, 2)).toBe(4096);
    expect(workerHeapMb(1 * gb, 8)).toBe(256);
  });
});

describe('walking folders and patterns', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'walk-'));
    await mkdir(path.join(dir, 'in', 'crowd'), { recursive: true });
    await mkdir(path.join(dir, 'elsewhere'));
    await writeFile(path.join(dir, 'in', 'a.xlsx'), 'x');
    await writeFile(path.join(dir, 'elsewhere', 'linked.xlsx'), 'x');
    await symlink(path.join(dir, 'elsewhere', 'linked.xlsx'), path.join(dir, 'in', 'b-link.xlsx'));
    await symlink(path.join(dir, 'in'), path.join(dir, 'in', 'loop'));
    execFileSync('mkfifo', [path.join(dir, 'in', 'pipe.xlsx')]);
    // A crowded subfolder the pattern "in/*.xlsx" cannot match into.
    for (let i = 0; i < 130_000; i++) closeSync(openSync(path.join(dir, 'in', 'crowd', `${i}.xlsx`), 'w'));
  }, 120000);

  afterAll(() => rm(dir, { recursive: true, force: true }), 60000);

  it('matches "in/*.xlsx" without walking a subfolder of 130 000 files', async () => {
    const start = Date.now();
    const entries = await expandInputs(['in/*.xlsx'], dir);
    expect(files(entries)).toEqual(['in/a.xlsx', 'in/b-link.xlsx', '!in/pipe.xlsx']);
    expect(entries[2]).toEqual({ file: 'in/pipe.xlsx', error: '这是一个命名管道（FIFO），不是普通文件，未读取。' });
    expect(Date.now() - start).toBeLessThan(3000);
  });

  it('walks a folder of 130 000 files and a link loop without overflowing or repeating', async () => {
    const entries = await expandInputs(['in', 'in/**/a.xlsx'], dir);
    expect(entries.filter((entry) => entry.file.endsWith('a.xlsx'))).toHaveLength(1);
    expect(files(entries.slice(0, 4))).toEqual(['in/a.xlsx', 'in/b-link.xlsx', '!in/pipe.xlsx', 'in/crowd/0.xlsx']);
    expect(entries).toHaveLength(130_003);
  }, 120000);
});
