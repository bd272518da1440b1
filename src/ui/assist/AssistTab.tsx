/**
 * 填报: fill commands, 政府购买服务 code suggestions and the 情况说明 draft. Every change goes through the
 * pane's fix preview and undo journal (`onApply`); the tables are read again after each applied or undone batch.
 */
import { Button, Divider, Spinner, Text, makeStyles } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Catalog } from '../../core/catalog/types';
import type { Grid } from '../../core/grid';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import { countTables } from '../../core/report';
import type { CellEdit } from '../../core/findings';
import { readWorkbook, type WorkbookReading } from '../../core/tables';
import { FixPreviewDialog } from '../check/FixPreviewDialog';
import { previewEdits } from '../check/findings';
import { DraftSection } from './DraftSection';
import { FillSection } from './FillSection';
import { PurchaseSection } from './PurchaseSection';

export interface WorkbookState {
  grid: Grid;
  reading: WorkbookReading;
}

/** A batch waiting in the preview dialog. */
export interface PendingEdits {
  title: string;
  edits: CellEdit[];
  notes: string[];
  /** What the batch does, for the undo journal (which adds the cells). */
  label: string;
  /** The grid the edits were computed on: the preview shows its present values. */
  grid: Grid;
}

export interface AssistTabProps {
  host: WorkbookHost;
  catalogs: Catalog[];
  selectedIds: string[];
  /** The tab is shown: only then is the workbook read. */
  active: boolean;
  /** Changes whenever a batch is applied or undone, so the tables are read again. */
  revision: number;
  onApply(edits: CellEdit[], label: string): Promise<void>;
  onError(error: unknown): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0, overflowWrap: 'anywhere' },
  bar: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap' },
});

export function AssistTab({ host, catalogs, selectedIds, active, revision, onApply, onError }: AssistTabProps) {
  const styles = useStyles();
  const [workbook, setWorkbook] = useState<WorkbookState & { revision: number }>();
  const [reading, setReading] = useState(false);
  const [pending, setPending] = useState<PendingEdits>();

  const read = useCallback(async (): Promise<WorkbookState> => {
    setReading(true);
    try {
      const grid = await host.readGrid();
      const state = { grid, reading: readWorkbook(grid) };
      setWorkbook({ ...state, revision });
      return state;
    } finally {
      setReading(false);
    }
  }, [host, revision]);

  // Read when shown, and again after each applied or undone batch.
  const readRevision = workbook?.revision;
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the workbook when shown; the pane's one snapshot (useWorkbook, issue 18 item 4) will replace this.
    if (active && readRevision !== revision) read().catch(onError);
  }, [active, revision, readRevision, read, onError]);

  const tables = workbook?.reading.tables ?? [];
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Text size={200}>{workbook ? `已读取 ${countTables(tables.map((t) => ({ sheet: t.sheet, kind: t.kind, title: t.title.text })))} 张表` : '尚未读取工作簿'}</Text>
        <Button size="small" disabled={reading} onClick={() => void read().catch(onError)}>
          重新读取
        </Button>
        {reading ? <Spinner size="extra-tiny" label="正在读取…" /> : null}
      </div>
      <FillSection catalogs={catalogs} read={read} onPreview={setPending} onError={onError} />
      <Divider />
      {workbook ? (
        <>
          <PurchaseSection host={host} workbook={workbook} catalogs={catalogs} selectedIds={selectedIds} onPreview={setPending} onError={onError} />
          <Divider />
          <DraftSection host={host} reading={workbook.reading} onError={onError} />
        </>
      ) : null}
      {pending ? (
        <FixPreviewDialog
          title={pending.title}
          previews={previewEdits(pending.grid, pending.edits)}
          notes={pending.notes}
          onApply={(edits) => {
            setPending(undefined);
            void onApply(edits, pending.label);
          }}
          onCancel={() => setPending(undefined)}
        />
      ) : null}
    </div>
  );
}
