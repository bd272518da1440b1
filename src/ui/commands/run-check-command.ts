/**
 * The ribbon's 运行检查 button without the pane: check as the pane would (its catalogs with the user's
 * imports, the workbook's chosen catalogs and profile, its dismissed findings left out), mark the
 * findings' cells, select the first error, and keep a one-line summary where the pane shows it when opened.
 */
import type { Catalog } from '../../core/catalog/types';
import { checkOptions } from '../../core/check-options';
import { check } from '../../core/engine';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import { DISMISSED_SETTING, LAST_CHECK_SETTING, PROFILE_SETTING, SELECTED_CATALOGS_SETTING } from '../../core/settings';
import { countBySeverity, findingKey } from '../check/findings';

export interface LastCheck {
  summary: string;
  /** ISO time of the run. */
  at: string;
}

export async function runCheckCommand(host: WorkbookHost, catalogs: Catalog[]): Promise<string> {
  const grid = await host.readGrid();
  const selected = await host.getSetting<string[]>(SELECTED_CATALOGS_SETTING);
  const profile = await host.getSetting<string>(PROFILE_SETTING);
  const dismissed = new Set((await host.getSetting<string[]>(DISMISSED_SETTING)) ?? []);
  const report = check(grid, checkOptions({ catalogSet: catalogs, catalogs: selected, profile }));
  const findings = report.diagnostics.filter((d) => !dismissed.has(findingKey(d)));
  const located = findings.filter((d) => d.sheet && d.cell);
  await host.clearHighlights();
  await host.highlight(located.map((d) => ({ sheet: d.sheet as string, cell: d.cell as string, severity: d.severity })));
  const first = located.find((d) => d.severity === 'error') ?? located[0];
  if (first) await host.selectCell({ sheet: first.sheet as string, cell: first.cell as string });
  const counts = countBySeverity(findings);
  const summary = `检查完成：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}；已标记 ${located.length} 处单元格，打开任务窗格可查看详情和修复。`;
  await host.setSetting<LastCheck>(LAST_CHECK_SETTING, { summary, at: new Date().toISOString() });
  return summary;
}
