/**
 * Recognises inputs that cannot be .xlsx from their first bytes, so the message says what the file
 * is instead of a zip error. Password-protected .xlsx files are OLE compound documents, like .xls.
 */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b];

export function describeNonWorkbook(bytes: Uint8Array): string | undefined {
  if (bytes.length === 0) return '文件为空（0 字节），不是 .xlsx 工作簿。';
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return '这是加密（设置了打开密码）的工作簿或旧版 .xls 文件，无法读取。请在 Excel 中取消密码或另存为 .xlsx 后再检查。';
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) return '文件内容不是 .xlsx 格式（.xlsx 是 zip 压缩包），可能是改了扩展名的其他文件。';
  return undefined;
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}
