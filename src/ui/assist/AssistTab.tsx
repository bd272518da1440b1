/**
 * 填报: fill commands, 政府购买服务 code suggestions and the 情况说明 draft, over the pane's workbook
 * snapshot (read when the tab is shown without a current one). Every change goes through the pane's
 * fix preview and undo journal (`onApply`).
 */
import { Button, Divider, Spinner, Text, makeStyles } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Catalog } from '../../core/catalog/types';
import type { Grid } from '../../core/grid';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import { countTables } from '../../core/report';
import type { CellEdit } from '../../core/findings';
import { FixPreviewDialog } from '../check/FixPreviewDialog';
import { previewEdits } from '../check/findings';
import type { Workbook } from '../state/use-workbook';
import { DraftSection } from './DraftSection';
import { FillSection } from './FillSection';
import { PurchaseSection } from './PurchaseSection';

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
  /** The pane's snapshot of the workbook. */
  workbook: Workbook;
  /** The tab is shown: only then is the workbook read. */
  active: boolean;
  onApply(edits: CellEdit[], label: string): Promise<void>;
  onError(error: unknown): void;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', minWidth: 0, overflowWrap: 'anywhere' },
  bar: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap' },
});

export function AssistTab({ host, catalogs, selectedIds, workbook, active, onApply, onError }: AssistTabProps) {
  const styles = useStyles();
  const [rereading, setRereading] = useState(false);
  const [pending, setPending] = useState<PendingEdits>();
  const { snapshot, stale, fresh } = workbook;

  // Shown without a current snapshot (none yet, or a batch applied or undone since): read one. A check
  // in progress is shared, not repeated.
  useEffect(() => {
    if (active && stale) fresh().catch(onError);
  }, [active, stale, fresh, onError]);

  const reread = () => {
    setRereading(true);
    workbook
      .read()
      .catch(onError)
      .finally(() => setRereading(false));
  };

  const reading = rereading || (active && stale);
  const tables = snapshot?.reading.tables ?? [];
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Text size={200}>{snapshot ? `已读取 ${countTables(tables.map((t) => ({ sheet: t.sheet, kind: t.kind, title: t.title.text })))} 张表` : '尚未读取工作簿'}</Text>
        <Button size="small" disabled={reading} onClick={reread}>
          重新读取
        </Button>
        {reading ? <Spinner size="extra-tiny" label="正在读取…" /> : null}
      </div>
      <FillSection catalogs={catalogs} fresh={fresh} onPreview={setPending} onError={onError} />
      <Divider />
      {snapshot ? (
        <>
          <PurchaseSection host={host} workbook={snapshot} catalogs={catalogs} selectedIds={selectedIds} onPreview={setPending} onError={onError} />
          <Divider />
          <DraftSection host={host} reading={snapshot.reading} onError={onError} />
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
