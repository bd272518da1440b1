/**
 * The reviewer's `budget-check --fix -o out/ folder/` on workbooks with one injected defect each (made
 * from the fixtures by the patcher): each written file re-checks like the clean fixture, and the
 * package differs from its input only in the fixed cell.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { patchXlsx } from '../../src/host/file/patch/patch-xlsx';
import { partText, readPackage } from '../../src/host/file/xlsx-package';

const FIXTURES = path.join(__dirname, '../fixtures');

interface Defect {
  fixture: string;
  /** Where the copy goes under folder/ (subfolders are kept under -o). */
  copy: string;
  sheet: string;
  cell: string;
  correct: number;
}

const DEFECTS: Defect[] = [
  { fixture: '泽州县财政局-2026-部门预算公开-A.xlsx', copy: 'shanxi/泽州-A.xlsx', sheet: '表2', cell: 'D6', correct: 2134.19 },
  { fixture: '泽州县财政局-2026-部门预算公开-B.xlsx', copy: 'shanxi/泽州-B.xlsx', sheet: '预算公开表', cell: 'D15', correct: 239.28 },
  { fixture: '永和县行政审批服务管理局-2024-单位预算公开-A.xlsx', copy: 'yonghe/永和-A.xlsx', sheet: '表1', cell: 'D12', correct: 11.67 },
  { fixture: '永和县行政审批服务管理局-2024-单位预算公开-B.xlsx', copy: 'yonghe/永和-B.xlsx', sheet: '预算公开表', cell: 'F51', correct: 162.99 },
];
const CLEAN = { fixture: '泽州县财政局-2026-部门预算公开-A.xlsx', copy: 'clean.xlsx' };

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

/** The report of one file, without its name (the fixed copy and the fixture are named differently). */
async function reportOf(file: string, cwd: string) {
  const { stdout } = await run(['--format', 'json', file], cwd);
  const { file: _name, ...report } = JSON.parse(stdout)[0];
  return report;
}

/** Every <c> element of a sheet part by address, and the part with the cells taken out. */
function cellsOf(xml: string): { cells: Map<string, string>; rest: string } {
  const cells = new Map<string, string>();
  const rest = xml.replace(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g, (element, address: string) => {
    cells.set(address, element);
    return '';
  });
  return { cells, rest };
}

function sheetPart(pkg: ReturnType<typeof readPackage>, sheet: string): string {
  const workbook = partText(pkg, 'xl/workbook.xml')!;
  const rid = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="(rId\\d+)"`).exec(workbook)![1];
  const rels = partText(pkg, 'xl/_rels/workbook.xml.rels')!;
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  return `xl/${(target[1] ?? target[2]).replace(/^\/?xl\//, '')}`;
}

describe('budget-check --fix -o out/ folder/', () => {
  let dir: string;
  const inputs = new Map<string, Buffer>();
  let result: Run;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fix-cli-'));
    for (const defect of DEFECTS) {
      const target = path.join(dir, 'folder', defect.copy);
      await mkdir(path.dirname(target), { recursive: true });
      const bytes = Buffer.from(patchXlsx(readFileSync(path.join(FIXTURES, defect.fixture)), [{ sheet: defect.sheet, cell: defect.cell, value: defect.correct + 10 }]));
      await writeFile(target, bytes);
      inputs.set(defect.copy, bytes);
    }
    const clean = readFileSync(path.join(FIXTURES, CLEAN.fixture));
    await writeFile(path.join(dir, 'folder', CLEAN.copy), clean);
    inputs.set(CLEAN.copy, clean);
    result = await run(['--fix', '-o', 'out/', 'folder/', '--format', 'json'], dir);
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes <name>.fixed.xlsx under out/, keeping the subfolders, for the files with a fix only', async () => {
    expect(result.stderr).toBe('');
    const written = (await readdir(path.join(dir, 'out'), { recursive: true })).filter((name) => name.endsWith('.xlsx')).sort();
    expect(written).toEqual(['shanxi/泽州-A.fixed.xlsx', 'shanxi/泽州-B.fixed.xlsx', 'yonghe/永和-A.fixed.xlsx', 'yonghe/永和-B.fixed.xlsx'].map((name) => name.split('/').join(path.sep)));
    const reports = JSON.parse(result.stdout);
    const clean = reports.find((report: { file: string }) => report.file.endsWith(CLEAN.copy));
    expect(clean.fixed).toEqual({ applied: [], notApplied: [] });
  });

  it('reports each fix: the cell, its value before and after, the output and the re-check', () => {
    const reports = JSON.parse(result.stdout);
    for (const defect of DEFECTS) {
      const report = reports.find((candidate: { file: string }) => candidate.file === path.join('folder', defect.copy));
      const edits = report.fixed.applied.flatMap((fix: { edits: unknown[] }) => fix.edits);
      expect(edits).toEqual([{ sheet: defect.sheet, cell: defect.cell, before: expect.stringMatching(new RegExp(`^${Math.floor(defect.correct + 10)}`)), after: String(defect.correct) }]);
      expect(report.fixed.output).toBe(path.join('out', defect.copy.replace(/\.xlsx$/, '.fixed.xlsx')));
      expect(report.fixed.notApplied).toEqual([]);
      expect(report.fixed.remaining.error).toBe(report.summary.error - 1);
    }
  });

  it('re-checks every written file like its clean fixture: no finding a fix addressed is left', async () => {
    const reports = JSON.parse(result.stdout);
    for (const defect of DEFECTS) {
      const fixedFile = path.join('out', defect.copy.replace(/\.xlsx$/, '.fixed.xlsx'));
      const after = await reportOf(fixedFile, dir);
      expect(after).toEqual(await reportOf(path.join(FIXTURES, defect.fixture), dir));
      const input = reports.find((candidate: { file: string }) => candidate.file === path.join('folder', defect.copy));
      const fixed = input.diagnostics.filter((d: { fix?: { kind: string } }) => d.fix?.kind === 'fix');
      const addressed = fixed.flatMap((d: { rule: string; sheet: string; cell: string; explains?: Array<{ rule: string; sheet: string; cell: string }> }) =>
        [d, ...(d.explains ?? [])].map((x) => `${x.rule}|${x.sheet}|${x.cell}`),
      );
      expect(addressed.length).toBeGreaterThan(0);
      for (const d of after.diagnostics) expect(addressed).not.toContain(`${d.rule}|${d.sheet}|${d.cell}`);
    }
  });

  it('changes only the fixed cell: every other zip part and every other cell stays byte for byte', () => {
    for (const defect of DEFECTS) {
      const before = readPackage(inputs.get(defect.copy)!);
      const after = readPackage(readFileSync(path.join(dir, 'out', defect.copy.replace(/\.xlsx$/, '.fixed.xlsx'))));
      expect(after.names).toEqual(before.names);
      const sheet = sheetPart(before, defect.sheet);
      const changedParts = before.names.filter((name) => Buffer.compare(Buffer.from(before.parts.get(name)!), Buffer.from(after.parts.get(name)!)) !== 0);
      expect(changedParts).toEqual([sheet]);
      const a = cellsOf(partText(before, sheet)!);
      const b = cellsOf(partText(after, sheet)!);
      expect(b.rest).toBe(a.rest);
      const changedCells = [...a.cells.keys()].filter((address) => a.cells.get(address) !== b.cells.get(address));
      expect(changedCells).toEqual([defect.cell]);
      expect(b.cells.get(defect.cell)).toMatch(new RegExp(`<v>${defect.correct}</v>`));
    }
  });

  it('never writes an input', () => {
    for (const [copy, bytes] of inputs) expect(Buffer.compare(readFileSync(path.join(dir, 'folder', copy)), bytes)).toBe(0);
  });

  it('exits by what remains in the written files', () => {
    const reports = JSON.parse(result.stdout);
    const left = reports.some((report: { summary: { error: number }; fixed: { output?: string; remaining?: { error: number } } }) =>
      report.fixed.output ? report.fixed.remaining!.error > 0 : report.summary.error > 0,
    );
    expect(result.code).toBe(left ? 1 : 0);
  });
});

describe('budget-check --fix-dry-run and --fix beside the input', () => {
  let dir: string;
  const defect = DEFECTS[0];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fix-dry-'));
    await writeFile(path.join(dir, 'a.xlsx'), patchXlsx(readFileSync(path.join(FIXTURES, defect.fixture)), [{ sheet: defect.sheet, cell: defect.cell, value: defect.correct + 10 }]));
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('prints the edits it would make and writes nothing', async () => {
    const { stdout, stderr } = await run(['--fix-dry-run', 'a.xlsx'], dir);
    expect(stderr).toBe('');
    expect(stdout).toContain('【修复】试运行：将修复 1 个问题（1 个单元格），未写入文件');
    expect(stdout).toMatch(new RegExp(`^  ${defect.sheet}!${defect.cell}：${defect.correct + 10}(\\.00)? → ${defect.correct} 〔[a-z-]+/[a-z-]+〕$`, 'm'));
    expect(stdout).toMatch(/^ {2}复查修复后的工作簿：错误 \d+，警告 \d+，提示 \d+$/m);
    expect(await readdir(dir)).toEqual(['a.xlsx']);
  });

  it('writes a.fixed.xlsx beside the input and says so', async () => {
    const { stdout } = await run(['--fix', 'a.xlsx'], dir);
    expect(stdout).toContain('【修复】已修复 1 个问题（1 个单元格），写入 a.fixed.xlsx');
    expect(existsSync(path.join(dir, 'a.fixed.xlsx'))).toBe(true);
  });

  it('refuses to write over an input: a.fixed.xlsx named as input too is not overwritten', async () => {
    const before = readFileSync(path.join(dir, 'a.fixed.xlsx'));
    const { stdout } = await run(['--fix', '--format', 'json', 'a.xlsx', 'a.fixed.xlsx'], dir);
    const [first] = JSON.parse(stdout);
    expect(first.fixed).toEqual({ applied: [], notApplied: [], error: '输出文件 a.fixed.xlsx 也是本次检查的输入，不会覆盖输入文件，此文件未修复。' });
    expect(Buffer.compare(readFileSync(path.join(dir, 'a.fixed.xlsx')), before)).toBe(0);
  });

  it('says a PDF has nothing to patch, and still reports its findings', async () => {
    const pdf = path.join(FIXTURES, 'pdf/上海市普陀区财政局-2025-部门预算.pdf');
    const { stdout } = await run(['--fix', '--format', 'json', pdf], dir);
    const [report] = JSON.parse(stdout);
    expect(report.summary).toBeDefined();
    expect(report.fixed).toEqual({ applied: [], notApplied: [], error: 'PDF 没有可修补的单元格：只修复 .xlsx 工作簿，此文件未修复。' });
    expect(existsSync(pdf.replace(/\.pdf$/, '.fixed.xlsx'))).toBe(false);
  });

  it('is a usage error to ask for both, or for -o without a fix or a page', async () => {
    expect(await run(['--fix', '--fix-dry-run', 'a.xlsx'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('--fix 与 --fix-dry-run 只能选一个') });
    expect(await run(['-o', 'out', 'a.xlsx'], dir)).toMatchObject({ code: 2, stderr: expect.stringContaining('-o 用于 --fix') });
  });
});
