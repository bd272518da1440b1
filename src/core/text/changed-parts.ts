/** Long texts (a 情况说明 paragraph) are shown around the part that changes, with this much context. */
const SNIPPET_CONTEXT = 12;
const SNIPPET_LIMIT = 60;

/**
 * Before and after, shortened to the changed part when the texts are long:
 * "…经费759.1万元，属于B0701…" → "…经费759.1万元，属于B0703…".
 */
export function changedParts(before: string, after: string): { before: string; after: string } {
  if (before.length <= SNIPPET_LIMIT && after.length <= SNIPPET_LIMIT) return { before, after };
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  const start = Math.max(0, prefix - SNIPPET_CONTEXT);
  const cut = (text: string) => {
    const end = Math.min(text.length, text.length - suffix + SNIPPET_CONTEXT);
    return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  };
  return { before: cut(before), after: cut(after) };
}
