/**
 * Minimal glob matching for CLI inputs: `*` and `?` within one path segment, `**` across segments,
 * `[abc]` character classes. Enough for "received/*.xlsx" and "2026/**\/*.xlsx" without a dependency.
 * Matching ignores case, as Windows does: received files are often named *.XLSX.
 */
export function hasGlobMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

/** The leading directory part without wildcards: where the walk starts. */
export function globBase(pattern: string): string {
  const segments = toSlashes(pattern).split('/');
  const firstMagic = segments.findIndex(hasGlobMagic);
  const base = segments.slice(0, firstMagic < 0 ? segments.length : firstMagic).join('/');
  return base === '' && pattern.startsWith('/') ? '/' : base || '.';
}

/** Compiles a glob to a RegExp over forward-slash paths. */
export function globToRegExp(pattern: string): RegExp {
  const source = toSlashes(pattern);
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '*' && source[i + 1] === '*') {
      const slashAfter = source[i + 2] === '/';
      out += slashAfter ? '(?:[^/]*/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = source.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        const body = source.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`, 'i');
}

export function toSlashes(file: string): string {
  return file.replace(/\\/g, '/');
}
