/** Long texts (a 情况说明 paragraph) are shown around the part that changes, with this much context. */
const SNIPPET_CONTEXT = 12;
const SNIPPET_LIMIT = 60;

/** A text change as the unchanged text around the part that differs; `clipped` ends are shown as "…". */
export interface TextChange {
  prefix: string;
  removed: string;
  added: string;
  suffix: string;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/**
 * Before and after as one change, widened to whole codes and numbers ("B0702" → "B0703", not "2" → "3"),
 * and, unless `whole`, shortened around the change when the texts are long.
 */
export function textChange(before: string, after: string, whole = false): TextChange {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  // A change that starts or ends inside a code or number takes in the whole of it.
  const token = (char: string | undefined) => char !== undefined && /[A-Za-z0-9.]/.test(char);
  if (token(before[prefix]) || token(after[prefix])) while (prefix > 0 && token(before[prefix - 1])) prefix -= 1;
  if (token(before[before.length - suffix - 1]) || token(after[after.length - suffix - 1])) while (suffix > 0 && token(before[before.length - suffix])) suffix -= 1;
  const short = whole || (before.length <= SNIPPET_LIMIT && after.length <= SNIPPET_LIMIT);
  const start = short ? 0 : Math.max(0, prefix - SNIPPET_CONTEXT);
  const tail = before.slice(before.length - suffix);
  const end = short ? tail.length : Math.min(tail.length, SNIPPET_CONTEXT);
  return {
    prefix: before.slice(start, prefix),
    removed: before.slice(prefix, before.length - suffix),
    added: after.slice(prefix, after.length - suffix),
    suffix: tail.slice(0, end),
    clippedStart: start > 0,
    clippedEnd: end < tail.length,
  };
}

/**
 * Before and after as plain text, shortened to the changed part when the texts are long:
 * "…经费759.1万元，属于B0701…" → "…经费759.1万元，属于B0703…".
 */
export function changedParts(before: string, after: string): { before: string; after: string } {
  const change = textChange(before, after);
  const side = (changed: string) => `${change.clippedStart ? '…' : ''}${change.prefix}${changed}${change.suffix}${change.clippedEnd ? '…' : ''}`;
  return { before: side(change.removed), after: side(change.added) };
}
