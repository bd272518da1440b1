/**
 * 郑财社〔2020〕34号: one field per line. A code line ("033A0101 居家养老服务") may carry the
 * name, or the name wraps over the following lines up to a blank line; the 说明 wraps over the lines
 * after it. Reviewer comments ("范小洁" / "范小洁:" / comment lines) sit between entries.
 */
import { codeLevel, parentCode, splitPrefixedCode } from '../../src/core/catalog/code';
import type { RawEntry } from './tabular';
import { joinFragments, type SeedFile } from './seed-text';

export interface PrefixedRawEntry extends RawEntry {
  printedCode: string;
}

const CODE_LINE = /^(\d{3}[A-Z](?:\d{2}){0,2})(?:\s+(.*))?$/;

export function parseLineCatalog(seed: SeedFile, start: number): { entries: PrefixedRawEntry[]; annotations: number[] } {
  const annotations = annotationLines(seed, start);
  const blocks: Block[] = [];
  for (let i = start; i < seed.lines.length; i++) {
    if (annotations.includes(i)) continue;
    const line = seed.lines[i].trim();
    const match = CODE_LINE.exec(line);
    if (match) {
      blocks.push({ index: i, printed: match[1], inline: match[2] ?? '', lines: [] });
      continue;
    }
    blocks.at(-1)?.lines.push(line ? line : null);
  }
  return { entries: blocks.map((block) => toEntry(seed, block)), annotations };
}

interface Block {
  index: number;
  printed: string;
  /** Text after the code on the code line. */
  inline: string;
  /** Following lines; null for a blank line, which separates a wrapped name from its 说明. */
  lines: Array<string | null>;
}

function toEntry(seed: SeedFile, block: Block): PrefixedRawEntry {
  const split = splitPrefixedCode(block.printed);
  if (!split) throw new Error(`${seed.file} 第${block.index + 1}行：无法识别代码 ${block.printed}`);
  let name: string;
  let descriptionLines: Array<string | null>;
  if (block.inline) {
    // A second word on the code line is the 说明 ("履约验收服务 政府采购合同履约验收服务").
    const [head, ...tail] = block.inline.split(/\s+/);
    name = head;
    descriptionLines = [tail.join(''), ...block.lines];
  } else {
    const body = block.lines.slice(block.lines.findIndex((line) => line !== null));
    const gap = body.indexOf(null);
    name = joinFragments((gap < 0 ? body : body.slice(0, gap)) as string[]);
    descriptionLines = gap < 0 ? [] : body.slice(gap);
  }
  const description = joinFragments(descriptionLines.filter((line): line is string => Boolean(line)));
  return {
    code: split.code,
    printedCode: block.printed,
    name,
    level: codeLevel(split.code) as number,
    ...(parentCode(split.code) ? { parent: parentCode(split.code) } : {}),
    ...(description ? { description } : {}),
    index: block.index,
  };
}

/**
 * Reviewer comments: a line holding a person's name, then the same name with a colon, then the
 * comment up to the next blank line.
 */
function annotationLines(seed: SeedFile, start: number): number[] {
  const skipped: number[] = [];
  for (let i = start; i + 1 < seed.lines.length; i++) {
    const author = seed.lines[i].trim();
    if (!author || !new RegExp(`^${escape(author)}[:：]$`).test(seed.lines[i + 1].trim())) continue;
    let end = i + 2;
    while (end < seed.lines.length && seed.lines[end].trim()) end++;
    for (let j = i; j < end; j++) skipped.push(j);
    i = end;
  }
  return skipped;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
