/** Getting workbooks into and out of the page: the bundled example, picked files (.xlsx or a published PDF), downloads. */
import exampleUrl from '../../examples/泽州县财政局-2026-部门预算公开.xlsx';
import { readWorkbook } from '../core/tables';
import { FileHost } from '../host/file/file-host';
import { MESSAGES } from '../host/pdf/errors';
import { readPdf } from '../host/pdf/pdf-reader';
import { browserPdfSource } from './pdf-engine';

export const EXAMPLE_NAME = '泽州县财政局-2026-部门预算公开.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Long enough for the browser to start saving the file before its blob URL goes away. */
const REVOKE_AFTER_MS = 60_000;
const PDF_NAME = /\.pdf$/i;

export interface OpenedFile {
  host: FileHost;
  /** For a PDF: pages without text (scanned images), whose content was not read. */
  textlessPages: number[];
}

/** The example is emitted next to the page by webpack and fetched from the page's own origin. */
export async function fetchExample(): Promise<ArrayBuffer> {
  const response = await fetch(exampleUrl);
  if (!response.ok) throw new Error(`示例工作簿加载失败（HTTP ${response.status}），请用“打开工作簿”选择文件。`);
  return response.arrayBuffer();
}

export function isPdfName(name: string): boolean {
  return PDF_NAME.test(name);
}

/**
 * An .xlsx opens as it is; a PDF is read into sheets (one a table, 说明 for the narrative) and held as
 * a new workbook. Rejects with a Chinese message naming the file when it cannot be read.
 */
export async function openWorkbook(read: () => Promise<ArrayBuffer>, name: string): Promise<OpenedFile> {
  if (!/\.xlsx$/i.test(name) && !isPdfName(name)) {
    throw new Error(`无法打开“${name}”：只支持 .xlsx 工作簿和 PDF。旧版 .xls 或 WPS 格式请先另存为 .xlsx。`);
  }
  try {
    if (!isPdfName(name)) return { host: await FileHost.fromBytes(await read(), name), textlessPages: [] };
    const reading = await readPdf(await browserPdfSource(), await read(), { name });
    if (readWorkbook(reading.grid).tables.length === 0) throw new Error(MESSAGES.notDisclosure);
    return { host: await FileHost.fromGrid(reading.grid, name), textlessPages: reading.textlessPages };
  } catch (failure) {
    throw new Error(`无法打开“${name}”。${failure instanceof Error ? failure.message : String(failure)}`);
  }
}

/** What the download is called: an edited workbook says so; a PDF becomes a workbook of the same name. */
export function savedFileName(name: string): string {
  return isPdfName(name) ? name.replace(PDF_NAME, '.xlsx') : `${name.replace(/\.xlsx$/i, '')}（已修改）.xlsx`;
}

export function downloadBytes(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
