/** Ribbon commands. Action id `runCheck` (manifest: <Action xsi:type="ExecuteFunction"><FunctionName>runCheck</FunctionName>). */
import { loadBundledCatalogs } from '../../data';
import { ExcelHost } from '../../host/excel/excel-host';
import { LAST_CHECK_SETTING, runCheckCommand } from './run-check-command';

async function runCheck(event?: Office.AddinCommands.Event): Promise<void> {
  const host = new ExcelHost();
  try {
    await runCheckCommand(host, await loadBundledCatalogs());
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
