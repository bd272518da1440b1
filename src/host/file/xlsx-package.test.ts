import { strToU8, zipSync } from 'fflate';
import { readPackage, writePackage, UnreadableWorkbookError } from './xlsx-package';

const TYPES = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

describe('readPackage', () => {
  it('keeps every part and its order, and writes them back unchanged', () => {
    const bytes = zipSync({ '[Content_Types].xml': strToU8(TYPES), 'xl/b.xml': strToU8('<b/>'), 'xl/a.xml': strToU8('<a/>') });
    const pkg = readPackage(bytes);
    expect(pkg.names).toEqual(['[Content_Types].xml', 'xl/b.xml', 'xl/a.xml']);
    const again = readPackage(writePackage(pkg));
    expect(again.names).toEqual(pkg.names);
    for (const name of pkg.names) expect(Buffer.from(again.parts.get(name)!).equals(Buffer.from(pkg.parts.get(name)!))).toBe(true);
  });

  it('refuses a package that unpacks past the limit before inflating it', () => {
    const bomb = zipSync({ '[Content_Types].xml': strToU8(TYPES), 'xl/worksheets/sheet1.xml': [new Uint8Array(4 * 1024 * 1024), { level: 9 }] });
    expect(bomb.length).toBeLessThan(20_000);
    expect(() => readPackage(bomb, { maxFileBytes: 1e9, maxUnpackedBytes: 1024 * 1024, maxEntries: 10 })).toThrow('工作簿解压后超过 1 MB 的上限（可能是压缩炸弹或异常大的文件），未读取。');
  });

  it('does not trust a header that understates an entry: the entry cannot grow past its declared size', () => {
    const honest = zipSync({ '[Content_Types].xml': [strToU8(TYPES), { level: 0 }], 'big.xml': [new Uint8Array(64 * 1024), { level: 9 }] });
    const lying = Buffer.from(honest);
    // Central directory entry of big.xml: uncompressed size at offset 24 says 10 bytes.
    const central = lying.lastIndexOf(Buffer.from('big.xml')) - 46;
    lying.writeUInt32LE(10, central + 24);
    const pkg = readPackage(lying, { maxFileBytes: 1e9, maxUnpackedBytes: 1000, maxEntries: 10 });
    expect(pkg.parts.get('big.xml')!.length).toBe(10);
  });

  it.each([
    ['a file over the size limit', () => new Uint8Array(2048), { maxFileBytes: 1024, maxUnpackedBytes: 1e9, maxEntries: 10 }, '文件过大'],
    ['too many entries', () => zipSync({ '[Content_Types].xml': strToU8(TYPES), a: strToU8('1'), b: strToU8('2') }), { maxFileBytes: 1e9, maxUnpackedBytes: 1e9, maxEntries: 2 }, '超过 2 个'],
    ['a Word document', () => zipSync({ '[Content_Types].xml': strToU8(TYPES), 'word/document.xml': strToU8('<w/>') }), undefined, 'Word 或 PowerPoint'],
    ['not a zip', () => strToU8('不是工作簿'), undefined, '不是有效的 .xlsx 工作簿'],
  ])('refuses %s with a Chinese message', (_, bytes, limits, message) => {
    expect(() => readPackage(bytes(), limits)).toThrow(UnreadableWorkbookError);
    expect(() => readPackage(bytes(), limits)).toThrow(message);
  });
});
