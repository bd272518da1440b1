/**
 * The ribbon's 运行检查 button without the pane: check as the pane would (its catalogs with the user's
 * imports, the workbook's chosen catalogs, profile and ignores), mark the open findings' cells, select
 * the first error, and keep a one-line summary (ignored findings counted apart) where the pane shows it.
 */
import type { Catalog } from '../../core/catalog/types';
import { checkOptions } from '../../core/check-options';
import { check } from '../../core/engine';
import { applyIgnores, readIgnoreStore } from '../../core/ignores';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import { countsText } from '../../core/report-text';
import { IGNORED_SETTING, LAST_CHECK_SETTING, PROFILE_SETTING, SELECTED_CATALOGS_SETTING } from '../../core/settings';

export interface LastCheck {
  summary: string;
  /** ISO time of the run. */
  at: string;
}

export async function runCheckCommand(host: WorkbookHost, catalogs: Catalog[]): Promise<string> {
  const grid = await host.readGrid();
  const selected = await host.getSetting<string[]>(SELECTED_CATALOGS_SETTING);
  const profile = await host.getSetting<string>(PROFILE_SETTING);
  const ignores = readIgnoreStore(await host.getSetting<unknown>(IGNORED_SETTING));
  const report = applyIgnores(check(grid, checkOptions({ catalogSet: catalogs, catalogs: selected, profile })), ignores);
  const located = report.diagnostics.filter((d) => d.sheet && d.cell && !d.ignored);
  await host.clearHighlights();
  await host.highlight(located.map((d) => ({ sheet: d.sheet as string, cell: d.cell as string, severity: d.severity, message: d.message })));
  const first = located.find((d) => d.severity === 'error') ?? located[0];
  if (first) await host.selectCell({ sheet: first.sheet as string, cell: first.cell as string });
  const summary = `检查完成：${countsText(report.summary)}；已标记 ${located.length} 处单元格，打开任务窗格可查看详情和修复。`;
  await host.setSetting<LastCheck>(LAST_CHECK_SETTING, { summary, at: new Date().toISOString() });
  return summary;
}
