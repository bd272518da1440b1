import { normalizeName } from '../../text/normalize';
import { address, locate } from '../shared/cells';
import { functionCodedNames } from '../shared/code-rows';
import { TABLE_LABEL } from '../../tables/labels';
import type { Diagnostic, Rule } from '../types';
import { groupBy } from '../shared/group-by';

export const codesConsistentNames: Rule = {
  id: 'codes/consistent-names',
  title: '同一科目编码在各表名称一致',
  defaultSeverity: 'error',
  docs: '同一个科目编码在收入总表、支出总表、一般公共预算支出表等各表中的名称必须相同；以多数表格的写法为准。',
  check(context) {
    const byCode = groupBy(functionCodedNames(context.tables), (item) => item.code.code);
    const findings: Diagnostic[] = [];
    for (const [code, items] of byCode) {
      const counts = groupBy(items, (item) => normalizeName(item.name.text));
      if (counts.size < 2) continue;
      const [majority] = [...counts.values()].sort((a, b) => b.length - a.length);
      const model = majority[0];
      for (const item of items.filter((i) => normalizeName(i.name.text) !== normalizeName(model.name.text))) {
        findings.push({
          rule: codesConsistentNames.id,
          severity: codesConsistentNames.defaultSeverity,
          message: `科目 ${code} 在${TABLE_LABEL[item.table.kind]}写作「${item.name.text}」，在${TABLE_LABEL[model.table.kind]}（${address(model.name.ref)}）等 ${majority.length} 处写作「${model.name.text}」。`,
          ...locate(item.name.ref),
          related: majority.map((m) => locate(m.name.ref)),
          expected: model.name.text,
          actual: item.name.text,
          table: item.table.kind,
          fix: { description: `将名称改为「${model.name.text}」`, edits: [{ ...locate(item.name.ref), value: model.name.text }] },
        });
      }
    }
    return findings;
  },
};
