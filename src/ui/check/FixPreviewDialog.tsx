/** Shows every edit of a fix (or of 全部修复) before anything is written; formulas are kept unless chosen. */
import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { CellEdit } from '../../core/rules/types';
import { changedParts, editsToApply, type EditPreview } from './findings';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: '16px', maxHeight: '240px', overflowY: 'auto', wordBreak: 'break-all' },
  formula: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface FixPreviewProps {
  title: string;
  previews: EditPreview[];
  /** Chinese notes shown under the edits (what could not be filled and why). */
  notes?: string[];
  onApply(edits: CellEdit[]): void;
  onCancel(): void;
}

export function FixPreviewDialog({ title, previews, notes = [], onApply, onCancel }: FixPreviewProps) {
  const styles = useStyles();
  const [overwriteFormulas, setOverwriteFormulas] = useState(false);
  const formulaCount = previews.filter((preview) => preview.formula).length;
  const edits = editsToApply(previews, overwriteFormulas);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface aria-label={title}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <Text block>将修改以下 {previews.length} 个单元格（一次完成，可撤销）：</Text>
            <ul className={styles.list}>
              {previews.map((preview, index) => (
                <li key={`${preview.edit.sheet}!${preview.edit.cell}|${index}`}>
                  {preview.edit.sheet}!{preview.edit.cell}：{shown(preview)}
                  {preview.formula ? <span className={styles.formula}>（现为公式 {preview.formula}）</span> : null}
                </li>
              ))}
            </ul>
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
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!edits.length} onClick={() => onApply(edits)}>
              应用修改（{edits.length}）
            </Button>
            <Button onClick={onCancel}>取消</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function shown(preview: EditPreview): string {
  const { before, after } = changedParts(preview.current, preview.next);
  return `${before || '（空）'} → ${after}`;
}
