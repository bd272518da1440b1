/** 忽略 asks why: the reason stays with the finding in the workbook, the reports and every reviewer's check. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { REASON_MAX, reasonProblem } from '../../core/ignores';
import type { ReportDiagnostic } from '../../core/report';
import { SEVERITY_LABEL } from '../../core/findings';
import { errorText } from '../shared/errors';
import { useOpener } from '../shared/focus';

export interface IgnoreDialogProps {
  finding: ReportDiagnostic;
  /** Saves the decision; rejects with a Chinese message when it cannot. */
  onIgnore(reason: string): Promise<void>;
  onCancel(): void;
}

export function IgnoreDialog({ finding, onIgnore, onCancel }: IgnoreDialogProps) {
  const returnFocus = useOpener();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const where = finding.sheet ? `${finding.sheet}!${finding.cell ?? ''}` : '工作簿';
  const cancel = () => {
    onCancel();
    returnFocus();
  };
  const submit = () => {
    const invalid = reasonProblem(reason);
    if (invalid) {
      setProblem(invalid);
      return;
    }
    onIgnore(reason).catch((error: unknown) => setProblem(errorText(error)));
  };
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && cancel()}>
      <DialogSurface aria-label="忽略这条问题">
        <DialogBody>
          <DialogTitle>忽略这条问题</DialogTitle>
          <DialogContent>
            <Text block>
              {SEVERITY_LABEL[finding.severity]} · {where}：{finding.message.length > 120 ? `${finding.message.slice(0, 120)}…` : finding.message}
            </Text>
            <Field
              label="忽略的理由"
              required
              validationState={problem ? 'error' : 'none'}
              validationMessage={problem}
              hint={`忽略后这条问题仍会列出并单独计数，报告和审核人员都能看到理由（${REASON_MAX} 字以内）。`}
            >
              <Input
                value={reason}
                autoFocus
                maxLength={REASON_MAX}
                onChange={(_, data) => setReason(data.value)}
                onKeyDown={(event) => {
                  if (event.key !== 'Enter') return;
                  // Without this the same key press would also activate whatever takes focus next.
                  event.preventDefault();
                  submit();
                }}
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={submit}>
              忽略
            </Button>
            <Button onClick={cancel}>取消</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
