/**
 * The slice of Office.js ExcelHost uses, so tests can supply a fake Excel and the add-in supplies the
 * real globals.
 */
export interface ExcelEnv {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Whether the ExcelApi requirement set of this version is available. */
  supports(version: string): boolean;
  settings: Pick<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync'>;
  /** Common-API selection event, the fallback where ExcelApi 1.9 events are missing. */
  document?: Pick<Office.Document, 'addHandlerAsync' | 'removeHandlerAsync'>;
  /** Unregisters an Excel event handler in the context it was registered in. */
  removeHandler(registration: OfficeExtension.EventHandlerResult<unknown>): Promise<void>;
  /**
   * Tells when the task pane is shown or hidden (SharedRuntime 1.1: the runtime outlives a closed pane);
   * returns the unsubscribe function. Absent where the pane's runtime ends with the pane.
   */
  onPaneVisibility?(listener: (visible: boolean) => void): () => void;
}

export function officeEnv(): ExcelEnv {
  return {
    run: (batch) => Excel.run(batch),
    supports: (version) => Office.context.requirements.isSetSupported('ExcelApi', version),
    settings: Office.context.document.settings,
    document: Office.context.document,
    removeHandler: (registration) =>
      Excel.run(registration.context, async (context) => {
        registration.remove();
        await context.sync();
      }),
    onPaneVisibility: (listener) => {
      if (!Office.context.requirements.isSetSupported('SharedRuntime', '1.1') || !Office.addin?.onVisibilityModeChanged) return () => undefined;
      const removal = Office.addin.onVisibilityModeChanged((message) => listener(message.visibilityMode !== Office.VisibilityMode.hidden));
      return () => void removal.then((remove) => remove()).catch(() => undefined);
    },
  };
}
