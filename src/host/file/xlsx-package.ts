/**
 * An .xlsx package as its zip parts, read with size limits (a zip bomb ends as a message, not as a
 * machine out of memory) and written back with every part in its original order. Node and browser.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';

export class UnreadableWorkbookError extends Error {}

export interface PackageLimits {
  /** Largest input file, in bytes. */
  maxFileBytes: number;
  /** Largest total of all parts once decompressed, in bytes. */
  maxUnpackedBytes: number;
  maxEntries: number;
}

const MIB = 1024 * 1024;

/** Real disclosures are a few MB; these leave room for hundred-times larger ones. */
export const DEFAULT_LIMITS: PackageLimits = { maxFileBytes: 100 * MIB, maxUnpackedBytes: 400 * MIB, maxEntries: 20_000 };

export interface XlsxPackage {
  /** Part names in the order of the original zip. */
  readonly names: readonly string[];
  readonly parts: ReadonlyMap<string, Uint8Array>;
}

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / MIB)} MB`;
}

/** Rejects with UnreadableWorkbookError (Chinese message) when the bytes are not a readable .xlsx package. */
export function readPackage(data: Uint8Array, limits: PackageLimits = DEFAULT_LIMITS): XlsxPackage {
  if (data.length > limits.maxFileBytes) {
    throw new UnreadableWorkbookError(`文件过大（${megabytes(data.length)}），超过 ${megabytes(limits.maxFileBytes)} 的上限，未读取。`);
  }
  let total = 0;
  let count = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(data, {
      // fflate inflates each entry into a buffer of its declared size and never grows it, so checking
      // the declared sizes bounds the memory even when a header lies.
      filter(file) {
        total += file.originalSize;
        count += 1;
        if (total > limits.maxUnpackedBytes) {
          throw new UnreadableWorkbookError(`工作簿解压后超过 ${megabytes(limits.maxUnpackedBytes)} 的上限（可能是压缩炸弹或异常大的文件），未读取。`);
        }
        if (count > limits.maxEntries) throw new UnreadableWorkbookError(`压缩包中的文件超过 ${limits.maxEntries} 个，不是正常的 .xlsx 工作簿，未读取。`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) throw error;
    throw new UnreadableWorkbookError('无法读取：文件不是有效的 .xlsx 工作簿（可能已损坏、被截断，或是加密/旧版 .xls 文件）。');
  }
  const names = Object.keys(entries);
  const parts = new Map(names.map((name) => [name, entries[name]]));
  refuseForeignPackage(parts);
  return { names, parts };
}

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';

/** Other zip-based formats renamed .xlsx (OpenDocument, .docx, .pptx) would otherwise open as empty workbooks. */
function refuseForeignPackage(parts: Map<string, Uint8Array>): void {
  const mimetype = parts.get('mimetype');
  if (mimetype && new TextDecoder().decode(mimetype).trim().startsWith(ODS_MIMETYPE)) {
    throw new UnreadableWorkbookError('这是 OpenDocument 表格（.ods）文件，只是扩展名为 .xlsx。请在 WPS 或 LibreOffice 中“另存为” Excel 工作簿（.xlsx）后再打开。');
  }
  if (parts.has('word/document.xml') || parts.has('ppt/presentation.xml')) {
    throw new UnreadableWorkbookError('这是 Word 或 PowerPoint 文档，只是扩展名为 .xlsx，不是 Excel 工作簿。');
  }
  if (!parts.has('[Content_Types].xml')) {
    throw new UnreadableWorkbookError('文件中找不到任何工作表（缺少 [Content_Types].xml 或 workbook.xml，或已损坏），不是有效的 .xlsx 工作簿。');
  }
}

/** The package as zip bytes; parts keep their order and exact contents. */
export function writePackage(pkg: XlsxPackage, level: 0 | 6 = 6): Uint8Array {
  const files: Zippable = {};
  for (const name of pkg.names) files[name] = [pkg.parts.get(name)!, { level }];
  return zipSync(files, { mtime: new Date(1980, 0, 1) });
}

/** A copy of the package with some parts replaced, added (last) or removed (undefined). */
export function withParts(pkg: XlsxPackage, changed: ReadonlyMap<string, Uint8Array | undefined>): XlsxPackage {
  if (changed.size === 0) return pkg;
  const parts = new Map(pkg.parts);
  const names = [...pkg.names];
  for (const [name, bytes] of changed) {
    if (bytes === undefined) parts.delete(name);
    else {
      if (!parts.has(name)) names.push(name);
      parts.set(name, bytes);
    }
  }
  return { names: names.filter((name) => parts.has(name)), parts };
}

/** A part's text; a byte order mark is kept so that the part encodes back to the same bytes. */
export function partText(pkg: XlsxPackage, name: string): string | undefined {
  const bytes = pkg.parts.get(name);
  return bytes ? bytesText(bytes) : undefined;
}

export function bytesText(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

export function textPart(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
