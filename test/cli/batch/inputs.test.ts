import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expandInputs } from '../../../src/cli/batch/inputs';

describe('expandInputs', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'inputs-'));
    await mkdir(path.join(dir, 'in', 'sub'), { recursive: true });
    for (const name of ['in/b.xlsx', 'in/a.XLSX', 'in/sub/c.xlsx', 'in/~$a.xlsx', 'in/notes.txt', 'in/sub/d.PDF']) await writeFile(path.join(dir, name), '');
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  const files = (entries: Awaited<ReturnType<typeof expandInputs>>) => entries.map((e) => ('error' in e ? `!${e.file}` : e.file));

  it('walks folders recursively in name order for workbooks and PDFs, skipping lock files and other types', async () => {
    expect(files(await expandInputs(['in'], dir))).toEqual(['in/a.XLSX', 'in/b.xlsx', 'in/sub/c.xlsx', 'in/sub/d.PDF']);
  });

  it('matches PDFs with a glob', async () => {
    expect(files(await expandInputs(['in/**/*.pdf'], dir))).toEqual(['in/sub/d.PDF']);
  });

  it('keeps command-line order, checks a file named twice once, and reports what matched nothing', async () => {
    const entries = await expandInputs(['in/sub/c.xlsx', 'missing.xlsx', 'in/*.xlsx', 'in/b.xlsx', 'none/*.xlsx', 'in/notes.txt'], dir);
    expect(files(entries)).toEqual(['in/sub/c.xlsx', '!missing.xlsx', 'in/a.XLSX', 'in/b.xlsx', '!none/*.xlsx', 'in/notes.txt']);
    expect(entries[1]).toEqual({ file: 'missing.xlsx', error: '文件不存在。' });
    expect(entries[4]).toEqual({ file: 'none/*.xlsx', error: '没有与此模式匹配的 .xlsx 或 .pdf 文件。' });
  });

  it('descends with ** and gives absolute paths outside the working folder as they are', async () => {
    expect(files(await expandInputs(['in/**/*.xlsx'], dir))).toEqual(['in/a.XLSX', 'in/b.xlsx', 'in/sub/c.xlsx']);
    const outside = await expandInputs([path.join(dir, 'in', 'sub')], path.join(dir, 'in', 'sub', 'x'));
    expect(files(outside)).toEqual([path.join(dir, 'in', 'sub', 'c.xlsx'), path.join(dir, 'in', 'sub', 'd.PDF')]);
  });

  it('says when a folder holds no workbook', async () => {
    await mkdir(path.join(dir, 'empty'));
    expect(await expandInputs(['empty'], dir)).toEqual([{ file: 'empty', error: '文件夹中没有 .xlsx 或 .pdf 文件。' }]);
  });
});
