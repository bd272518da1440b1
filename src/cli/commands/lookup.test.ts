import { runMain as run } from './run-main.testutil';

interface Hit {
  catalogId: string;
  code: string;
  name: string;
  match: string;
  path: string[];
  provenance: { document: string; file: string; line: number };
}

async function json(argv: string[]): Promise<Hit[]> {
  const { code, stdout } = await run(['lookup', ...argv, '--format', 'json']);
  expect(code).toBe(0);
  return JSON.parse(stdout) as Hit[];
}

describe('budget-check lookup', () => {
  it('ranks B0701 评审服务 first for 评审 in the 山西 B类 catalog, with its source line', async () => {
    const [first] = await json(['评审', '--catalog', 'shanxi-b-2023']);
    expect(first).toMatchObject({ catalogId: 'shanxi-b-2023', code: 'B0701', name: '评审服务', match: 'name' });
    expect(first.provenance).toEqual({ document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2973 });
  });

  it('finds 评审服务 by pinyin initials', async () => {
    const hits = await json(['psfw']);
    expect(hits.slice(0, 2).map((hit) => `${hit.catalogId}:${hit.code}:${hit.match}`)).toEqual(['jiaozuo-2023:B0701:pinyin', 'shanxi-b-2023:B0701:pinyin']);
  });

  it('finds 行政运行 by code in function-partial', async () => {
    const [first] = await json(['2010601']);
    expect(first).toMatchObject({ catalogId: 'function-partial', code: '2010601', name: '行政运行', path: ['一般公共服务支出', '财政事务', '行政运行'] });
  });

  it('prints ranked text with the path, and says where a missing code lives', async () => {
    const found = await run(['lookup', 'B0701', '--catalog', 'shanxi-b-2023']);
    expect(found.stdout).toContain('1. B0701 评审服务  [山西B类目录（2023）；按编码匹配]\n   政府履职辅助性服务 › 评审、评估和评价服务 › 评审服务');
    const missing = await run(['lookup', 'B0702', '--catalog', 'shanxi-b-2023']);
    expect(missing.stdout).toBe('未找到与“B0702”相符的条目。\nB0702 见于焦作目录，不在山西B类目录（2023）\n');
  });

  it('limits the number of hits', async () => {
    expect(await json(['服务', '--limit', '3'])).toHaveLength(3);
  });

  it('reports bad usage with exit 2', async () => {
    expect(await run(['lookup'])).toMatchObject({ code: 2, stderr: expect.stringContaining('请给出要查找的编码、名称或拼音') });
    expect(await run(['lookup', 'x', '--catalog', 'nope'])).toMatchObject({ code: 2, stderr: expect.stringContaining('未知目录 nope') });
    expect(await run(['lookup', 'x', '--limit', '0'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--limit 需要正整数') });
  });
});
