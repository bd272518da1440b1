import JSZip from 'jszip';
import { openZipParts } from './zip-parts';

describe('openZipParts', () => {
  it('reads, writes and removes parts, and leaves a part larger than 4 MB unopened', async () => {
    const zip = new JSZip();
    zip.file('customXml/item1.xml', '<settings/>');
    zip.file('customXml/item2.xml', 'x'.repeat(5 * 1024 * 1024));
    const parts = await openZipParts(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(parts.paths().sort()).toEqual(['customXml/item1.xml', 'customXml/item2.xml']);
    expect(await parts.read('customXml/item1.xml')).toBe('<settings/>');
    expect(await parts.read('customXml/item2.xml')).toBeUndefined();
    parts.write('a.xml', '<a/>');
    parts.remove('customXml/item2.xml');
    const reopened = await openZipParts(await parts.toBytes());
    expect(reopened.paths().sort()).toEqual(['a.xml', 'customXml/item1.xml']);
  });
});
