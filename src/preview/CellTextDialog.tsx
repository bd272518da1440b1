/** A cell's whole text (a 情况说明 paragraph does not fit a grid cell), its formula and the findings marked on it. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Grid } from '../core/grid';
import type { CellLocation } from '../core/findings';
import { useOpener } from '../ui/shared/focus';
import { displayText, selectedCell, type CellMark } from './grid-model';

const useStyles = makeStyles({
  text: {
    margin: 0,
    maxHeight: '50vh',
    overflowY: 'auto',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase400,
  },
  findings: { margin: '8px 0 0', paddingLeft: '18px' },
});

export interface CellTextDialogProps {
  grid: Grid;
  location: CellLocation;
  mark?: CellMark;
  onClose(): void;
}

export function CellTextDialog({ grid, location, mark, onClose }: CellTextDialogProps) {
  const styles = useStyles();
  const returnFocus = useOpener();
  const cell = selectedCell(grid, location);
  const close = () => {
    onClose();
    returnFocus();
  };
  const title = `${location.sheet}!${location.cell.split(':')[0]} 全文`;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && close()}>
      <DialogSurface aria-label={title}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>
            <pre className={styles.text} tabIndex={0} role="region" aria-label="单元格内容">
              {displayText(cell) || '（空）'}
            </pre>
            {cell?.f ? <Text block>公式：{cell.f}</Text> : null}
            {mark ? (
              <ul className={styles.findings} aria-label="此单元格的问题">
                {mark.findings.map((finding) => (
                  <li key={finding}>{finding}</li>
                ))}
              </ul>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={close}>
              关闭
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
