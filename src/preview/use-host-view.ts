/** Keeps the preview's view of a FileHost current: cells, highlights and selection. */
import { useEffect, useState } from 'react';
import type { Grid } from '../core/grid';
import type { Highlight } from '../core/ports/workbook-host';
import type { CellLocation } from '../core/findings';
import type { FileHost } from '../host/file/file-host';

export interface HostView {
  /** The host's live grid; `revision` changes whenever its cells do. */
  grid: Grid;
  revision: number;
  highlights: Highlight[];
  selection?: CellLocation;
}

export function useHostView(host: FileHost): HostView {
  const [revision, setRevision] = useState(0);
  const [highlights, setHighlights] = useState(host.highlights);
  const [selection, setSelection] = useState<CellLocation>();
  useEffect(() => {
    const stopChanges = host.onChange((change) => {
      if (change === 'cells') setRevision((value) => value + 1);
      if (change === 'highlights') setHighlights(host.highlights);
    });
    const stopSelection = host.onSelectionChanged(({ sheet, cell }) => setSelection({ sheet, cell }));
    return () => {
      stopChanges();
      stopSelection();
    };
  }, [host]);
  return { grid: host.peekGrid(), revision, highlights, selection };
}
