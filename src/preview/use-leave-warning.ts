/**
 * Edits in the browser page live only in memory until downloaded: leaving the page (or opening another
 * workbook over them) must not lose them silently.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { FileHost } from '../host/file/file-host';

/** What the warning needs to know of a workbook. */
export type ChangeTracking = Pick<FileHost, 'hasChanges' | 'revision'>;

export interface LeaveWarning {
  /** Call after the workbook was downloaded: its current state is safe. */
  markSaved(): void;
  /** Whether the workbook holds changes made since it was opened or last downloaded. */
  unsaved(): boolean;
}

export function useLeaveWarning(host: ChangeTracking | undefined): LeaveWarning {
  const savedAt = useRef<number>();
  useEffect(() => {
    savedAt.current = host?.revision;
  }, [host]);
  const unsaved = useCallback(() => Boolean(host && host.hasChanges() && host.revision !== savedAt.current), [host]);
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  const markSaved = useCallback(() => {
    savedAt.current = host?.revision;
  }, [host]);
  return { markSaved, unsaved };
}
