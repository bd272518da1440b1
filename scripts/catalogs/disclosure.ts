/**
 * Classification codes and names as they appear in a budget disclosure: the 30 支出功能分类 类
 * names of the 收支总表, every 科目编码 | 科目名称 row of the expenditure tables, and the
 * 部门预算 ↔ 政府预算 经济分类 pairs of the 基本支出分经济科目表.
 */
import { isCatalogCode } from '../../src/core/catalog/code';
import { cleanCell, requireLine, type SeedFile } from './seed-text';

export interface NamedRow {
  name: string;
  index: number;
}

export interface CodedRow extends NamedRow {
  code: string;
}

export interface EconomicRow extends NamedRow {
  /** The 政府预算支出经济科目 paired with the item; empty on group rows. */
  government: string;
}

const ORDINAL_ITEM = /^[一二三四五六七八九十]+、(.+)$/;

/** The 支出 class names listed in the 收支总表 (right-hand column, "一、一般公共服务支出" …). */
export function parseSummaryClassNames(seed: SeedFile): NamedRow[] {
  const title = requireLine(seed, '收支总表', (line) => /^\d{4}年(预算|部门)?收支(预算)?总表$/.test(line.trim()));
  const end = requireLine(seed, '收支总表的“本年收入合计”行', (line) => line.startsWith('本年收入合计'), title);
  const names: NamedRow[] = [];
  for (let i = title; i < end; i++) {
    const match = ORDINAL_ITEM.exec((seed.lines[i].split('\t')[2] ?? '').trim());
    if (match) names.push({ name: cleanCell(match[1]), index: i });
  }
  return names;
}

const CODE_ROW = /^(\d{3}(?:\d{2}){0,2})\t([^\t]+)/;

/** Every "科目编码 | 科目名称" row of the disclosure's tables. */
export function parseFunctionRows(seed: SeedFile): CodedRow[] {
  const rows: CodedRow[] = [];
  seed.lines.forEach((line, index) => {
    const match = CODE_ROW.exec(line);
    const name = match ? cleanCell(match[2]) : '';
    if (match && isCatalogCode(match[1]) && name && !/^[\d.,]+$/.test(name)) rows.push({ code: match[1], name, index });
  });
  return rows;
}

/** Rows of the 基本支出分经济科目表 between its header and the next blank line. */
export function parseEconomicRows(seed: SeedFile): EconomicRow[] {
  const header = requireLine(seed, '经济科目表表头', (line) => line.startsWith('部门预算支出经济科目名称\t政府预算支出经济科目名称'));
  const rows: EconomicRow[] = [];
  for (let i = header + 1; i < seed.lines.length && seed.lines[i].trim(); i++) {
    const [item, government] = seed.lines[i].split('\t').map(cleanCell);
    if (!item || item === '合计') continue;
    rows.push({ name: item, government: government ?? '', index: i });
  }
  return rows;
}
