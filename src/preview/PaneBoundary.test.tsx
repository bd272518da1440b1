/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen } from '@testing-library/react';
import { PaneBoundary } from './PaneBoundary';

describe('PaneBoundary', () => {
  it('shows a failing pane as a Chinese message and keeps what is around it', () => {
    let fail = true;
    function Pane() {
      if (fail) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return <p>任务窗格</p>;
    }
    const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <FluentProvider theme={webLightTheme}>
        <p>工作表</p>
        <PaneBoundary>
          <Pane />
        </PaneBoundary>
      </FluentProvider>,
    );
    quiet.mockRestore();
    expect(screen.getByRole('alert').textContent).toContain('任务窗格出错（The quota has been exceeded.）。工作簿和已做的修改仍在，可以下载。');
    expect(screen.getByText('工作表')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: '重新打开窗格' }));
    expect(screen.getByText('任务窗格')).toBeTruthy();
  });
});
