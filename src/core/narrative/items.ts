/**
 * Items of the 财政拨款支出 list, as the 编制说明 writes them:
 * "1.“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元，主要用于……。2024年当年预算执行数为
 * 1,500.00万元，2025年预算安排1,623.18万元，比2024年预算执行数增加8.21%。主要原因是：……"
 * Each item names its 类/款/项 path; the figures after it are read with their offsets so that rules can
 * point at them and rewrite them.
 */
import { Amount, parseAmountText, writtenDecimals, type AmountUnit } from '../amount';
import type { NarrativeParagraph } from './types';

/** A number written in the text, with its unit and how many decimals it shows. */
export interface WrittenFigure {
  amount: Amount;
  unit: AmountUnit;
  decimals: number;
  /** Offset of the number in the paragraph. */
  offset: number;
}

export interface ItemChange {
  /** +1 增加/增长, −1 减少/下降, 0 持平. */
  direction: 1 | -1 | 0;
  percent?: { value: Amount; offset: number };
  /** The year compared with ("比2024年…"), when written. */
  year?: number;
  offset: number;
}

export interface ItemStatement {
  paragraph: NarrativeParagraph;
  /** Names as written, top down, with the level each carries: 类, 款, 项. */
  path: Array<{ level: '类' | '款' | '项'; name: string }>;
  /** Where the quoted path starts and ends in the paragraph. */
  start: number;
  end: number;
  /** The amount written right after the path. */
  heading?: WrittenFigure;
  /** "2024年当年预算执行数为…" */
  executed?: WrittenFigure & { year?: number };
  /** "2025年预算安排…" */
  planned?: WrittenFigure & { year?: number };
  change?: ItemChange;
  /** The words after 主要原因是, and where they start. */
  reason?: { text: string; offset: number };
}

const NUMBER = String.raw`(\d[\d,，]*(?:\.\d+)?)\s*`;
const UNIT = String.raw`(亿\s*元|万\s*元|元)`;
/** Brackets inside a name that are not a level mark: "政府办公厅（室）及相关机构事务". */
const NAME_BRACKET = String.raw`[（(](?!\s*[类款项]\s*[)）])[^（(）)，。]{1,8}[)）]`;
/** "一般公共服务支出（类）财政事务（款）行政运行（项）", quoted or not. */
const MARKED_PATH = new RegExp(String.raw`((?:(?:[^“”"'‘’（(）)，,。；;：:\d]|${NAME_BRACKET}){1,40}?\s*[（(]\s*[类款项]\s*[)）]\s*){1,3})`, 'g');
const MARKED_PART = new RegExp(String.raw`((?:[^（(）)]|${NAME_BRACKET})+?)\s*[（(]\s*([类款项])\s*[)）]`, 'g');
/** "“一般公共服务支出-财政事务-行政运行”科目": levels by position. */
const DASHED_PATH = /[“"]([^“”"，。；]{2,120}?)[”"]\s*(?=科目)/g;
const LEVELS = ['类', '款', '项'] as const;

interface PathMatch {
  path: ItemStatement['path'];
  start: number;
  end: number;
}

/** Quick tests that a paragraph can hold a path at all, before the costly patterns run. */
const HAS_LEVEL_MARK = /[（(]\s*[类款项]\s*[)）]/;

function pathsIn(text: string): PathMatch[] {
  const marked = !HAS_LEVEL_MARK.test(text)
    ? []
    : [...text.matchAll(MARKED_PATH)].flatMap((m): PathMatch[] => {
        const parts = [...m[1].matchAll(MARKED_PART)].map((part) => ({ level: part[2] as '类' | '款' | '项', name: part[1].replace(/^[\s“"'‘\d.、．]+/, '').trim() }));
        return parts.length ? [{ path: parts, start: m.index, end: m.index + m[0].length }] : [];
      });
  const dashed = !text.includes('科目')
    ? []
    : [...text.matchAll(DASHED_PATH)].flatMap((m): PathMatch[] => {
        const names = m[1].split(/\s*[-－—–]\s*/).map((name) => name.trim());
        if (names.length < 2 || names.length > 3 || names.some((name) => !name)) return [];
        return [{ path: names.map((name, i) => ({ level: LEVELS[i], name })), start: m.index, end: m.index + m[0].length }];
      });
  return [...marked, ...dashed].sort((a, b) => a.start - b.start);
}
/** The amount right after the path: "…（项）”1,623.18万元", "…（项）2026年预算数为50.00万元" (not 预算安排: see PLANNED). */
const HEADING = new RegExp(String.raw`^[”"'’」]?\s*(?:科目)?\s*(?:(?:20\d{2}\s*年度?)?预算数?)?\s*(?:为|共|是)?\s*${NUMBER}${UNIT}`);
const EXECUTED = new RegExp(String.raw`(?:(20\d{2})\s*年度?)?(?:当年)?(?:预算)?执行数(?:为|是)?\s*${NUMBER}${UNIT}`);
const PLANNED = new RegExp(String.raw`(?:(20\d{2})\s*年度?)?预算安排(?:为|是)?\s*${NUMBER}${UNIT}`);
const CHANGE =
  /(?:比|较|与)\s*(?:(20\d{2})\s*年度?)?(?:当年)?(?:预算执行数|执行数|预算数|预算|决算)?\s*(增加|增长|上升|减少|下降|降低|持平|一致|相同|基本持平)\s*(?:了)?\s*(?:(\d+(?:\.\d+)?)\s*[%％])?/;
const REASON = /主要原因(?:是|为)?\s*[:：]?/;

function unitOf(written: string): AmountUnit {
  return written.replace(/\s+/g, '') as AmountUnit;
}

/** The figure a match's number group holds, at its offset in the paragraph. */
export function figureOf(match: RegExpExecArray, numberGroup: number, base: number): WrittenFigure | undefined {
  const number = match[numberGroup];
  const amount = parseAmountText(number.replace(/，/g, ',')).amount;
  if (!amount) return undefined;
  const offset = base + match.index + match[0].indexOf(number);
  return { amount, unit: unitOf(match[numberGroup + 1]), decimals: writtenDecimals(number), offset };
}

export function readItems(paragraph: NarrativeParagraph): ItemStatement[] {
  const text = paragraph.text;
  const paths = pathsIn(text);
  return paths.flatMap(({ path, start, end }, i): ItemStatement[] => {
    const until = paths[i + 1]?.start ?? text.length;
    const rest = text.slice(end, until);
    const item: ItemStatement = { paragraph, path, start, end };
    const heading = HEADING.exec(rest);
    if (heading) item.heading = figureOf(heading, 1, end);
    const executed = EXECUTED.exec(rest);
    const executedFigure = executed && figureOf(executed, 2, end);
    if (executedFigure) item.executed = { ...executedFigure, ...(executed[1] ? { year: Number(executed[1]) } : {}) };
    const planned = PLANNED.exec(rest);
    const plannedFigure = planned && figureOf(planned, 2, end);
    if (plannedFigure) item.planned = { ...plannedFigure, ...(planned[1] ? { year: Number(planned[1]) } : {}) };
    const changeFrom = planned ? planned.index + planned[0].length : executed ? executed.index + executed[0].length : -1;
    if (changeFrom >= 0) {
      const change = CHANGE.exec(rest.slice(changeFrom));
      if (change) item.change = changeOf(change, end + changeFrom);
    }
    const reason = REASON.exec(rest);
    if (reason) {
      const from = reason.index + reason[0].length;
      const stop = rest.slice(from).search(/[。\n]|$/);
      item.reason = { text: rest.slice(from, from + stop).trim(), offset: end + from };
    }
    return [item];
  });
}

function changeOf(m: RegExpExecArray, base: number): ItemChange {
  const word = m[2];
  const direction: ItemChange['direction'] = /持平|一致|相同/.test(word) ? 0 : /减少|下降|降低/.test(word) ? -1 : 1;
  const percent = m[3] ? { value: new Amount(m[3]), offset: base + m.index + m[0].lastIndexOf(m[3]) } : undefined;
  return { direction, ...(percent ? { percent } : {}), ...(m[1] ? { year: Number(m[1]) } : {}), offset: base + m.index };
}
