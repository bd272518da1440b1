/**
 * Keeps the page when the task pane fails while rendering: the sheets, the edits made so far and the
 * download button stay; the pane shows what went wrong and can be started again.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';
import { errorText } from '../ui/shared/errors';

interface State {
  error?: unknown;
}

export class PaneBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>任务窗格出错（{errorText(this.state.error)}）。工作簿和已做的修改仍在，可以下载。</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: undefined })}>
            重新打开窗格
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
