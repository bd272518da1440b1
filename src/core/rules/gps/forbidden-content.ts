import { entriesWithCode } from '../shared/catalog-lookup';
import { purchasesOf } from '../shared/purchases';
import type { Rule } from '../types';

/** 财政部令第102号 第十条: goods, works, financing and labour dispatch may not be bought as services. */
const FORBIDDEN: Array<{ what: string; words: string[] }> = [
  { what: '货物', words: ['货物', '购置', '设备采购', '购买设备', '物资采购'] },
  { what: '工程', words: ['工程', '施工'] },
  { what: '融资', words: ['融资', '贷款'] },
  { what: '劳务派遣', words: ['劳务派遣'] },
];

export const gpsForbiddenContent: Rule = {
  id: 'gps/forbidden-content',
  title: '购买内容不含货物、工程、融资、劳务派遣',
  defaultSeverity: 'warning',
  docs: '货物、建设工程、融资、劳务派遣不属于政府购买服务（财政部令第102号）；项目名称或购买内容含这些字样时提醒核实（目录名称本身含该字样的，如“工程监理服务”，不提醒）。',
  check(context) {
    for (const purchase of purchasesOf(context)) {
      const catalogNames = entriesWithCode(context.allCatalogs, purchase.code)
        .map((h) => h.entry.name)
        .join(' ');
      const found = FORBIDDEN.flatMap(({ what, words }) => {
        const word = words.find((w) => purchase.description.includes(w) && !catalogNames.includes(w) && !purchase.name.includes(w));
        return word ? [{ what, word }] : [];
      });
      if (found.length === 0) continue;
      context.report({
        at: purchase.codeRef,
        table: purchase.table,
        message: `「${purchase.project}」含“${found.map((f) => f.word).join('”“')}”：${found.map((f) => f.what).join('、')}不属于政府购买服务（财政部令第102号），请核实 ${purchase.code} 对应的金额只含服务部分。`,
      });
    }
  },
};
