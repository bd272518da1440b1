import { TABLE_LABEL } from '../../tables/labels';
import { normalizeName } from '../../text/normalize';
import { address } from '../shared/cells';
import { functionCodedNames } from '../shared/code-rows';
import { setCell } from '../shared/fixes';
import { groupBy } from '../shared/group-by';
import type { Rule } from '../types';

export const codesConsistentNames: Rule = {
  id: 'codes/consistent-names',
  title: '同一科目编码在各表名称一致',
  defaultSeverity: 'error',
  docs: '同一个科目编码在收入总表、支出总表、一般公共预算支出表等各表中的名称必须相同；以多数表格的写法为准。',
  check(context) {
    const byCode = groupBy(functionCodedNames(context.tables), (item) => item.code.code);
    for (const [code, items] of byCode) {
      const counts = groupBy(items, (item) => normalizeName(item.name.text));
      if (counts.size < 2) continue;
      const [majority] = [...counts.values()].sort((a, b) => b.length - a.length);
      const model = majority[0];
      const right = model.name.text;
      for (const item of items.filter((i) => normalizeName(i.name.text) !== normalizeName(right))) {
        context.report({
          at: item.name.ref,
          table: item.table,
          message: `科目 ${code} 在${TABLE_LABEL[item.table.kind]}写作「${item.name.text}」，在${TABLE_LABEL[model.table.kind]}（${address(model.name.ref)}）等 ${majority.length} 处写作「${right}」。`,
          related: majority.map((m) => m.name.ref),
          expected: right,
          actual: item.name.text,
          fix: setCell(item.name.ref, right, `将名称改为「${right}」`),
        });
      }
    }
  },
};
