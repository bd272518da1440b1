/** Text runs → lines of text in reading order, and the joining rules for runs and wrapped lines. */
import { unionBox, runBox, type Box, type TextRun } from './geometry';

export interface TextLine extends Box {
  runs: TextRun[];
  text: string;
}

/** A line with the 1-based page it is on. */
export interface PageLine {
  page: number;
  line: TextLine;
}

/** Runs whose boxes share most of their height are one line; lines top to bottom, runs left to right. */
export function groupLines(runs: TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2) || a.x - b.x);
  const groups: TextRun[][] = [];
  let band: { top: number; bottom: number } | undefined;
  for (const run of sorted) {
    const current = groups[groups.length - 1];
    if (current && band && sharesLine(band, run)) {
      current.push(run);
      band = { top: Math.min(band.top, run.y), bottom: Math.max(band.bottom, run.y + run.height) };
    } else {
      groups.push([run]);
      band = { top: run.y, bottom: run.y + run.height };
    }
  }
  return groups.map(toLine);
}

function sharesLine(band: { top: number; bottom: number }, run: TextRun): boolean {
  const overlap = Math.min(band.bottom, run.y + run.height) - Math.max(band.top, run.y);
  return overlap >= 0.5 * Math.min(band.bottom - band.top, run.height);
}

export function toLine(runs: TextRun[]): TextLine {
  const ordered = [...runs].sort((a, b) => a.x - b.x);
  const box = unionBox(ordered.map(runBox)) as Box;
  return { ...box, runs: ordered, text: joinRuns(ordered) };
}

/** Runs of one line: a visible gap (half a character or more) is a space, touching runs join directly. */
export function joinRuns(runs: TextRun[]): string {
  let text = '';
  let end: number | undefined;
  for (const run of runs) {
    const gap = end === undefined ? 0 : run.x - end;
    if (end !== undefined && gap > 0.5 * run.height && !/\s$/.test(text)) text += ' ';
    text += run.text;
    end = run.x + run.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Wrapped lines of one paragraph or cell: Chinese text wraps anywhere, so lines join without a space, except between two Latin words. */
export function joinWrapped(lines: string[]): string {
  let text = '';
  for (const line of lines) {
    const piece = line.trim();
    if (!piece) continue;
    text += text && /[A-Za-z]$/.test(text) && /^[A-Za-z]/.test(piece) ? ` ${piece}` : piece;
  }
  return text;
}
