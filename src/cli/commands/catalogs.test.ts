import { runMain as run } from './run-main.testutil';

describe('budget-check catalogs', () => {
  it('lists the seven catalogs with their counts as JSON', async () => {
    const { code, stdout } = await run(['catalogs', '--format', 'json']);
    expect(code).toBe(0);
    const list = JSON.parse(stdout) as Array<{ id: string; document: string; entries: number; levels: Record<string, number>; complete: boolean }>;
    expect(list.map((item) => [item.id, item.levels])).toEqual([
      ['jiaozuo-2023', { 1: 2, 2: 30, 3: 162 }],
      ['liaocheng-general-2020', { 1: 2, 2: 22, 3: 63 }],
      ['zhengzhou-civil-affairs-2020', { 1: 3, 2: 13, 3: 72 }],
      ['shanxi-dept-2023', { 1: 49, 2: 240, 3: 516, 4: 1028 }],
      ['shanxi-b-2023', { 1: 1, 2: 12, 3: 44 }],
      ['function-partial', { 1: 30, 2: 5, 3: 14 }],
      ['economic-partial', { 1: 3, 2: 32 }],
    ]);
    expect(list.find((item) => item.id === 'shanxi-b-2023')).toMatchObject({ document: '晋财综〔2023〕47号', entries: 57, complete: true });
  });

  it('says 完整 or 部分 in the text listing', async () => {
    const { stdout } = await run(['catalogs']);
    expect(stdout).toContain('山西省政府购买服务指导性目录（B类）（晋财综〔2023〕47号，2023-09-01）\n  政府购买服务；57 条（1级 1，2级 12，3级 44）；完整');
    expect(stdout).toMatch(/function-partial\n.*\n.*部分（仅含来源文件中出现的条目/);
  });

  it('rejects stray arguments and bad formats with exit 2', async () => {
    expect(await run(['catalogs', 'extra'])).toMatchObject({ code: 2, stderr: expect.stringContaining('catalogs 不接受参数“extra”') });
    expect(await run(['catalogs', '--format', 'xml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--format 只能是 text 或 json') });
  });
});
