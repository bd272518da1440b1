/** The Chinese text of anything thrown: hosts already throw Chinese messages. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return `发生意外错误：${String(error)}`;
}

export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: string }).name === 'AbortError';
}
