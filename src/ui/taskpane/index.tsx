/** Task pane entry: ExcelHost into the pane, with the Fluent theme following Office's. */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { loadBundledCatalogs } from '../../data';
import { ExcelHost } from '../../host/excel/excel-host';
import { importCatalogFromXlsx } from '../../host/file/catalog-import';
import { TaskPaneApp } from '../TaskPaneApp';
import { VISUALLY_HIDDEN } from '../shared/visually-hidden';

Office.onReady(() => {
  const container = document.getElementById('container');
  if (!container) return;
  const dark = Boolean(Office.context.officeTheme?.isDarkTheme);
  createRoot(container).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang="zh-CN">
      <main>
        <h1 style={VISUALLY_HIDDEN}>预算公开助手</h1>
        <TaskPaneApp host={new ExcelHost()} loadCatalogs={loadBundledCatalogs} importXlsx={importCatalogFromXlsx} />
      </main>
    </FluentProvider>,
  );
});
