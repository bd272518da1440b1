/** Seed documents as lines, with the extraction noise that every parser must step over. */

export interface SeedFile {
  /** File name inside shared/seeds, used in provenance. */
  file: string;
  lines: string[];
}

export function toSeedFile(file: string, text: string): SeedFile {
  return { file, lines: text.replace(/\r\n?/g, '\n').split('\n') };
}

const PAGE_NUMBER = /^[—-]\s*\d+\s*[—-]$/;
const WATERMARK = /^仅供内部审核$/;

/** Page numbers ("— 1 —"), watermarks ("仅供内部审核") and blank lines carry no table content. */
export function isPageFurniture(line: string): boolean {
  const text = line.trim();
  return text === '' || PAGE_NUMBER.test(text) || WATERMARK.test(text);
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef“”‘’';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])\\s+|\\s+(?=[${CJK}])`, 'g');

/**
 * Joins text fragments that a PDF broke across lines or cells. Chinese text has no spaces, so a
 * space next to a Chinese character is a line break ("卫生健康 公共服务" → "卫生健康公共服务");
 * spaces between Latin words or digits stay.
 */
export function joinFragments(fragments: string[]): string {
  return fragments
    .map((fragment) => fragment.replace(/<[^>]+>/g, '').trim())
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(SPACE_NEXT_TO_CJK, '')
    .trim();
}

/** A cell holding only "/" or "-" means "nothing here"; a trailing " /" is a stray table rule. */
export function cleanCell(text: string | undefined): string {
  return joinFragments([(text ?? '').replace(/\s+[/／]\s*$/, '')]).replace(/^[/／—-]$/, '');
}

/** Index of the first line at or after `from` that satisfies `test`; -1 when none does. */
export function findLine(seed: SeedFile, test: (line: string) => boolean, from = 0): number {
  for (let i = from; i < seed.lines.length; i++) if (test(seed.lines[i])) return i;
  return -1;
}

/** Like findLine, but a missing line is a build error naming the seed and what was looked for. */
export function requireLine(seed: SeedFile, what: string, test: (line: string) => boolean, from = 0): number {
  const index = findLine(seed, test, from);
  if (index < 0) throw new Error(`${seed.file}：找不到${what}`);
  return index;
}
