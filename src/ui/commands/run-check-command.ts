/**
 * The ribbon's 运行检查 button without the pane: check, mark the findings' cells, select the first
 * error, and keep a one-line summary where the pane shows it when opened.
 */
import type { Catalog } from '../../core/catalog/types';
import { check } from '../../core/engine';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import { SELECTED_CATALOGS_SETTING } from '../../core/assist/settings';
import { countBySeverity } from '../check/findings';

export const LAST_CHECK_SETTING = 'budgetAssistant.lastCheck';

export interface LastCheck {
  summary: string;
  /** ISO time of the run. */
  at: string;
}

export async function runCheckCommand(host: WorkbookHost, catalogs: Catalog[]): Promise<string> {
  const grid = await host.readGrid();
  const selected = (await host.getSetting<string[]>(SELECTED_CATALOGS_SETTING)) ?? [];
  const report = check(grid, { catalogSet: catalogs, ...(selected.length ? { catalogs: selected } : {}) });
  const located = report.diagnostics.filter((d) => d.sheet && d.cell);
  await host.clearHighlights();
  await host.highlight(located.map((d) => ({ sheet: d.sheet as string, cell: d.cell as string, severity: d.severity })));
  const first = located.find((d) => d.severity === 'error') ?? located[0];
  if (first) await host.selectCell({ sheet: first.sheet as string, cell: first.cell as string });
  const counts = countBySeverity(report.diagnostics);
  const summary = `检查完成：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}；已标记 ${located.length} 处单元格，打开任务窗格可查看详情和修复。`;
  await host.setSetting<LastCheck>(LAST_CHECK_SETTING, { summary, at: new Date().toISOString() });
  return summary;
}
