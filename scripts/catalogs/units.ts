/** 聊财采〔2020〕84号 附件1: 序号 | 6-digit unit code | 单位名称. */
import { cleanCell, isPageFurniture, type SeedFile } from './seed-text';

export interface RawUnit {
  code: string;
  name: string;
  index: number;
}

const UNIT_ROW = /^\d+\t(\d{6})\t(.+)$/;

export function parseUnitList(seed: SeedFile, start: number): RawUnit[] {
  const units: RawUnit[] = [];
  for (let i = start; i < seed.lines.length; i++) {
    const line = seed.lines[i];
    if (isPageFurniture(line) || /^序号\t/.test(line)) continue;
    const match = UNIT_ROW.exec(line);
    if (!match) break;
    units.push({ code: match[1], name: cleanCell(match[2]), index: i });
  }
  return units;
}
