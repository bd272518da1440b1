/**
 * A dialog that asks before an action: a question (deleting a catalog, overwriting a cell) or content to
 * review first (the cell edits of a fix). Cancelling, by button or Escape, returns focus to the opener.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useOpener } from './focus';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: ReactNode;
  onConfirm(): void;
  /** Focus goes back to the control that opened the dialog. */
  onCancel(): void;
  /** 'alert' (default) for a question; 'modal' for content the user reviews before confirming. */
  modalType?: 'alert' | 'modal';
  /** The action stays focusable but does nothing (nothing to apply). */
  confirmDisabled?: boolean;
  /** Focus also goes back to the opener after confirming, when the opener outlives the action. */
  returnFocusOnConfirm?: boolean;
}

export function ConfirmDialog({ title, children, confirmLabel, onConfirm, onCancel, modalType = 'alert', confirmDisabled = false, returnFocusOnConfirm = false }: ConfirmDialogProps) {
  const returnFocus = useOpener();
  const cancel = () => {
    onCancel();
    returnFocus();
  };
  const confirm = () => {
    onConfirm();
    if (returnFocusOnConfirm) returnFocus();
  };
  return (
    <Dialog open modalType={modalType} onOpenChange={(_, data) => !data.open && cancel()}>
      <DialogSurface aria-label={title}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={confirmDisabled} onClick={confirm}>
              {confirmLabel}
            </Button>
            <Button onClick={cancel}>取消</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
