/** @jest-environment jsdom */
import { act, render } from '@testing-library/react';
import { useLeaveWarning, type ChangeTracking, type LeaveWarning } from './use-leave-warning';

/** A workbook whose changes the test makes by hand (FileHost's own tracking is tested with FileHost). */
class Workbook implements ChangeTracking {
  revision = 1;
  changed = false;
  hasChanges(): boolean {
    return this.changed;
  }
  edit(): void {
    this.changed = true;
    this.revision += 1;
  }
}

function leaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('useLeaveWarning', () => {
  it('asks before leaving while edits are not downloaded, and not after the download', () => {
    const workbook = new Workbook();
    let warning: LeaveWarning | undefined;
    function Probe() {
      warning = useLeaveWarning(workbook);
      return null;
    }
    const { unmount } = render(<Probe />);
    expect(leaving()).toBe(false);
    workbook.edit();
    expect(leaving()).toBe(true);
    expect(warning?.unsaved()).toBe(true);
    act(() => warning?.markSaved());
    expect(leaving()).toBe(false);
    workbook.edit();
    expect(leaving()).toBe(true);
    unmount();
    expect(leaving()).toBe(false);
  });
});
