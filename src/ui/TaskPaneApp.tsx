/**
 * The task pane: 检查 / 查码 / 填报 / 目录 / 报告 over any WorkbookHost (Excel, the browser preview's file,
 * memory in tests). The caller wraps it in a FluentProvider. All edits go through one undo journal whose
 * steps name every cell they restore; results, edits and undos are announced in one polite live region.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Catalog } from '../core/catalog/types';
import type { KeptCell, WorkbookHost } from '../core/ports/workbook-host';
import type { ReportDiagnostic } from '../core/report';
import { countsText } from '../core/report-text';
import type { CellEdit } from '../core/findings';
import { AssistTab } from './assist/AssistTab';
import { CatalogsTab, type XlsxImporter } from './catalogs/CatalogsTab';
import { localCatalogStore, type CatalogStore } from './catalogs/catalog-store';
import { CheckTab } from './check/CheckTab';
import { editLabel } from './check/findings';
import { LookupTab } from './lookup/LookupTab';
import { ReportTab } from './report/ReportTab';
import { errorText } from './shared/errors';
import { focusLater } from './shared/focus';
import { VISUALLY_HIDDEN } from './shared/visually-hidden';
import { useCatalogs } from './state/use-catalogs';
import { useCheck, type CheckFunction } from './state/use-check';
import { useJournal } from './state/use-journal';
import { useWorkbook } from './state/use-workbook';

export interface TaskPaneAppProps {
  host: WorkbookHost;
  loadCatalogs?: () => Promise<Catalog[]>;
  /** The check to run; the engine's `check` by default (tests may supply a fixed report). */
  checkWorkbook?: CheckFunction;
  /** Reads an .xlsx catalog file; without it the pane imports CSV and text only. */
  importXlsx?: XlsxImporter;
  /** Where imported catalogs are kept; the browser's local storage by default. */
  catalogStore?: CatalogStore;
}

type TabId = 'check' | 'lookup' | 'assist' | 'catalogs' | 'report';

const TABS: Array<{ id: TabId; label: string }> = [
  { id: 'check', label: '检查' },
  { id: 'lookup', label: '查码' },
  { id: 'assist', label: '填报' },
  { id: 'catalogs', label: '目录' },
  { id: 'report', label: '报告' },
];

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: '8px',
    padding: '8px',
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    color: tokens.colorNeutralForeground1,
  },
  undo: { display: 'flex', alignItems: 'flex-start', gap: '6px' },
  undoLabel: { flex: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

export function TaskPaneApp({ host, loadCatalogs, checkWorkbook, importXlsx, catalogStore = localCatalogStore }: TaskPaneAppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('check');
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const [marking, setMarking] = useState(false);
  const tabList = useRef<HTMLDivElement>(null);
  const catalogs = useCatalogs(host, catalogStore, loadCatalogs);
  // One snapshot of the workbook for every tab; a check refreshes it, an applied or undone batch dates it.
  const workbook = useWorkbook(host);
  const check = useCheck(host, workbook, catalogs.all, catalogs.selectedIds, checkWorkbook);
  const journal = useJournal(host, workbook.invalidate);
  const lastRecord = journal.records[journal.records.length - 1];

  const onError = useCallback((failure: unknown) => setError(errorText(failure)), []);
  /** A polite live region says what happened; the same text twice is still announced. */
  const announce = useCallback((text: string) => setAnnouncement((current) => (current === text ? `${text} ` : text)), []);

  const report = check.result?.report;
  // Said once per check (a new grid), not again when an ignore changes the counts: that says its own words.
  const latestReport = useRef(report);
  useEffect(() => {
    latestReport.current = report;
  });
  const checkedGrid = check.result?.grid;
  useEffect(() => {
    if (checkedGrid && latestReport.current) announce(`检查完成：${countsText(latestReport.current.summary)}。`);
  }, [checkedGrid, announce]);

  // Marks follow the findings: after every check, fix, undo or ignore the sheet shows what is still open.
  const findings = check.findings;
  useEffect(() => {
    if (!marking) return;
    const open = findings.filter((d) => !d.ignored && d.sheet && d.cell);
    host
      .clearHighlights()
      .then(() => host.highlight(open.map((d) => ({ sheet: d.sheet as string, cell: d.cell as string, severity: d.severity, message: d.message }))))
      .catch(onError);
  }, [marking, findings, host, onError]);

  const hasReport = Boolean(report);
  /** Every change is followed by a fresh check, so the findings never describe cells that changed. */
  const changeThenRecheck = useCallback(
    async (change: () => Promise<unknown>) => {
      setError(undefined);
      try {
        await change();
        if (hasReport) await check.run();
      } catch (failure) {
        onError(failure);
      }
    },
    [hasReport, check, onError],
  );
  const apply = useCallback(
    (edits: CellEdit[], action: string) =>
      changeThenRecheck(async () => {
        const record = await journal.apply(edits, editLabel(action, edits));
        announce(`已修改 ${record.edits.length} 个单元格：${record.label}。可撤销。`);
      }),
    [changeThenRecheck, journal, announce],
  );
  const undo = () =>
    void changeThenRecheck(async () => {
      const undone = await journal.undoLast();
      if (!undone) return;
      const kept = undone.kept.length ? keptNotice(undone.record.label, undone.kept) : undefined;
      setNotice(kept);
      announce(kept ?? `已撤销“${undone.record.label}”，恢复了 ${undone.record.previous.map((cell) => `${cell.sheet}!${cell.cell}`).join('、')}。`);
      // The undo bar goes away with the last step: focus moves to the current tab, not to the page.
      if (journal.records.length === 1) focusLater(tabList.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]'));
    });

  const select = useCallback(
    (finding: ReportDiagnostic) => {
      if (finding.sheet && finding.cell) host.selectCell({ sheet: finding.sheet, cell: finding.cell }).catch(onError);
    },
    [host, onError],
  );
  const clearHighlights = useCallback(() => {
    setMarking(false);
    host.clearHighlights().catch(onError);
  }, [host, onError]);

  return (
    <div className={styles.root}>
      <TabList ref={tabList} selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)} size="small" aria-label="功能">
        {TABS.map(({ id, label }) => (
          <Tab key={id} id={`pane-tab-${id}`} value={id}>
            {label}
          </Tab>
        ))}
      </TabList>
      <div role="status" aria-live="polite" style={VISUALLY_HIDDEN} data-testid="announcer">
        {announcement}
      </div>
      {error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label="关闭提示" onClick={() => setError(undefined)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label="关闭提示" onClick={() => setNotice(undefined)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      ) : null}
      {lastRecord ? (
        <div className={styles.undo}>
          <Text size={200} className={styles.undoLabel}>
            已修改：{lastRecord.label}
            {journal.records.length > 1 ? `（可逐步撤销 ${journal.records.length} 次）` : ''}
          </Text>
          <Button size="small" onClick={undo} aria-label={`撤销：${lastRecord.label}`}>
            撤销
          </Button>
        </div>
      ) : null}
      <div role="tabpanel" aria-labelledby="pane-tab-check" hidden={tab !== 'check'}>
        <CheckTab
          check={check}
          waiting={catalogs.loading}
          onSelect={select}
          onApply={apply}
          onHighlight={() => setMarking(true)}
          onClearHighlights={clearHighlights}
          onError={onError}
          onAnnounce={announce}
        />
      </div>
      <div role="tabpanel" aria-labelledby="pane-tab-lookup" hidden={tab !== 'lookup'}>
        <LookupTab host={host} catalogs={catalogs.all} selectedIds={catalogs.selectedIds} workbook={workbook} shown={tab === 'lookup'} onApply={apply} onError={onError} />
      </div>
      <div role="tabpanel" aria-labelledby="pane-tab-assist" hidden={tab !== 'assist'}>
        <AssistTab host={host} catalogs={catalogs.all} selectedIds={catalogs.selectedIds} workbook={workbook} active={tab === 'assist'} onApply={apply} onError={onError} />
      </div>
      <div role="tabpanel" aria-labelledby="pane-tab-catalogs" hidden={tab !== 'catalogs'}>
        <CatalogsTab host={host} catalogs={catalogs} importXlsx={importXlsx} onAnnounce={announce} />
      </div>
      <div role="tabpanel" aria-labelledby="pane-tab-report" hidden={tab !== 'report'}>
        <ReportTab host={host} check={check} catalogs={catalogs.all} onError={onError} />
      </div>
    </div>
  );
}

/** Names each cell an undo left, where it is now, and why. */
function keptNotice(label: string, kept: KeptCell[]): string {
  const cells = kept.map((cell) => `${cell.sheet}!${cell.cell}（${cell.reason}）`).join('、');
  return `已撤销“${label}”，但保留了 ${kept.length} 个单元格的当前内容，未恢复：${cells}。`;
}
