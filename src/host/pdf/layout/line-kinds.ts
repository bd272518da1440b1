/** What a line of text is by its words: a table's title, a note under a table, a 编制部门 / 单位 line. */

const TITLE = /表\s*([（(][^）)]*[）)])?$/;
const SENTENCE = /[。；;]/;
export const NOTE = /^(注|备注|说明)\s*[:：\d（(]/;
/** 编制部门 / 单位：元 lines, which a table continued on the next page may repeat above itself. */
export const REPEATED_META = /^(编制(部门|单位)\s*[:：].*|.*单位\s*[:：]\s*(万元|元|千元)\s*)$/;

export function isTitle(text: string): boolean {
  const bare = text.replace(/\s+/g, '');
  return bare.length >= 4 && bare.length <= 60 && TITLE.test(bare) && !SENTENCE.test(bare) && !NOTE.test(bare);
}
