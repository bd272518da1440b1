/**
 * The workbook's cells for 查码: the last grid read (for suggestions while the user moves around),
 * and a fresh one before a write, so a cell's present content is what the preview shows. A grid is
 * fresh until the journal changes or the user edits cells; the last check's grid counts as a read.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Grid } from '../../core/grid';
import type { WorkbookHost } from '../../core/ports/workbook-host';

export interface WorkbookGrid {
  grid?: Grid;
  fresh(): Promise<Grid>;
}

export function useWorkbookGrid(host: WorkbookHost, checkedGrid: Grid | undefined, revision: number): WorkbookGrid {
  const version = useRef(0);
  const seenRevision = useRef(revision);
  const seenChecked = useRef<Grid>();
  const cache = useRef<{ grid: Grid; version: number }>();
  const [, redraw] = useState(0);

  // Counted during render so that a grid read in this render is compared with the right version.
  if (seenRevision.current !== revision) {
    seenRevision.current = revision;
    version.current += 1;
  }
  if (checkedGrid && checkedGrid !== seenChecked.current) {
    seenChecked.current = checkedGrid;
    cache.current = { grid: checkedGrid, version: version.current };
  }

  useEffect(
    () =>
      host.onCellsChanged?.(() => {
        version.current += 1;
      }),
    [host],
  );

  const fresh = useCallback(async () => {
    const wanted = version.current;
    if (cache.current?.version === wanted) return cache.current.grid;
    const grid = await host.readGrid();
    cache.current = { grid, version: wanted };
    redraw((n) => n + 1);
    return grid;
  }, [host]);

  return { grid: cache.current?.grid, fresh };
}
