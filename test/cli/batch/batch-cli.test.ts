import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../../src/cli/main';
import { writeWorkbooks } from '../../../scripts/generators/write-workbooks';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], cwd: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr };
}

describe('budget-check batch mode', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'batch-cli-'));
    await writeWorkbooks(path.join(dir, 'in'), 2);
    await writeWorkbooks(path.join(dir, 'in', 'sub'), 1);
    await writeFile(path.join(dir, 'in', '~$synthetic-001.xlsx'), 'lock');
    await writeFile(path.join(dir, 'in', 'notes.txt'), 'not a workbook');
    await mkdir(path.join(dir, 'bad'));
    await writeFile(path.join(dir, 'bad', 'broken.xlsx'), '');
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('checks every .xlsx under a folder, recursively, on workers, in a stable order', async () => {
    const { code, stdout, stderr } = await run(['--format', 'json', 'in'], dir);
    const reports = JSON.parse(stdout) as Array<{ file: string; sheets: string[] }>;
    expect(reports.map((r) => r.file)).toEqual([
      path.join('in', 'sub', 'synthetic-001.xlsx'),
      path.join('in', 'synthetic-001.xlsx'),
      path.join('in', 'synthetic-002.xlsx'),
    ]);
    expect(reports.every((r) => r.sheets.length === 13)).toBe(true);
    expect(stderr).toBe('');
    expect(code).toBeLessThan(2);
  });

  it('gives the same report from a worker as from a single-file run', async () => {
    const batch = JSON.parse((await run(['--format', 'json', 'in/*.xlsx'], dir)).stdout);
    const single = JSON.parse((await run(['--format', 'json', 'in/synthetic-002.xlsx'], dir)).stdout);
    expect(batch).toHaveLength(2);
    expect(batch[1]).toEqual(single[0]);
  });

  it('expands globs: * stays in one folder, ** descends', async () => {
    const flat = JSON.parse((await run(['--format', 'json', 'in/*.xlsx'], dir)).stdout);
    const deep = JSON.parse((await run(['--format', 'json', 'in/**/*.xlsx'], dir)).stdout);
    expect(flat.map((r: { file: string }) => path.basename(r.file))).toEqual(['synthetic-001.xlsx', 'synthetic-002.xlsx']);
    expect(deep).toHaveLength(3);
  });

  it('reports a bad file, keeps checking the others and exits 2 (text: reports + summary table)', async () => {
    const { code, stdout, stderr } = await run(['in/synthetic-001.xlsx', 'bad/broken.xlsx', 'missing.xlsx', 'in/synthetic-002.xlsx'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`${path.join('bad', 'broken.xlsx')}：文件为空`);
    expect(stderr).toContain('missing.xlsx：文件不存在');
    expect(stdout.match(/^== in\/synthetic-00[12]\.xlsx( · .*)? ==$/gm)).toHaveLength(2);
    const summary = stdout.slice(stdout.indexOf('== 汇总 =='));
    expect(summary).toMatch(/bad\/broken\.xlsx\s+\|\s+—\s+\|\s+—\s+\|\s+—\s+\|\s+无法读取/);
    expect(summary).toContain('共 4 个文件');
  });

  it('writes an entry with an error field for an unreadable file in JSON, in input order', async () => {
    const { code, stdout } = await run(['--format', 'json', 'bad', 'in/synthetic-001.xlsx', 'nothing/*.xlsx'], dir);
    const entries = JSON.parse(stdout);
    expect(code).toBe(2);
    expect(entries[0]).toEqual({ file: path.join('bad', 'broken.xlsx'), error: expect.stringContaining('文件为空') });
    expect(entries[1].file).toBe(path.join('in', 'synthetic-001.xlsx'));
    expect(entries[2]).toEqual({ file: 'nothing/*.xlsx', error: '没有与此模式匹配的 .xlsx 文件。' });
  });

  it('is a usage error without inputs', async () => {
    const { code, stderr } = await run(['--format', 'json'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('请指定至少一个');
  });
});
