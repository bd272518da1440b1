/**
 * Office.js failures as Chinese messages that say what to do. Codes are Excel.ErrorCodes /
 * OfficeExtension.ErrorCodes strings; they are not localised, so they are safe to switch on.
 */

const BUSY = 'Excel 正忙（可能正在计算、保存或与他人同步）。请稍候几秒再试。';
const PAYLOAD = '一次要传输的数据超出了 Excel 的上限。请关闭其他大型工作簿或删除多余的空行空列后再试。';

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后再试。',
  AccessDenied: '工作表受保护或工作簿为只读，无法修改。请在“审阅 › 撤消工作表保护”后再试，或另存一份可编辑的副本。',
  ItemNotFound: '找不到对应的工作表或单元格，工作簿可能已被修改或工作表已改名。请重新检查后再试。',
  InvalidOperation: 'Excel 拒绝了此操作（工作表可能受保护，或目标单元格位于合并区域、表格或筛选区域中）。请检查后再试。',
  MergedRangeConflict: '目标单元格位于合并区域中，无法单独修改。请先取消合并或改写合并区域左上角的单元格后再试。',
  InvalidReference: '单元格地址无效，工作簿可能已被修改。请重新检查后再试。',
  RequestPayloadSizeLimitExceeded: PAYLOAD,
  ResponsePayloadSizeLimitExceeded: PAYLOAD,
  ActivityLimitReached: BUSY,
  Conflict: '其他人或其他程序同时修改了这些单元格。请重新检查后再试。',
  ServiceNotAvailable: BUSY,
  Busy: BUSY,
  ApiNotFound: '当前 Excel 版本不支持此功能。请更新 Office 后再试。',
  GeneralException: 'Excel 内部出错。请稍后再试；如反复出现，请保存并重新打开工作簿。',
};

/** Error with the Chinese message; `code` keeps the Office code for callers that branch on it. */
export class ExcelHostError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'ExcelHostError';
  }
}

/** `action` says what failed, e.g. "修改单元格"; the result reads "修改单元格失败：…". */
export function toHostError(error: unknown, action: string): ExcelHostError {
  if (error instanceof ExcelHostError) return error;
  if (isAbort(error)) return new ExcelHostError('已取消。', 'Aborted');
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
  const known = code ? MESSAGES[code] : undefined;
  const detail = known ?? `发生意外错误（${error instanceof Error ? error.message : String(error)}）。请重试；如反复出现，请保存并重新打开工作簿。`;
  return new ExcelHostError(`${action}失败：${detail}`, code);
}

export function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: string }).name === 'AbortError';
}
