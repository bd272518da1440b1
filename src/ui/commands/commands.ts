/** Ribbon commands. Action id `runCheck` (manifest: <Action xsi:type="ExecuteFunction"><FunctionName>runCheck</FunctionName>). */
import { ExcelHost } from '../../host/excel/excel-host';
import { availableCatalogs } from '../catalogs/catalog-store';
import { LAST_CHECK_SETTING } from '../../core/settings';
import { runCheckCommand } from './run-check-command';

async function runCheck(event?: Office.AddinCommands.Event): Promise<void> {
  const host = new ExcelHost();
  try {
    await runCheckCommand(host, await availableCatalogs());
  } catch (error) {
    // No pane is open to show a message: keep it where the pane reads it.
    await host.setSetting(LAST_CHECK_SETTING, { summary: error instanceof Error ? error.message : String(error), at: new Date().toISOString() }).catch(() => undefined);
  } finally {
    event?.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate('runCheck', runCheck);
});
