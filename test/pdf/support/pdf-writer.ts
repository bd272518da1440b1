/**
 * A small PDF writer for tests: pages with Chinese text (a Type0 font whose codes are Unicode, with a
 * ToUnicode map, as office exports are), stroked lines, an image, and optionally the standard 40-bit
 * RC4 encryption with a user password. Coordinates are points from the page's top-left corner.
 */
import { createHash } from 'node:crypto';

export interface PdfText {
  /** Left edge and baseline. */
  x: number;
  y: number;
  size: number;
  text: string;
}

export interface PdfLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PdfPage {
  width?: number;
  height?: number;
  texts?: PdfText[];
  lines?: PdfLine[];
  /** Paint a grey image over the page (a scan). */
  image?: boolean;
  /** Draw the texts clipped to this rectangle (left, top, width, height), as converters hide a neighbour page's text. */
  clip?: { x: number; y: number; w: number; h: number };
}

export interface PdfOptions {
  /** Encrypt so that opening needs this password. */
  userPassword?: string;
}

const A4_LANDSCAPE = { width: 842, height: 595 };
const FILE_ID = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

export function buildPdf(pages: PdfPage[], options: PdfOptions = {}): Buffer {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => objects.push(Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1')) + 0;
  const encryption = options.userPassword !== undefined ? encryptionFor(options.userPassword) : undefined;
  const stream = (objectNumber: number, dict: string, data: Buffer) => {
    const bytes = encryption ? rc4(objectKey(encryption.key, objectNumber), data) : data;
    return Buffer.concat([Buffer.from(`<< ${dict} /Length ${bytes.length} >>\nstream\n`, 'latin1'), bytes, Buffer.from('\nendstream', 'latin1')]);
  };
  // 1 catalog, 2 pages, 3 font, 4 descendant font, 5 ToUnicode, 6 image; pages from 7 on.
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(''); // the page tree, written once the page numbers are known
  add('<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 5 0 R >>');
  add(
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 683 /StemV 80 >> /DW 1000 /CIDToGIDMap /Identity >>',
  );
  add(stream(5, '', Buffer.from(TO_UNICODE, 'latin1')));
  add(stream(6, '/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8', Buffer.from([40, 200, 200, 40])));
  const kids: number[] = [];
  for (const page of pages) {
    const { width, height } = { ...A4_LANDSCAPE, ...page };
    const pageNumber = objects.length + 1;
    kids.push(pageNumber);
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 6 0 R >> >> /Contents ${pageNumber + 1} 0 R >>`);
    add(stream(pageNumber + 1, '', Buffer.from(content(page, height), 'latin1')));
  }
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`, 'latin1');
  const encryptNumber = encryption
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${encryption.owner.toString('hex')}> /U <${encryption.user.toString('hex')}> /P ${encryption.permissions} >>`)
    : undefined;
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  objects.forEach((body, i) => {
    offsets.push(length);
    const piece = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body, Buffer.from('\nendobj\n', 'latin1')]);
    parts.push(piece);
    length += piece.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [<${FILE_ID.toString('hex')}> <${FILE_ID.toString('hex')}>]${encryptNumber ? ` /Encrypt ${encryptNumber} 0 R` : ''} >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(parts);
}

function content(page: PdfPage, height: number): string {
  const out: string[] = [];
  if (page.image) out.push(`q ${(page.width ?? A4_LANDSCAPE.width) - 40} 0 0 ${height - 40} 20 20 cm /Im1 Do Q`);
  for (const line of page.lines ?? []) out.push(`0.75 w ${line.x1} ${height - line.y1} m ${line.x2} ${height - line.y2} l S`);
  const { clip } = page;
  if (clip) out.push(`q ${clip.x} ${height - clip.y - clip.h} ${clip.w} ${clip.h} re W n`);
  for (const text of page.texts ?? []) {
    const hex = [...text.text].map((ch) => (ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')).join('');
    out.push(`BT /F1 ${text.size} Tf 1 0 0 1 ${text.x} ${height - text.y} Tm <${hex}> Tj ET`);
  }
  if (clip) out.push('Q');
  return out.join('\n');
}

/** Codes are Unicode code points (BMP), so one range maps them all. */
const TO_UNICODE = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0000> <FFFF> <0000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;

interface Encryption {
  key: Buffer;
  owner: Buffer;
  user: Buffer;
  permissions: number;
}

/** PDF 1.7 §7.6.3, algorithms 2–4 (revision 2, 40-bit key). */
function encryptionFor(userPassword: string): Encryption {
  const permissions = -4;
  const pad = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
  const owner = rc4(md5(pad(`${userPassword}-owner`)).subarray(0, 5), pad(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(Buffer.concat([pad(userPassword), owner, p, FILE_ID])).subarray(0, 5);
  return { key, owner, user: rc4(key, PADDING), permissions };
}

function objectKey(key: Buffer, objectNumber: number): Buffer {
  const suffix = Buffer.from([objectNumber & 0xff, (objectNumber >> 8) & 0xff, (objectNumber >> 16) & 0xff, 0, 0]);
  return md5(Buffer.concat([key, suffix])).subarray(0, Math.min(key.length + 5, 16));
}

function md5(data: Buffer): Buffer {
  return createHash('md5').update(data).digest();
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}
