/** Statements rules compare with the tables: "本部门无“三公”经费预算", "“三公”经费预算为0". */
import type { NarrativeParagraph } from './types';

const NO_THREE_PUBLIC = /(?:无|没有|未安排)["“”'‘’]?三公["“”'‘’]?经费|["“”'‘’]?三公["“”'‘’]?经费(?:预算|支出)?(?:均|数)?为(?:0|零)(?![.\d])/;

export function saysNoThreePublic(paragraph: NarrativeParagraph): boolean {
  return NO_THREE_PUBLIC.test(paragraph.text);
}
