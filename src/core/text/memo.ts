/**
 * One check normalises the same strings many times (a class name in four tables, 合计 on every
 * table, a code in every coded table). Inside `withTextMemo` the text functions wrapped by `memoised`
 * remember their results for the duration of that call only: the memos are emptied when it returns,
 * nothing is kept from one check to the next, and outside a check the functions simply compute.
 */
let active = false;
const memos: Array<Map<string, unknown>> = [];

export function withTextMemo<T>(run: () => T): T {
  if (active) return run();
  active = true;
  try {
    return run();
  } finally {
    active = false;
    for (const memo of memos) memo.clear();
  }
}

export function memoised<T>(fn: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T>();
  memos.push(memo);
  return (text) => {
    if (!active) return fn(text);
    let out = memo.get(text);
    if (out === undefined && !memo.has(text)) memo.set(text, (out = fn(text)));
    return out as T;
  };
}
