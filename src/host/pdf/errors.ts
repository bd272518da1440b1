/** Why a PDF could not be read, in the words the user sees. */
export class UnreadablePdfError extends Error {}

/** Budget disclosures run to tens of pages; thousands mean something else. */
export const MAX_PAGES = 2000;

export const MESSAGES = {
  notPdf: '文件不是 PDF（开头没有 %PDF 标记），可能是改了扩展名的其他文件。',
  encrypted: '这份 PDF 设有打开密码（已加密），无法读取。请使用未加密的文件，或在 PDF 阅读器中输入密码后另存为不加密的 PDF 再检查。',
  damaged: (detail: string) => `PDF 文件已损坏或不完整，无法读取（${detail}）。请重新下载或向发布单位索取原文件。`,
  noText: (pages: number, images: boolean) =>
    images
      ? `这份 PDF 的 ${pages} 页都只有图片、没有文字层（可能是扫描件），无法读取表格。请使用发布单位导出的原始 PDF，或先做文字识别（OCR）。`
      : `这份 PDF 的 ${pages} 页中没有任何可读取的文字，无法读取表格。`,
  tooManyPages: (pages: number) => `这份 PDF 有 ${pages} 页，超过 ${MAX_PAGES} 页的上限，不像是预算公开文件，未读取。`,
  timeout: (seconds: number, done: number, total: number) => `读取 PDF 超时：${seconds} 秒内只读完 ${done}/${total} 页，已停止。文件可能异常复杂或已损坏。`,
  cancelled: '已取消读取 PDF。',
  outOfMemory: '读取这份 PDF 所需的内存超过上限，已停止。文件可能异常复杂或已损坏。',
  notDisclosure: '这份 PDF 中没有找到任何预算公开表（未识别到“2026年部门收支预算总表”之类的表名），可能不是部门预算公开文件，未检查。',
} as const;
