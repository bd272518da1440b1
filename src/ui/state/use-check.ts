/**
 * Running the checks: read with progress into the pane's workbook snapshot, cancel, engine, template
 * family and ignored findings (workbook settings), staleness.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { IGNORED_SETTING, LAST_CHECK_SETTING, PROFILE_SETTING } from '../../core/settings';
import type { Catalog } from '../../core/catalog/types';
import { checkOptions } from '../../core/check-options';
import { analyse, type Analysis, type CheckOptions } from '../../core/engine';
import type { Grid } from '../../core/grid';
import { addIgnore, applyIgnores, EMPTY_IGNORES, readIgnoreStore, removeIgnore, type IgnoreStore } from '../../core/ignores';
import type { ReadProgress, WorkbookHost } from '../../core/ports/workbook-host';
import type { Report, ReportDiagnostic } from '../../core/report';
import type { LastCheck } from '../commands/run-check-command';
import { isAbortError } from '../shared/errors';
import type { Workbook } from './use-workbook';

/** The check: the engine's report and the reading it made of the tables (the pane's snapshot keeps it). */
export type CheckFunction = (grid: Grid, options: CheckOptions) => Pick<Analysis, 'report' | 'reading'>;

export interface CheckResult {
  /** The engine's report with the workbook's ignores applied: ignored findings marked, counted apart. */
  report: Report;
  /** The grid the report was made from: fix previews read the cells' present content from it. */
  grid: Grid;
  /** The family the user had chosen when the check ran; undefined when it was detected. */
  profile?: string;
}

export interface CheckState {
  result?: CheckResult;
  /** Every finding, ignored ones included (marked `ignored` with their reason). */
  findings: ReportDiagnostic[];
  running: boolean;
  progress?: ReadProgress;
  /** Why the findings may no longer describe the workbook (Chinese), when they may not. */
  stale?: string;
  /** What the ribbon's 运行检查 last reported for this workbook. */
  lastCommand?: LastCheck;
  /** The template family chosen for this workbook (a FAMILIES id); undefined: detected by the check. */
  profile?: string;
  /** Stores the choice in the workbook (undefined: detect); the results say they may be stale. */
  setProfile(profile: string | undefined): Promise<void>;
  /** Resolves false when cancelled. */
  run(): Promise<boolean>;
  cancel(): void;
  /** Records the decision in the workbook; throws a Chinese message when the reason is unusable. */
  ignore(finding: ReportDiagnostic, reason: string): Promise<void>;
  unignore(finding: ReportDiagnostic): Promise<void>;
}

interface RawResult {
  report: Report;
  grid: Grid;
  /** The catalog selection the check ran with. */
  selection: string;
  /** The family chosen when the check ran. */
  profile?: string;
}

export function useCheck(host: WorkbookHost, workbook: Workbook, catalogs: Catalog[], selectedIds: string[], checkWorkbook: CheckFunction = analyse): CheckState {
  const [raw, setRaw] = useState<RawResult>();
  const [ignores, setIgnores] = useState<IgnoreStore>(EMPTY_IGNORES);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<ReadProgress>();
  const [lastCommand, setLastCommand] = useState<LastCheck>();
  const [profile, setProfileState] = useState<string>();
  const controller = useRef<AbortController>();
  const { refresh } = workbook;

  useEffect(() => {
    let live = true;
    void host.getSetting<unknown>(IGNORED_SETTING).then(
      (stored) => live && setIgnores(readIgnoreStore(stored)),
      () => undefined,
    );
    void host.getSetting<LastCheck>(LAST_CHECK_SETTING).then(
      (last) => live && setLastCommand(last),
      () => undefined,
    );
    void host.getSetting<string>(PROFILE_SETTING).then(
      (stored) => live && setProfileState(stored || undefined),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host]);

  const run = useCallback(async () => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setRunning(true);
    setProgress(undefined);
    try {
      const {
        report,
        grid,
        profile: checkedProfile,
      } = await refresh({ signal: abort.signal, onProgress: setProgress }, async (grid) => {
        abort.signal.throwIfAborted();
        // Read at each check, not from the picker's state: a check started before that state loaded follows the workbook too.
        const profile = (await host.getSetting<string>(PROFILE_SETTING)) || undefined;
        // The engine runs synchronously: let the pane paint "正在检查…" first.
        setProgress(undefined);
        await new Promise((resolve) => setTimeout(resolve, 0));
        abort.signal.throwIfAborted();
        return { ...checkWorkbook(grid, checkOptions({ catalogSet: catalogs, catalogs: selectedIds, profile })), grid, profile };
      });
      abort.signal.throwIfAborted();
      setRaw({ report, grid, selection: selectionKey(selectedIds), profile: checkedProfile });
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
  }, [host, refresh, catalogs, selectedIds, checkWorkbook]);

  const cancel = useCallback(() => controller.current?.abort(), []);

  const save = useCallback(
    async (next: IgnoreStore) => {
      await host.setSetting(IGNORED_SETTING, next);
      setIgnores(next);
    },
    [host],
  );
  const ignore = useCallback((finding: ReportDiagnostic, reason: string) => save(addIgnore(ignores, finding, reason, new Date())), [ignores, save]);
  const unignore = useCallback((finding: ReportDiagnostic) => save(removeIgnore(ignores, finding)), [ignores, save]);
  const setProfile = useCallback(
    async (next: string | undefined) => {
      // '' and not a missing key: hosts keep a setting once written, and '' reads as "detect".
      await host.setSetting(PROFILE_SETTING, next ?? '');
      setProfileState(next);
    },
    [host],
  );

  // The workbook was edited since the check read it, or read again since (after an edit).
  const cellsChanged = !!raw && (workbook.edited || workbook.snapshot?.grid !== raw.grid);
  const result = useMemo(() => (raw ? { report: applyIgnores(raw.report, ignores), grid: raw.grid, profile: raw.profile } : undefined), [raw, ignores]);
  const stale = !raw
    ? undefined
    : cellsChanged
      ? '工作簿已有改动，结果可能已过时，请重新检查。'
      : raw.selection !== selectionKey(selectedIds)
        ? '目录选择已改变，结果可能已过时，请重新检查。'
        : raw.profile !== profile
          ? '模板选择已改变，结果可能已过时，请重新检查。'
          : undefined;

  return { result, findings: result?.report.diagnostics ?? [], running, progress, stale, lastCommand, profile, setProfile, run, cancel, ignore, unignore };
}

function selectionKey(ids: string[]): string {
  return [...ids].sort().join('|');
}
