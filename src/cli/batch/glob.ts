/**
 * Minimal glob matching for CLI inputs, one path segment at a time: `*` and `?` within a segment,
 * `[abc]` / `[!abc]` character classes; `**` (a whole segment) is handled by the walker in inputs.ts.
 * Enough for "received/*.xlsx" and "2026/**\/*.xlsx" without a dependency. Matching ignores case,
 * as Windows does: received files are often named *.XLSX.
 */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** Compiles one segment of a glob (no slashes) to a RegExp over a file or folder name. */
export function segmentToRegExp(segment: string): RegExp {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === '*') out += '.*';
    else if (ch === '?') out += '.';
    else if (ch === '[') {
      const close = segment.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        const body = segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'is');
}

export function toSlashes(file: string): string {
  return file.replace(/\\/g, '/');
}
