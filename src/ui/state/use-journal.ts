/** The pane's undo journal: every applied batch, newest last; undo reverts the newest. */
import { useCallback, useState } from 'react';
import type { EditRecord, RevertOutcome, WorkbookHost } from '../../core/ports/workbook-host';
import type { CellEdit } from '../../core/findings';

export interface Journal {
  records: EditRecord[];
  apply(edits: CellEdit[], label: string): Promise<EditRecord>;
  /** Undoes the newest record; the outcome names cells the host left because the user changed them since. */
  undoLast(): Promise<(RevertOutcome & { record: EditRecord }) | undefined>;
}

/** `onChange` runs after each applied or undone batch, before its promise resolves. */
export function useJournal(host: WorkbookHost, onChange: () => void): Journal {
  const [records, setRecords] = useState<EditRecord[]>([]);
  const apply = useCallback(
    async (edits: CellEdit[], label: string) => {
      const record = await host.applyEdits(edits, label);
      onChange();
      setRecords((current) => [...current, record]);
      return record;
    },
    [host, onChange],
  );
  const undoLast = useCallback(async () => {
    const last = records[records.length - 1];
    if (!last) return undefined;
    const outcome = await host.revert(last);
    onChange();
    setRecords((current) => current.filter((record) => record.id !== last.id));
    return { ...outcome, record: last };
  }, [host, records, onChange]);
  return { records, apply, undoLast };
}
