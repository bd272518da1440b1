/**
 * A corpus of broken and unusual .xlsx files, generated here: each must give exit 2 with a clear
 * Chinese message, or a report, within a time limit — never a crash or a hang.
 */
import ExcelJS from 'exceljs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main';
import { generateBudgetGrid } from '../../scripts/generators/budget-workbook';
import { gridToXlsx } from '../../scripts/generators/grid-to-xlsx';
import { formattedEmptyCells, worksheetXml, xlsxPackage, zip } from './support/zip';

async function formulaErrors(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await gridToXlsx(generateBudgetGrid({ seed: 5 }))) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('表2')!;
  sheet.getCell('C6').value = { formula: 'SUM(C7:C99)/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
  sheet.getCell('D7').value = { formula: '#REF!+1', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
  sheet.getCell('C8').value = { formula: 'VLOOKUP(A8,X:Y,2,0)', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
  workbook.getWorksheet('表1')!.getCell('B6').value = { formula: '表2!C6', result: { error: '#VALUE!' } } as ExcelJS.CellFormulaValue;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A package whose central directory says its sheet unpacks to 2 GB: refused before anything is inflated. */
function declaredBomb(): Buffer {
  const bytes = Buffer.from(xlsxPackage(worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>')));
  const central = bytes.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
  bytes.writeUInt32LE(0x7fffffff, central + 24);
  return bytes;
}

interface Case {
  name: string;
  bytes: () => Promise<Buffer> | Buffer;
  /** A fragment of the stderr message for exit 2; undefined when a report is expected. */
  message?: string;
  limitMs: number;
}

const CASES: Case[] = [
  { name: 'truncated.xlsx', bytes: async () => (await gridToXlsx(generateBudgetGrid())).subarray(0, 9000), message: '无法读取', limitMs: 5000 },
  { name: 'picture.xlsx', bytes: () => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(512, 1)]), message: '可能是改了扩展名', limitMs: 2000 },
  { name: 'empty.xlsx', bytes: () => Buffer.alloc(0), message: '文件为空', limitMs: 2000 },
  { name: 'plain-zip.xlsx', bytes: () => zip({ 'readme.txt': '不是工作簿' }), message: '找不到任何工作表', limitMs: 2000 },
  {
    name: 'no-workbook-xml.xlsx',
    bytes: () => xlsxPackage(worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), { withWorkbook: false }),
    message: '找不到任何工作表',
    limitMs: 2000,
  },
  { name: 'encrypted.xlsx', bytes: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]), message: '加密', limitMs: 2000 },
  { name: 'formula-errors.xlsx', bytes: formulaErrors, limitMs: 5000 },
  { name: 'zip-bomb.xlsx', bytes: declaredBomb, message: '压缩炸弹', limitMs: 3000 },
  {
    name: 'huge-used-range.xlsx',
    bytes: () => xlsxPackage(worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>', 'A1:XFD1048576')),
    limitMs: 5000,
  },
  { name: 'big/formatted-1m-cells.xlsx', bytes: () => formattedEmptyCells(1000), limitMs: 30000 },
];

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const start = Date.now();
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd });
  return { code, stdout, stderr, ms: Date.now() - start };
}

describe('malformed .xlsx corpus', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'malformed-'));
    await mkdir(path.join(dir, 'big'));
    for (const c of CASES) await writeFile(path.join(dir, c.name), await c.bytes());
  }, 60000);

  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each(CASES.filter((c) => c.message))('$name → exit 2 with a Chinese message', async (c) => {
    const { code, stdout, stderr, ms } = await run([c.name], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(`budget-check: ${c.name}：`);
    expect(stderr).toContain(c.message);
    expect(stdout).toBe('');
    expect(ms).toBeLessThan(c.limitMs);
  });

  it.each(CASES.filter((c) => !c.message))(
    '$name → a report within the time limit',
    async (c) => {
      const { code, stdout, stderr, ms } = await run(['--format', 'json', c.name], dir);
      expect(stderr).toBe('');
      expect(code).toBeLessThan(2);
      const [report] = JSON.parse(stdout);
      expect(report.file).toBe(c.name);
      expect(report.sheets.length).toBeGreaterThan(0);
      expect(ms).toBeLessThan(c.limitMs);
    },
    60000,
  );

  it('checks the corpus as one batch: every file accounted for, the readable ones reported', async () => {
    const { code, stdout } = await run(['--format', 'json', '*.xlsx'], dir);
    const entries = JSON.parse(stdout) as Array<{ file: string; error?: string; sheets?: string[] }>;
    const small = CASES.filter((c) => !c.name.startsWith('big/'));
    expect(code).toBe(2);
    expect(entries.map((e) => e.file).sort()).toEqual(small.map((c) => c.name).sort());
    const failed = entries.filter((e) => e.error).map((e) => e.file);
    expect(failed.sort()).toEqual(
      small
        .filter((c) => c.message)
        .map((c) => c.name)
        .sort(),
    );
    expect(entries.filter((e) => e.sheets).length).toBe(2);
  }, 60000);
});
