/** Shared reader of the two 项目支出 kinds (本年预算, 上年结转). */
import type { TableKind } from '../types';
import { readTabular } from '../layout/block';
import { readProjectRows } from '../rows/projects';
import { bare } from '../layout/text';
import { knownColumns, tabularContent, type TableRecogniser } from './recogniser';

export function projectTable(kind: TableKind, titles: RegExp[]): TableRecogniser {
  return {
    kind,
    titles,
    needsContext: true,
    read(block, context) {
      const tabular = readTabular(block);
      const columns = knownColumns(tabular);
      const { issues } = tabular;
      const units = new Set(context.knownUnits);
      if (tabular.meta.unitName) units.add(bare(tabular.meta.unitName.text));
      const rows = readProjectRows(block.view, tabular.dataRows, columns, units, issues);
      return tabularContent(block, tabular, columns, rows);
    },
  };
}
