/**
 * The browser preview: open an .xlsx or a published PDF (picker or drop), see its sheets beside the
 * same task pane the Excel add-in shows, fix, undo and download (a PDF is saved as a new workbook).
 * Everything runs in the page; nothing is uploaded.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type DragEvent } from 'react';
import { analyse, type CheckOptions } from '../core/engine';
import type { Grid } from '../core/grid';
import { addPages } from '../core/report-pages';
import type { CellLocation } from '../core/findings';
import { loadBundledCatalogs } from '../data';
import { importCatalogFromXlsx } from '../host/file/catalog-import';
import type { FileHost } from '../host/file/file-host';
import { TaskPaneApp } from '../ui/TaskPaneApp';
import { CellTextDialog } from './CellTextDialog';
import { GridView } from './GridView';
import { PaneBoundary } from './PaneBoundary';
import { describeSelection, displayText, highlightedCells, isLongText, selectedCell } from './grid-model';
import { useHostView } from './use-host-view';
import { useLeaveWarning } from './use-leave-warning';
import { EXAMPLE_NAME, downloadBytes, fetchExample, isPdfName, openWorkbook, savedFileName } from './workbook-file';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100vh', position: 'relative' },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    padding: '8px 16px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    flexShrink: 0,
  },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400, whiteSpace: 'nowrap' },
  fileName: {
    color: tokens.colorNeutralForeground3,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
    flex: 1,
  },
  body: { display: 'flex', flex: 1, minHeight: 0 },
  sheetArea: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 },
  statusRow: { display: 'flex', alignItems: 'center', gap: '6px', flexShrink: 0, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  status: {
    padding: '4px 12px',
    flex: 1,
    minWidth: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    flexShrink: 0,
  },
  pane: {
    width: '340px',
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowY: 'auto',
    overflowX: 'hidden',
  },
  placeholder: { flex: 1, display: 'flex', alignItems: 'center', justifyContent: 'center', color: tokens.colorNeutralForeground3 },
  dropOverlay: {
    position: 'absolute',
    inset: 0,
    zIndex: 10,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    backgroundColor: 'rgba(255,255,255,0.85)',
    border: `3px dashed ${tokens.colorBrandStroke1}`,
    fontSize: tokens.fontSizeBase500,
    pointerEvents: 'none',
  },
  hiddenInput: { display: 'none' },
});

interface OpenWorkbook {
  host: FileHost;
  name: string;
  /** For a PDF: pages without text, whose content was not read. */
  textlessPages: number[];
  /** Number of the open request that produced it; a new one starts the pane afresh. */
  serial: number;
}

export function PreviewApp() {
  const styles = useStyles();
  const [workbook, setWorkbook] = useState<OpenWorkbook>();
  const [busy, setBusy] = useState<string | undefined>('正在打开示例工作簿…');
  const [error, setError] = useState<string>();
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const serial = useRef(0);
  const leave = useLeaveWarning(workbook?.host);

  /** Opens a file for request `request`; a later request (a file picked while the example still loads) wins, whichever finishes first. */
  const load = useCallback(async (request: number, read: () => Promise<ArrayBuffer>, name: string) => {
    const current = () => request === serial.current;
    try {
      const { host, textlessPages } = await openWorkbook(read, name);
      if (current()) setWorkbook({ host, name, textlessPages, serial: request });
    } catch (failure) {
      if (current()) setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      if (current()) setBusy(undefined);
    }
  }, []);

  // The example opens on arrival; the page starts out saying so.
  useEffect(() => {
    void load(++serial.current, fetchExample, EXAMPLE_NAME);
  }, [load]);

  const open = (read: () => Promise<ArrayBuffer>, name: string) => {
    setBusy(`正在打开“${name}”…`);
    setError(undefined);
    void load(++serial.current, read, name);
  };

  const openFile = (file: File | undefined) => {
    if (!file) return;
    if (leave.unsaved() && !window.confirm(`“${workbook?.name}”有尚未下载的修改，打开“${file.name}”会丢弃这些修改。仍要打开吗？`)) return;
    open(() => file.arrayBuffer(), file.name);
  };

  const download = async () => {
    if (!workbook) return;
    setError(undefined);
    try {
      downloadBytes(await workbook.host.saveXlsx(), savedFileName(workbook.name));
      leave.markSaved();
    } catch (failure) {
      setError(`保存失败：${failure instanceof Error ? failure.message : String(failure)}`);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    openFile(event.dataTransfer.files[0]);
  };

  return (
    <div
      className={styles.root}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className={styles.header}>
        <h1 className={styles.title}>预算公开助手 · 浏览器预览</h1>
        <Text className={styles.fileName} title={workbook?.name}>
          {workbook ? workbook.name : ''}
        </Text>
        {busy ? <Spinner size="tiny" label={busy} /> : null}
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,.pdf,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/pdf"
          aria-label="选择工作簿文件"
          onChange={(event) => {
            openFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
        <Button onClick={() => fileInput.current?.click()}>打开工作簿</Button>
        <Button appearance="primary" disabled={!workbook} onClick={() => void download()}>
          {workbook && isPdfName(workbook.name) ? '另存为 Excel 工作簿' : '下载修改后的工作簿'}
        </Button>
      </header>
      <div className={styles.body}>
        {workbook ? (
          <WorkbookView key={workbook.serial} host={workbook.host} textlessPages={workbook.textlessPages} error={error} onDismissError={() => setError(undefined)} />
        ) : (
          <main className={styles.sheetArea}>
            <PageError error={error} onDismiss={() => setError(undefined)} />
            <div className={styles.placeholder}>{busy ? '' : '点击“打开工作簿”，或把 .xlsx 工作簿或公开的 PDF 拖到此处。所有处理都在本机浏览器中完成，文件不会上传。'}</div>
          </main>
        )}
      </div>
      {dragging ? (
        <div className={styles.dropOverlay} aria-hidden="true">
          松开鼠标即可打开工作簿
        </div>
      ) : null}
    </div>
  );
}

/** The page's own message (a file that cannot be opened or saved), where the sheet is. */
function PageError({ error, onDismiss }: { error?: string; onDismiss(): void }) {
  return error ? (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{error}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label="关闭提示" onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  ) : null;
}

/** Findings on a PDF's sheets name the page their cell was printed on. */
function checkWithPages(grid: Grid, options: CheckOptions) {
  const analysis = analyse(grid, options);
  return { ...analysis, report: addPages(analysis.report, grid) };
}

/** Pages of a PDF that were only images: nothing on them was read. */
function TextlessPages({ pages }: { pages: number[] }) {
  return pages.length ? (
    <MessageBar intent="warning">
      <MessageBarBody>第{pages.join('、')}页只有图片、没有文字层（可能是扫描件），这些页上的内容未读取、未检查。</MessageBarBody>
    </MessageBar>
  ) : null;
}

interface WorkbookViewProps {
  host: FileHost;
  textlessPages: number[];
  error?: string;
  onDismissError(): void;
}

function WorkbookView({ host, textlessPages, error, onDismissError }: WorkbookViewProps) {
  const styles = useStyles();
  const { grid, revision, highlights, selection } = useHostView(host);
  const [reading, setReading] = useState<CellLocation>();
  const select = useCallback((location: CellLocation) => void host.selectCell(location), [host]);
  const mark = selection ? highlightedCells(highlights, selection.sheet).get(selection.cell.split(':')[0]) : undefined;
  const long = selection ? isLongText(displayText(selectedCell(grid, selection))) : false;
  return (
    <>
      <main className={styles.sheetArea}>
        <PageError error={error} onDismiss={onDismissError} />
        <TextlessPages pages={textlessPages} />
        <GridView grid={grid} revision={revision} highlights={highlights} selection={selection} onSelect={select} onOpenCell={setReading} />
        <div className={styles.statusRow}>
          <div className={styles.status} data-testid="status" title={selection ? describeSelection(grid, selection, mark) : undefined}>
            {selection ? describeSelection(grid, selection, mark) : '点击单元格可选中（查码插入的目标），方向键移动，Enter 查看全文'}
            {highlights.length ? ` · 标记 ${highlights.length} 处` : ''}
          </div>
          {selection && (long || mark) ? (
            <Button size="small" appearance="subtle" onClick={() => setReading(selection)}>
              {long ? '查看全文' : '查看问题'}
            </Button>
          ) : null}
        </div>
      </main>
      <aside className={styles.pane} aria-label="任务窗格">
        <PaneBoundary>
          <TaskPaneApp host={host} loadCatalogs={loadBundledCatalogs} checkWorkbook={checkWithPages} importXlsx={importCatalogFromXlsx} />
        </PaneBoundary>
      </aside>
      {reading ? <CellTextDialog grid={grid} location={reading} mark={highlightedCells(highlights, reading.sheet).get(reading.cell.split(':')[0])} onClose={() => setReading(undefined)} /> : null}
    </>
  );
}
