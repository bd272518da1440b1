/** Running the checks: read with progress, cancel, engine, dismissed findings (a workbook setting). */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DISMISSED_SETTING, LAST_CHECK_SETTING, PROFILE_SETTING } from '../../core/settings';
import type { Catalog } from '../../core/catalog/types';
import { checkOptions } from '../../core/check-options';
import { check, type CheckOptions } from '../../core/engine';
import type { Grid } from '../../core/grid';
import type { ReadProgress, WorkbookHost } from '../../core/ports/workbook-host';
import type { Report } from '../../core/report';
import type { Diagnostic } from '../../core/rules/types';
import { findingKey } from '../check/findings';
import type { LastCheck } from '../commands/run-check-command';
import { isAbortError } from '../shared/errors';

export type CheckFunction = (grid: Grid, options: CheckOptions) => Report;

export interface CheckResult {
  report: Report;
  /** The grid the report was made from: fix previews read the cells' present content from it. */
  grid: Grid;
}

export interface CheckState {
  result?: CheckResult;
  /** Findings not dismissed. */
  findings: Diagnostic[];
  dismissedCount: number;
  running: boolean;
  progress?: ReadProgress;
  /** The user changed cells since the last check. */
  stale: boolean;
  /** What the ribbon's 运行检查 last reported for this workbook. */
  lastCommand?: LastCheck;
  /** Resolves false when cancelled. */
  run(): Promise<boolean>;
  cancel(): void;
  dismiss(finding: Diagnostic): Promise<void>;
  restoreDismissed(): Promise<void>;
}

export function useCheck(host: WorkbookHost, catalogs: Catalog[], selectedIds: string[], checkWorkbook: CheckFunction = check): CheckState {
  const [result, setResult] = useState<CheckResult>();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ReadProgress>();
  const [stale, setStale] = useState(false);
  const [lastCommand, setLastCommand] = useState<LastCheck>();
  const controller = useRef<AbortController>();

  useEffect(() => {
    let live = true;
    void host.getSetting<string[]>(DISMISSED_SETTING).then(
      (keys) => live && setDismissed(keys ?? []),
      () => undefined,
    );
    void host.getSetting<LastCheck>(LAST_CHECK_SETTING).then(
      (last) => live && setLastCommand(last),
      () => undefined,
    );
    const stop = host.onCellsChanged?.(() => setStale(true));
    return () => {
      live = false;
      stop?.();
    };
  }, [host]);

  const run = useCallback(async () => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setProgress(undefined);
    try {
      const grid = await host.readGrid({ signal: abort.signal, onProgress: setProgress });
      abort.signal.throwIfAborted();
      const profile = await host.getSetting<string>(PROFILE_SETTING);
      // The engine runs synchronously: let the pane paint "正在检查…" first.
      setProgress(undefined);
      await new Promise((resolve) => setTimeout(resolve, 0));
      abort.signal.throwIfAborted();
      const report = checkWorkbook(grid, checkOptions({ catalogSet: catalogs, catalogs: selectedIds, profile }));
      abort.signal.throwIfAborted();
      setResult({ report, grid });
      setStale(false);
      return true;
    } catch (error) {
      if (abort.signal.aborted || isAbortError(error)) return false;
      throw error;
    } finally {
      if (controller.current === abort) {
        setRunning(false);
        setProgress(undefined);
      }
    }
  }, [host, catalogs, selectedIds, checkWorkbook]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const saveDismissed = useCallback(
    async (keys: string[]) => {
      setDismissed(keys);
      await host.setSetting(DISMISSED_SETTING, keys);
    },
    [host],
  );
  const dismiss = useCallback((finding: Diagnostic) => saveDismissed([...dismissed, findingKey(finding)]), [dismissed, saveDismissed]);
  const restoreDismissed = useCallback(() => saveDismissed([]), [saveDismissed]);

  const findings = useMemo(() => {
    const hidden = new Set(dismissed);
    return (result?.report.diagnostics ?? []).filter((d) => !hidden.has(findingKey(d)));
  }, [result, dismissed]);
  const dismissedCount = (result?.report.diagnostics.length ?? 0) - findings.length;

  return { result, findings, dismissedCount, running, progress, stale, lastCommand, run, cancel, dismiss, restoreDismissed };
}
