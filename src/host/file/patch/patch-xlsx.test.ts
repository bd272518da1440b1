import { strToU8, zipSync } from 'fflate';
import { readPackage, partText, writePackage } from '../xlsx-package';
import { readXlsx } from '../xlsx-reader';
import { shiftFormula } from './formula-shift';
import { patchPackage, patchXlsx, PatchRefusedError, restoreCells, type CellPatch } from './patch-xlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Options {
  sheetData?: string;
  /** Element prefix for the worksheet ("x:" writes <x:worksheet xmlns:x=…>). */
  prefix?: string;
  calcChain?: string;
  calcPr?: string;
  sheetExtra?: string;
}

/** A one-sheet package written by hand, so the tests control every byte of the sheet part. */
function book(options: Options = {}): Uint8Array {
  const p = options.prefix ?? '';
  const ns = p ? `xmlns:${p.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  const sheetData = options.sheetData ?? `<${p}sheetData/>`;
  const files: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      (options.calcChain ? '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>' : '') +
      '</Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="表1" sheetId="3" r:id="rId1"/></sheets>${options.calcPr ?? ''}</workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      (options.calcChain ? `<Relationship Id="rId9" Type="${REL}/calcChain" Target="calcChain.xml"/>` : '') +
      '</Relationships>',
    'xl/worksheets/sheet1.xml': `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}><${p}dimension ref="A1:C3"/>${sheetData}${options.sheetExtra ?? ''}</${p}worksheet>`,
  };
  if (options.calcChain) files['xl/calcChain.xml'] = `<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="${MAIN}">${options.calcChain}</calcChain>`;
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}

function sheetXml(bytes: Uint8Array): string {
  return partText(readPackage(bytes), 'xl/worksheets/sheet1.xml')!;
}

function sheetData(bytes: Uint8Array): string {
  return /<(?:\w+:)?sheetData[\s\S]*<\/(?:\w+:)?sheetData>|<sheetData\/>/.exec(sheetXml(bytes))![0];
}

const edit = (cell: string, content: Omit<CellPatch, 'sheet' | 'cell'>): CellPatch => ({ sheet: '表1', cell, ...content });

describe('patchXlsx', () => {
  const rows = '<sheetData><row r="2" spans="2:3"><c r="B2" s="4"><v>1</v></c><c r="D2" t="s"><v>0</v></c></row><row r="5"><c r="A5"><v>7</v></c></row></sheetData>';

  it('replaces an existing cell in place, keeping its style', () => {
    const out = patchXlsx(book({ sheetData: rows }), [edit('B2', { value: 380.16 })]);
    expect(sheetData(out)).toBe(rows.replace('<c r="B2" s="4"><v>1</v></c>', '<c r="B2" s="4"><v>380.16</v></c>'));
  });

  it('inserts a missing cell of an existing row in column order and widens the spans hint', () => {
    const out = patchXlsx(book({ sheetData: rows }), [edit('C2', { value: 2 }), edit('A2', { value: 0 })]);
    expect(sheetData(out)).toBe(
      '<sheetData><row r="2" spans="1:3"><c r="A2"><v>0</v></c><c r="B2" s="4"><v>1</v></c><c r="C2"><v>2</v></c><c r="D2" t="s"><v>0</v></c></row><row r="5"><c r="A5"><v>7</v></c></row></sheetData>',
    );
  });

  it('inserts missing rows in row order, into an empty sheet too, and widens the dimension', () => {
    const out = patchXlsx(book({ sheetData: rows }), [edit('A9', { value: 9 }), edit('B3', { value: 3 }), edit('A1', { value: 1 })]);
    expect(sheetData(out)).toBe(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2" spans="2:3"><c r="B2" s="4"><v>1</v></c><c r="D2" t="s"><v>0</v></c></row><row r="3"><c r="B3"><v>3</v></c></row><row r="5"><c r="A5"><v>7</v></c></row><row r="9"><c r="A9"><v>9</v></c></row></sheetData>',
    );
    expect(sheetXml(out)).toContain('<dimension ref="A1:C9"/>');
    expect(sheetData(patchXlsx(book(), [edit('C3', { value: 1 })]))).toBe('<sheetData><row r="3"><c r="C3"><v>1</v></c></row></sheetData>');
  });

  it('writes into a self-closing row', () => {
    const out = patchXlsx(book({ sheetData: '<sheetData><row r="4" ht="20" customHeight="1"/></sheetData>' }), [edit('B4', { value: 5 })]);
    expect(sheetData(out)).toBe('<sheetData><row r="4" ht="20" customHeight="1"><c r="B4"><v>5</v></c></row></sheetData>');
  });

  it('finds rows and cells written without r attributes', () => {
    const implicit = '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c><c r="D2"><v>4</v></c></row></sheetData>';
    const out = patchXlsx(book({ sheetData: implicit }), [edit('B1', { value: 20 }), edit('C2', { value: 30 })]);
    expect(sheetData(out)).toBe('<sheetData><row><c><v>1</v></c><c r="B1"><v>20</v></c></row><row><c><v>3</v></c><c r="C2"><v>30</v></c><c r="D2"><v>4</v></c></row></sheetData>');
  });

  it('keeps the namespace prefix of a prefixed worksheet', () => {
    const prefixed = '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData>';
    const out = patchXlsx(book({ prefix: 'x:', sheetData: prefixed }), [edit('A1', { value: 'a' }), edit('A2', { formula: '=A1' })]);
    expect(sheetData(out)).toBe('<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row><x:row r="2"><x:c r="A2"><x:f>A1</x:f></x:c></x:row></x:sheetData>');
  });

  it('writes numbers exactly, text as inline strings and text that looks like a formula as text', async () => {
    const out = patchXlsx(book(), [
      edit('A1', { value: 0.1 + 0.2 }),
      edit('B1', { value: 2541.25 }),
      edit('C1', { value: '=HYPERLINK("http://x/"&C5)' }),
      edit('A2', { value: "@SUM(1+1)*cmd|' /C calc'!A0" }),
      edit('B2', { value: ' 前后有空格 ' }),
      edit('C2', { value: '控制\u0001字符 _x0041_ <&>' }),
    ]);
    const xml = sheetData(out);
    expect(xml).toContain('<c r="A1"><v>0.30000000000000004</v></c>');
    expect(xml).toContain('<c r="C1" t="inlineStr"><is><t>=HYPERLINK(&quot;http://x/&quot;&amp;C5)</t></is></c>');
    expect(xml).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve"> 前后有空格 </t></is></c>');
    expect(xml).toContain('<t>控制_x0001_字符 _x005F_x0041_ &lt;&amp;&gt;</t>');
    const grid = await readXlsx(out);
    const [first, second] = grid.sheets[0].rows;
    expect(first?.map((cell) => cell?.v)).toEqual([0.30000000000000004, 2541.25, '=HYPERLINK("http://x/"&C5)']);
    expect(first?.[2]?.f).toBeUndefined();
    expect(second?.[0]).toEqual({ v: "@SUM(1+1)*cmd|' /C calc'!A0" });
  });

  it('writes a formula (escaped) and asks Excel to recalculate on load', () => {
    const out = patchXlsx(book({ calcPr: '<calcPr calcId="191029"/>' }), [edit('C3', { formula: '=IF(A1<B1,"小","大")' })]);
    expect(sheetData(out)).toContain('<c r="C3"><f>IF(A1&lt;B1,&quot;小&quot;,&quot;大&quot;)</f></c>');
    expect(partText(readPackage(out), 'xl/workbook.xml')).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  });

  it('adds the recalculation flag when a value changes in a workbook with formulas, and not otherwise', () => {
    const withFormula = '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f>A1*2</f><v>2</v></c></row></sheetData>';
    const flagged = partText(readPackage(patchXlsx(book({ sheetData: withFormula }), [edit('A1', { value: 5 })])), 'xl/workbook.xml');
    expect(flagged).toContain('</sheets><calcPr fullCalcOnLoad="1"/></workbook>');
    const plain = book({ sheetData: rows });
    expect(partText(readPackage(patchXlsx(plain, [edit('B2', { value: 5 })])), 'xl/workbook.xml')).toBe(partText(readPackage(plain), 'xl/workbook.xml'));
  });

  it('removes an overwritten formula from the calculation chain, carrying the sheet id to the next entry', () => {
    const data = '<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1"><f>A1</f><v>2</v></c></row></sheetData>';
    const chain = '<c r="A1" i="3"/><c r="B1"/><c r="Z9" i="7"/>';
    const out = readPackage(patchXlsx(book({ sheetData: data, calcChain: chain }), [edit('A1', { value: 2 })]));
    expect(partText(out, 'xl/calcChain.xml')).toContain(`<calcChain xmlns="${MAIN}"><c r="B1" i="3"/><c r="Z9" i="7"/></calcChain>`);
  });

  it('removes an emptied calculation chain with its relationship and content type', () => {
    const data = '<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData>';
    const out = readPackage(patchXlsx(book({ sheetData: data, calcChain: '<c r="A1" i="3"/>' }), [edit('A1', { value: 2 })]));
    expect(out.parts.has('xl/calcChain.xml')).toBe(false);
    expect(partText(out, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(partText(out, '[Content_Types].xml')).not.toContain('calcChain');
  });

  it('hands a shared formula over to the next cell of its group when the cell holding it is overwritten', async () => {
    const data =
      '<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row><row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row></sheetData>';
    const out = patchXlsx(book({ sheetData: data }), [edit('B1', { value: 0 })]);
    expect(sheetData(out)).toContain('<c r="B2"><f t="shared" si="0" ref="B1:B3">A2*2</f><v>4</v></c>');
    const grid = await readXlsx(out);
    expect(grid.sheets[0].rows.map((row) => row?.[1]?.f ?? row?.[1]?.v)).toEqual([0, '=A2*2', '=A3*2']);
  });

  it('keeps the style of an emptied cell', () => {
    expect(sheetData(patchXlsx(book({ sheetData: rows }), [edit('B2', { value: null })]))).toContain('<c r="B2" s="4"/>');
  });

  it.each([
    [edit('XFE1', { value: 1 }), '超出 Excel 工作表范围'],
    [edit('A1048577', { value: 1 }), '超出 Excel 工作表范围'],
    [edit('C9!', { value: 1 }), '无效'],
    [{ sheet: '表9', cell: 'A1', value: 1 }, '找不到工作表“表9”'],
    [edit('A1', { value: Number.NaN }), '数值“NaN”无效'],
    [edit('A1', { value: 'x'.repeat(32768) }), '32767'],
    [edit('B2', { value: 1 }), '数组公式区域 A1:B2'],
  ])('refuses bad edit %# and returns nothing', (bad, message) => {
    const arrays = '<sheetData><row r="1"><c r="A1"><f t="array" ref="A1:B2">{1,2;3,4}</f><v>1</v></c></row></sheetData>';
    const source = bad.cell === 'B2' ? book({ sheetData: arrays }) : book();
    expect(() => patchXlsx(source, [edit('A1', { value: 0 }), bad])).toThrow(PatchRefusedError);
    expect(() => patchXlsx(source, [bad])).toThrow(message);
  });

  it('leaves every other part and the order of parts as they were', () => {
    const original = book({ sheetData: rows });
    const before = readPackage(original);
    const after = readPackage(patchXlsx(original, [edit('B2', { value: 2 })]));
    expect(after.names).toEqual(before.names);
    for (const name of before.names.filter((part) => part !== 'xl/worksheets/sheet1.xml')) expect(partText(after, name)).toBe(partText(before, name));
  });
});

describe('restoreCells', () => {
  it('puts back exactly what was there, and leaves a cell changed since', () => {
    const data = '<sheetData><row r="1"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1"><v>5</v></c></row></sheetData>';
    const original = readPackage(book({ sheetData: data }));
    const first = patchPackage(original, [edit('A1', { value: 'x' }), edit('B1', { value: 6 }), edit('C1', { value: 7 })]);
    const later = patchPackage(first.package, [edit('B1', { value: 8 })]);
    const undone = restoreCells(later.package, first.changes);
    expect(undone.kept.map((change) => change.cell)).toEqual(['B1']);
    expect(sheetData(writePackage(undone.package))).toBe('<sheetData><row r="1"><c r="A1" s="2" t="s"><v>0</v></c><c r="B1"><v>8</v></c></row></sheetData>');
  });
});

describe('shiftFormula', () => {
  it.each([
    ['A1*2', 1, 0, 'A2*2'],
    ['SUM($B$2:B3)+C$4+$D5', 2, 1, 'SUM($B$2:C5)+D$4+$D7'],
    ['表2!A1+\'上 年\'!B2+"A1"', 1, 1, '表2!B2+\'上 年\'!C3+"A1"'],
    ['LOG10(A1)+SUM(A:A)+SUM(1:1)', 1, 1, 'LOG10(B2)+SUM(B:B)+SUM(2:2)'],
    ['A1', -1, 0, '#REF!'],
    ['收入[本年预算]+A1', 0, 1, '收入[本年预算]+B1'],
  ])('%s moved by %d rows and %d columns is %s', (formula, rows, cols, moved) => {
    expect(shiftFormula(formula, rows, cols)).toBe(moved);
  });
});
