/**
 * One check normalises the same strings many times (a class name in four tables, 合计 on every
 * table, a code in every coded table). Inside `withTextMemo` the text functions wrapped by `memoised`
 * remember their results for the duration of that call only: nothing is kept from one check to the
 * next, and outside a check they simply compute.
 */
let current: Map<(text: string) => string, Map<string, string>> | undefined;

export function withTextMemo<T>(run: () => T): T {
  const outer = current;
  current = outer ?? new Map();
  try {
    return run();
  } finally {
    current = outer;
  }
}

export function memoised(fn: (text: string) => string): (text: string) => string {
  return (text) => {
    if (!current) return fn(text);
    let memo = current.get(fn);
    if (!memo) current.set(fn, (memo = new Map()));
    let out = memo.get(text);
    if (out === undefined) memo.set(text, (out = fn(text)));
    return out;
  };
}
