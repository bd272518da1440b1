import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { displayWidth } from '../../src/cli/batch/summary';
import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { createProgress, progressLine } from '../../src/cli/progress';

const FIXTURE = path.join(__dirname, '../fixtures/泽州县财政局-2026-部门预算公开-A.xlsx');

function io(stderrIsTTY: boolean, cwd = process.cwd()): CliIO & { out: string; err: string } {
  const captured = {
    out: '',
    err: '',
    cwd,
    stderrIsTTY,
    columns: 100,
    stdout: (text: string) => void (captured.out += text),
    stderr: (text: string) => void (captured.err += text),
  };
  return captured;
}

describe('progress on stderr', () => {
  it('says how many files are done and which one is being checked', () => {
    expect(progressLine(3, 50, '收文/泽州.xlsx', 80)).toBe('已检查 3/50，当前文件：收文/泽州.xlsx');
    expect(progressLine(50, 50, undefined, 80)).toBe('已检查 50/50');
  });

  it('fits the terminal by giving up the start of a long file name', () => {
    const line = progressLine(3, 50, `收文/${'很长的文件夹名/'.repeat(10)}泽州县财政局.xlsx`, 60);
    expect(displayWidth(line)).toBeLessThanOrEqual(59);
    expect(line.startsWith('已检查 3/50，当前文件：…')).toBe(true);
    expect(line.endsWith('泽州县财政局.xlsx')).toBe(true);
  });

  it('is silent when stderr is not a terminal or there is one file', () => {
    expect(createProgress(io(false), 5)).toBeUndefined();
    expect(createProgress(io(true), 1)).toBeUndefined();
  });

  it('redraws one line and clears it at the end', () => {
    const terminal = io(true);
    const progress = createProgress(terminal, 2)!;
    progress.start('a.xlsx');
    progress.start('b.xlsx');
    progress.done('b.xlsx');
    progress.done('a.xlsx');
    progress.finish();
    expect(terminal.err.split('\r').slice(1)).toEqual([
      '已检查 0/2，当前文件：a.xlsx\x1b[K',
      '已检查 0/2，当前文件：b.xlsx\x1b[K',
      '已检查 1/2，当前文件：a.xlsx\x1b[K',
      '已检查 2/2\x1b[K',
      '\x1b[K',
    ]);
  });

  describe('during a batch', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(path.join(tmpdir(), 'progress-'));
      await copyFile(FIXTURE, path.join(dir, 'a.xlsx'));
      await copyFile(FIXTURE, path.join(dir, 'b.xlsx'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('goes to a terminal stderr only, never into stdout', async () => {
      const terminal = io(true, dir);
      await main(['--format', 'json', 'a.xlsx', 'b.xlsx'], terminal);
      // eslint-disable-next-line no-control-regex -- the progress line ends in the terminal's erase-line sequence (ESC [K).
      expect(terminal.err).toMatch(/^\r已检查 0\/2，当前文件：[ab]\.xlsx\x1b\[K/);
      expect(terminal.err).toContain('\r已检查 2/2\x1b[K\r\x1b[K');
      expect(terminal.out).not.toContain('已检查');
      expect(JSON.parse(terminal.out)).toHaveLength(2);
      const redirected = io(false, dir);
      await main(['--format', 'json', 'a.xlsx', 'b.xlsx'], redirected);
      expect(redirected.err).toBe('');
    });
  });
});
