/** The task pane: 检查 / 查码 / 目录 / 报告 over any WorkbookHost (Excel, file preview, memory). */
import type { Catalog } from '../core/catalog/types';
import type { WorkbookHost } from '../core/ports/workbook-host';

export interface TaskPaneAppProps {
  host: WorkbookHost;
  loadCatalogs?: () => Promise<Catalog[]>;
}

export function TaskPaneApp(_props: TaskPaneAppProps) {
  return <div>预算公开助手</div>;
}
