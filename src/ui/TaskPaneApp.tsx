/**
 * The task pane: 检查 / 查码 / 填报 / 目录 / 报告 over any WorkbookHost (Excel, the browser preview's file,
 * memory in tests). The caller wraps it in a FluentProvider. All edits go through one undo journal.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Grid } from '../core/grid';
import type { Catalog } from '../core/catalog/types';
import type { KeptCell, WorkbookHost } from '../core/ports/workbook-host';
import type { CellEdit, Diagnostic } from '../core/rules/types';
import { AssistTab } from './assist/AssistTab';
import { CatalogsTab, type XlsxImporter } from './catalogs/CatalogsTab';
import { localCatalogStore, type CatalogStore } from './catalogs/catalog-store';
import { CheckTab } from './check/CheckTab';
import { LookupTab } from './lookup/LookupTab';
import { ReportTab } from './report/ReportTab';
import { errorText } from './shared/errors';
import { useCatalogs } from './state/use-catalogs';
import { useCheck, type CheckFunction } from './state/use-check';
import { useJournal } from './state/use-journal';

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
  undo: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap' },
  undoLabel: { flex: 1, minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
});

export function TaskPaneApp({ host, loadCatalogs, checkWorkbook, importXlsx, catalogStore = localCatalogStore }: TaskPaneAppProps) {
  const styles = useStyles();
  const [tab, setTab] = useState<TabId>('check');
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const catalogs = useCatalogs(host, catalogStore, loadCatalogs);
  const check = useCheck(host, catalogs.all, catalogs.selectedIds, checkWorkbook);
  const journal = useJournal(host);
  const lastRecord = journal.records[journal.records.length - 1];

  const onError = useCallback((failure: unknown) => setError(errorText(failure)), []);
  const hasReport = Boolean(check.result);
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
  const apply = useCallback((edits: CellEdit[], label: string) => changeThenRecheck(() => journal.apply(edits, label)), [changeThenRecheck, journal]);
  const undo = () =>
    void changeThenRecheck(async () => {
      const undone = await journal.undoLast();
      setNotice(undone?.kept.length ? keptNotice(undone.record.label, undone.kept) : undefined);
    });

  const select = useCallback(
    (finding: Diagnostic) => {
      if (finding.sheet && finding.cell) host.selectCell({ sheet: finding.sheet, cell: finding.cell }).catch(onError);
    },
    [host, onError],
  );
  const highlight = useCallback(
    (findings: Diagnostic[]) =>
      void host
        .clearHighlights()
        .then(() => host.highlight(findings.flatMap((d) => (d.sheet && d.cell ? [{ sheet: d.sheet, cell: d.cell, severity: d.severity }] : []))))
        .catch(onError),
    [host, onError],
  );
  const clearHighlights = useCallback(() => void host.clearHighlights().catch(onError), [host, onError]);
  // Suggestions in 查码 need the tables; without a check yet, read the workbook once for them.
  // A read taken before the last applied or undone batch is stale.
  const [lookupRead, setLookupRead] = useState<{ grid: Grid; records: number }>();
  const records = journal.records.length;
  const lookupGrid = lookupRead?.records === records ? lookupRead.grid : undefined;
  useEffect(() => {
    if (tab === 'lookup' && !check.result && !lookupGrid) host.readGrid().then((grid) => setLookupRead({ grid, records }), () => undefined);
  }, [tab, check.result, lookupGrid, host, records]);
  const grid = check.result?.grid ?? lookupGrid;

  return (
    <div className={styles.root}>
      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabId)} size="small" aria-label="功能">
        {TABS.map(({ id, label }) => (
          <Tab key={id} value={id}>
            {label}
          </Tab>
        ))}
      </TabList>
      {error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label="关闭提示" onClick={() => setError(undefined)}>×</Button>} />
        </MessageBar>
      ) : null}
      {notice ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{notice}</MessageBarBody>
          <MessageBarActions containerAction={<Button appearance="transparent" size="small" aria-label="关闭提示" onClick={() => setNotice(undefined)}>×</Button>} />
        </MessageBar>
      ) : null}
      {lastRecord ? (
        <div className={styles.undo} aria-live="polite">
          <Text size={200} className={styles.undoLabel} title={lastRecord.label}>
            已修改：{lastRecord.label}
            {journal.records.length > 1 ? `（可逐步撤销 ${journal.records.length} 次）` : ''}
          </Text>
          <Button size="small" onClick={undo}>
            撤销
          </Button>
        </div>
      ) : null}
      <div role="tabpanel" aria-label="检查" hidden={tab !== 'check'}>
        <CheckTab check={check} waiting={catalogs.loading} onSelect={select} onApply={apply} onHighlight={highlight} onClearHighlights={clearHighlights} onError={onError} />
      </div>
      <div role="tabpanel" aria-label="查码" hidden={tab !== 'lookup'}>
        <LookupTab host={host} catalogs={catalogs.all} selectedIds={catalogs.selectedIds} grid={grid} shown={tab === 'lookup'} onApply={apply} onError={onError} />
      </div>
      <div role="tabpanel" aria-label="填报" hidden={tab !== 'assist'}>
        <AssistTab
          host={host}
          catalogs={catalogs.all}
          selectedIds={catalogs.selectedIds}
          active={tab === 'assist'}
          revision={journal.records.length}
          onApply={apply}
          onError={onError}
        />
      </div>
      <div role="tabpanel" aria-label="目录" hidden={tab !== 'catalogs'}>
        <CatalogsTab host={host} catalogs={catalogs} importXlsx={importXlsx} />
      </div>
      <div role="tabpanel" aria-label="报告" hidden={tab !== 'report'}>
        <ReportTab host={host} check={check} onError={onError} />
      </div>
    </div>
  );
}

/** Names each cell an undo left, where it is now, and why. */
function keptNotice(label: string, kept: KeptCell[]): string {
  const cells = kept.map((cell) => `${cell.sheet}!${cell.cell}（${cell.reason}）`).join('、');
  return `已撤销“${label}”，但保留了 ${kept.length} 个单元格的当前内容，未恢复：${cells}。`;
}
