/** The fake must behave as the Office.js reference says Excel does, or the adapter's tests prove nothing. */
import { apiSetTable, latestVersion } from './api-sets';
import { enter, formatValue, fromR1C1, toR1C1 } from './excel-input';
import { FakeExcel, OfficeError, type FakeSheet } from './fake-excel';

function sheet(cells: Record<string, Partial<{ value: string | number | boolean; formula: string; format: string; fill: string }>>): FakeSheet {
  return { name: '表1', cells: new Map(Object.entries(cells).map(([a1, cell]) => [a1, { value: '', ...cell }])) };
}

async function run<T>(excel: FakeExcel, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return excel.env().run(batch);
}

describe('requirement sets from the debug build', () => {
  it('knows when members arrived', () => {
    const table = apiSetTable();
    expect(table.get('RangeFill.pattern')).toBe(1.09);
    expect(table.get('Workbook.name')).toBe(1.07);
    expect(table.get('Range.getMergedAreasOrNullObject')).toBe(1.13);
    expect(table.get('Worksheet.getUsedRangeOrNullObject')).toBe(1.04);
    expect(latestVersion()).toMatch(/^1\.1\d$/);
  });

  it('throws ApiNotFound below the set and fails a sync that loads a later property', async () => {
    const excel = new FakeExcel([sheet({ A1: { value: 1 } })], { level: '1.4' });
    await expect(run(excel, async (context) => context.workbook.worksheets.getItem('表1').getRange('A1').getMergedAreasOrNullObject())).rejects.toMatchObject({ code: 'ApiNotFound' });
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem('表1').getRange('A1').format.fill.load('color,pattern');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    const latest = new FakeExcel([sheet({ A1: { value: 1 } })]);
    await expect(
      run(latest, async (context) => {
        const fill = context.workbook.worksheets.getItem('表1').getRange('A1').format.fill.load('color,pattern');
        await context.sync();
        return fill.pattern;
      }),
    ).resolves.toBe('None');
  });
});

describe('loading', () => {
  it('throws PropertyNotLoaded before sync and for properties load() did not name', async () => {
    const excel = new FakeExcel([sheet({ A1: { value: 5, format: '0.00' } })]);
    await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem('表1').getRange('A1').load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([[5]]);
      expect(() => range.text).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      const all = context.workbook.worksheets.getItem('表1').getRange('A1').load();
      await context.sync();
      expect(all.text).toEqual([['5.00']]);
    });
  });

  it('rejects a failed batch: earlier requests stay applied, later ones are dropped, no load resolves', async () => {
    const excel = new FakeExcel([sheet({ A1: { value: 1 } })]);
    const range = await run(excel, async (context) => {
      const sheet1 = context.workbook.worksheets.getItem('表1');
      sheet1.getRange('A2').values = [[2]];
      const loaded = sheet1.getRange('A1').load('values');
      context.workbook.worksheets.getItem('无此表').getRange('A1').values = [[3]];
      sheet1.getRange('A3').values = [[4]];
      await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      return loaded;
    });
    expect(excel.cell('表1', 'A2')?.value).toBe(2);
    expect(excel.cell('表1', 'A3')).toBeUndefined();
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });

  it('honours valuesOnly in the used range and reads null objects', async () => {
    const excel = new FakeExcel([sheet({ B2: { value: 1 }, F9: { value: '', fill: '#FF0000' } }), { name: '空', cells: new Map() }]);
    await run(excel, async (context) => {
      const withFormats = context.workbook.worksheets.getItem('表1').getUsedRangeOrNullObject().load('address');
      const valuesOnly = context.workbook.worksheets.getItem('表1').getUsedRangeOrNullObject(true).load('address');
      const empty = context.workbook.worksheets.getItem('空').getUsedRangeOrNullObject(true).load('address');
      await context.sync();
      expect([withFormats.address, valuesOnly.address, empty.isNullObject]).toEqual(['表1!B2:F9', '表1!B2', true]);
    });
  });

  it('fails a response over the payload limit', async () => {
    const excel = new FakeExcel([sheet({ A1: { value: 'x'.repeat(2000) } })], { payloadLimit: 1000 });
    await expect(run(excel, async (context) => context.workbook.worksheets.getItem('表1').getRange('A1').load('values') && context.sync())).rejects.toMatchObject({
      code: 'ResponsePayloadSizeLimitExceeded',
    });
    expect(new OfficeError('X').name).toBe('RichApi.Error');
  });
});

describe('what Excel makes of written strings', () => {
  it('parses them as typed text', () => {
    expect(enter('2010601')).toEqual({ kind: 'number', value: 2010601 });
    expect(enter('06')).toEqual({ kind: 'number', value: 6 });
    expect(enter('1,234.5')).toMatchObject({ kind: 'number', value: 1234.5 });
    expect(enter('(12)')).toMatchObject({ kind: 'number', value: -12 });
    expect(enter('１２３')).toMatchObject({ kind: 'number', value: 123 });
    expect(enter('=1+1')).toEqual({ kind: 'formula', formula: '=1+1' });
    expect(enter('+A1')).toEqual({ kind: 'formula', formula: '=+A1' });
    expect(enter('-abc')).toEqual({ kind: 'formula', formula: '=-abc' });
    expect(enter('@SUM(1+1)')).toEqual({ kind: 'formula', formula: '=SUM(1+1)' });
    expect(enter('true')).toEqual({ kind: 'boolean', value: true });
    expect(enter('#N/A')).toEqual({ kind: 'error', value: '#N/A' });
    expect(enter('2024/1/31')).toMatchObject({ kind: 'number', value: 45322 });
    expect(enter("'06")).toEqual({ kind: 'text', text: '06', prefixed: true });
    expect(enter('06', '@')).toEqual({ kind: 'text', text: '06', prefixed: false });
    expect(enter('B0701')).toEqual({ kind: 'text', text: 'B0701', prefixed: false });
  });

  it('stores what it parsed, and shows the formatted text', async () => {
    const excel = new FakeExcel([sheet({ C1: { value: '', format: '@' } })]);
    await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem('表1').getRange('A1:C1');
      range.values = [['06', "'06", '06']];
      const read = context.workbook.worksheets.getItem('表1').getRange('A1:C1').load('values,text,valueTypes');
      await context.sync();
      expect(read.values).toEqual([[6, '06', '06']]);
      expect(read.valueTypes).toEqual([['Double', 'String', 'String']]);
    });
    expect(formatValue(1234.5, '#,##0.00')).toBe('1,234.50');
    expect(formatValue(0.125, '0.0%')).toBe('12.5%');
    expect(formatValue(45322, 'yyyy-mm-dd')).toBe('2024-01-31');
  });

  it('keeps formulas in a position-free form (R1C1)', () => {
    expect(toR1C1('=SUM(C5:C9)+$A$1', 9, 2)).toBe('=SUM(R[-5]C:R[-1]C)+R1C1');
    expect(fromR1C1('=SUM(R[-5]C:R[-1]C)+R1C1', 10, 2)).toBe('=SUM(C6:C10)+$A$1');
  });
});

describe('bindings', () => {
  it('follow their cells when rows are inserted above', async () => {
    const excel = new FakeExcel([sheet({ C5: { value: 7, formula: '=C3+1' } })]);
    await run(excel, async (context) => {
      context.workbook.bindings.add(context.workbook.worksheets.getItem('表1').getRange('C5'), 'Range' as Excel.BindingType, 'b1');
      await context.sync();
    });
    excel.insertRows('表1', 1, 2);
    const range = await run(excel, async (context) => {
      const bound = context.workbook.bindings.getItem('b1').getRange().load('address,formulas');
      await context.sync();
      return bound;
    });
    expect([range.address, range.formulas]).toEqual(['表1!C7', [['=C5+1']]]);
  });
});

describe('custom XML parts', () => {
  const parts = [
    { id: '{A}', xml: '<?xml version="1.0"?><settings xmlns="urn:other"><x/></settings>' },
    { id: '{B}', xml: '<?xml version="1.0" encoding="UTF-8"?>\n<s:settings xmlns:s="urn:wanted" xmlns="urn:inner"><s:x/></s:settings>' },
  ];

  it('arrive with ExcelApi 1.5', async () => {
    const excel = new FakeExcel([sheet({})], { level: '1.4' });
    await expect(run(excel, async (context) => context.workbook.customXmlParts)).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(apiSetTable().get('Workbook.customXmlParts')).toBe(1.05);
  });

  it('are found by the namespace of their root element, and give their XML after the sync, not before', async () => {
    const excel = new FakeExcel([sheet({})], { level: '1.5' });
    excel.customXmlParts.push(...parts);
    const found = await run(excel, async (context) => {
      const scoped = context.workbook.customXmlParts.getByNamespace('urn:wanted');
      scoped.load('items/id');
      await context.sync();
      const xml = scoped.items.map((part) => part.getXml());
      expect(() => xml[0].value).toThrow(expect.objectContaining({ code: 'ValueNotLoaded' }));
      await context.sync();
      return scoped.items.map((part, index) => [part.id, xml[index].value]);
    });
    expect(found).toEqual([['{B}', parts[1].xml]]);
    const inner = await run(excel, async (context) => {
      const scoped = context.workbook.customXmlParts.getByNamespace('urn:inner');
      scoped.load('items/id');
      await context.sync();
      return scoped.items.map((part) => part.id);
    });
    expect(inner).toEqual([]);
  });
});
