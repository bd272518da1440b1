/**
 * Shows every edit of a fix (or of 全部修复, or of a 查码 insert) before anything is written: each cell's
 * present content beside what it will hold, the changed words marked; formulas are kept unless chosen.
 */
import { Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { CellEdit } from '../../core/findings';
import { textChange } from '../../core/text/changed-parts';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { TextChangeView } from '../shared/TextChangeView';
import { editsToApply, type EditPreview } from './findings';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '16px', maxHeight: '280px', overflowY: 'auto', overflowWrap: 'anywhere' },
  item: { marginBottom: '6px' },
  formula: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface FixPreviewProps {
  title: string;
  previews: EditPreview[];
  /** Chinese notes shown under the edits (what is left out and why). */
  notes?: string[];
  /** Either way focus goes back to the control that opened the dialog (a caller may move it on later). */
  onApply(edits: CellEdit[]): void;
  onCancel(): void;
}

export function FixPreviewDialog({ title, previews, notes = [], onApply, onCancel }: FixPreviewProps) {
  const styles = useStyles();
  const [overwriteFormulas, setOverwriteFormulas] = useState(false);
  const [whole, setWhole] = useState(false);
  const formulaCount = previews.filter((preview) => preview.formula).length;
  const edits = editsToApply(previews, overwriteFormulas);
  const changes = previews.map((preview) => textChange(preview.current, preview.next, whole));
  const clipped = !whole && changes.some((change) => change.clippedStart || change.clippedEnd);
  return (
    <ConfirmDialog
      title={title}
      modalType="modal"
      confirmLabel={`应用修改（${edits.length}）`}
      confirmDisabled={!edits.length}
      onConfirm={() => onApply(edits)}
      onCancel={onCancel}
      returnFocusOnConfirm
    >
      <Text block>将修改以下 {previews.length} 个单元格（一次完成，可撤销）：</Text>
      <ul className={styles.list} aria-label="将修改的单元格">
        {previews.map((preview, index) => (
          <li key={`${preview.edit.sheet}!${preview.edit.cell}|${index}`} className={styles.item}>
            <Text weight="semibold">
              {preview.edit.sheet}!{preview.edit.cell}
            </Text>
            <div>
              现为：
              <TextChangeView change={changes[index]} side="before" />
            </div>
            <div>
              改为：
              <TextChangeView change={changes[index]} side="after" />
            </div>
            {preview.formula ? <span className={styles.formula}>（现为公式 {preview.formula}）</span> : null}
          </li>
        ))}
      </ul>
      {clipped || whole ? (
        <Button size="small" appearance="subtle" onClick={() => setWhole(!whole)}>
          {whole ? '只显示改动附近' : '显示全文'}
        </Button>
      ) : null}
      {notes.length ? (
        <ul className={styles.list} aria-label="说明">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {formulaCount ? (
        <Checkbox
          checked={overwriteFormulas}
          onChange={(_, data) => setOverwriteFormulas(Boolean(data.checked))}
          label={`用数值覆盖 ${formulaCount} 个公式单元格（不勾选则保留公式，只改其余单元格）`}
        />
      ) : null}
    </ConfirmDialog>
  );
}
