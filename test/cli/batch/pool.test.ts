import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkInWorkers } from '../../../src/cli/batch/pool';
import { generateBudgetGrid } from '../../../scripts/generators/budget-workbook';
import { gridToXlsx } from '../../../scripts/generators/grid-to-xlsx';
import { formattedEmptyCells } from '../../robustness/support/zip';

describe('worker pool', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'pool-'));
    await writeFile(path.join(dir, 'small.xlsx'), await gridToXlsx(generateBudgetGrid({ seed: 1 })));
    await writeFile(path.join(dir, 'large.xlsx'), formattedEmptyCells(1000));
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reports a worker that runs out of memory against its file and checks the rest', async () => {
    const request = (name: string) => ({ path: path.join(dir, name), file: name });
    const outcomes = await checkInWorkers([request('large.xlsx'), request('small.xlsx'), request('small.xlsx')], { workers: 1, maxHeapMb: 64 });
    expect(outcomes[0]).toEqual({ file: 'large.xlsx', error: '检查进程意外终止（内存不足：文件过大，超过每个检查进程 64 MB 的上限），已跳过此文件。' });
    expect(outcomes[1].report?.sheets).toHaveLength(13);
    expect(outcomes[2].report?.sheets).toHaveLength(13);
  }, 30000);
});
