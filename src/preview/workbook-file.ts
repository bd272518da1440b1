/** Getting workbooks into and out of the page: the bundled example, picked files, downloads. */
import exampleUrl from '../../examples/泽州县财政局-2026-部门预算公开.xlsx';
import { FileHost } from '../host/file/file-host';

export const EXAMPLE_NAME = '泽州县财政局-2026-部门预算公开.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Long enough for the browser to start saving the file before its blob URL goes away. */
const REVOKE_AFTER_MS = 60_000;

/** The example is emitted next to the page by webpack and fetched from the page's own origin. */
export async function fetchExample(): Promise<ArrayBuffer> {
  const response = await fetch(exampleUrl);
  if (!response.ok) throw new Error(`示例工作簿加载失败（HTTP ${response.status}），请用“打开工作簿”选择文件。`);
  return response.arrayBuffer();
}

/** Rejects with a Chinese message naming the file when it cannot be read. */
export async function openWorkbook(read: () => Promise<ArrayBuffer>, name: string): Promise<FileHost> {
  if (!/\.xlsx$/i.test(name)) {
    throw new Error(`无法打开“${name}”：只支持 .xlsx 工作簿。旧版 .xls 或 WPS 格式请先另存为 .xlsx。`);
  }
  try {
    return await FileHost.fromBytes(await read(), name);
  } catch (failure) {
    throw new Error(`无法打开“${name}”。${failure instanceof Error ? failure.message : String(failure)}`);
  }
}

export function editedFileName(name: string): string {
  return `${name.replace(/\.xlsx$/i, '')}（已修改）.xlsx`;
}

export function downloadBytes(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
