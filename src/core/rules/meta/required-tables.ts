import { TABLE_LABEL } from '../../tables/labels';
import type { Rule } from '../types';

export const metaRequiredTables: Rule = {
  id: 'meta/required-tables',
  title: '必备表格齐全',
  defaultSeverity: 'error',
  docs: '所选方案要求的表格都应出现（默认方案为预算公开表1–13；“三公”经费表在任何方案下都必须公开，无数据也要公开空表）。',
  check(context) {
    const required = context.options.requiredTables ?? [];
    const present = new Set(context.tables.map((t) => t.kind));
    if (required.length > 0 && !required.some((kind) => present.has(kind))) {
      context.report({
        message: `工作簿中没有识别到任何预算公开表格（应有${required.map((kind) => TABLE_LABEL[kind]).join('、')}）。请确认打开的是预算公开工作簿，表格标题是否完整。`,
      });
      return;
    }
    for (const kind of required) {
      if (present.has(kind)) continue;
      const why = kind === 'three-public' ? '“三公”经费表必须公开，没有“三公”经费时也应公开空表并注明“本表无数据”' : '所选方案要求公开此表，无数据时也应公开空表并注明“本表无数据”';
      context.report({ table: kind, message: `缺少${TABLE_LABEL[kind]}：${why}。` });
    }
  },
};
