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
    await mkdir(path.join(dir, 'bad'));
    await writeFile(path.join(dir, 'bad', 'broken.xlsx'), '');
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('checks several files in worker processes with the same reports as a single-file run', async () => {
    const batch = await run(['--format', 'json', 'in/*.xlsx'], dir);
    const single = await run(['--format', 'json', 'in/synthetic-002.xlsx'], dir);
    const reports = JSON.parse(batch.stdout);
    expect(batch.stderr).toBe('');
    expect(reports.map((r: { file: string }) => r.file)).toEqual(['in/synthetic-001.xlsx', 'in/synthetic-002.xlsx']);
    expect(reports[0].sheets).toHaveLength(13);
    expect(reports[1]).toEqual(JSON.parse(single.stdout)[0]);
    expect(batch.code).toBe(reports.some((r: { summary: { error: number } }) => r.summary.error > 0) ? 1 : 0);
  });

  it('reports a bad file, keeps checking the others and exits 2 (text: reports + summary table)', async () => {
    const { code, stdout, stderr } = await run(['in/synthetic-001.xlsx', 'bad/broken.xlsx', 'missing.xlsx', 'in/synthetic-002.xlsx'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('budget-check: bad/broken.xlsx：文件为空');
    expect(stderr).toContain('budget-check: missing.xlsx：文件不存在');
    expect(stdout.match(/^== in\/synthetic-00[12]\.xlsx( · .*)? ==$/gm)).toHaveLength(2);
    const summary = stdout.slice(stdout.indexOf('== 汇总 =='));
    expect(summary).toMatch(/^bad\/broken\.xlsx\s+\|\s+—\s+\|\s+—\s+\|\s+—\s+\|\s+无法读取$/m);
    expect(summary).toMatch(/^in\/synthetic-001\.xlsx\s+\|\s+\d+\s+\|\s+\d+\s+\|\s+\d+\s+\|\s+(通过|有警告|有错误)$/m);
    expect(summary).toContain('共 4 个文件');
  });

  it('writes an entry with an error field for an unreadable file in JSON, in input order', async () => {
    const { code, stdout } = await run(['--format', 'json', 'bad', 'in/synthetic-001.xlsx', 'nothing/*.xlsx'], dir);
    const entries = JSON.parse(stdout);
    expect(code).toBe(2);
    expect(entries).toHaveLength(3);
    expect(entries[0]).toEqual({ file: 'bad/broken.xlsx', error: expect.stringContaining('文件为空') });
    expect(entries[1].file).toBe('in/synthetic-001.xlsx');
    expect(entries[1].summary).toBeDefined();
    expect(entries[2]).toEqual({ file: 'nothing/*.xlsx', error: '没有与此模式匹配的 .xlsx 或 .pdf 文件。' });
  });

  it('is a usage error without inputs', async () => {
    const { code, stderr } = await run(['--format', 'json'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('请指定至少一个');
  });
});
