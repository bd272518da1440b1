/**
 * The pane's one snapshot of the workbook: the cells last read and the tables and 情况说明 read from
 * them. Every tab reads it. A check makes it with the engine's own reading, so a check reads the
 * workbook once and its tables once; a tab that needs the present cells (before it plans a write)
 * reads again only when the snapshot may be out of date — a batch applied or undone, cells the host
 * reports edited — and tabs asking at the same time share one read.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Grid } from '../../core/grid';
import type { ReadOptions, WorkbookHost } from '../../core/ports/workbook-host';
import { readWorkbook, type WorkbookReading } from '../../core/tables';

export interface WorkbookSnapshot {
  grid: Grid;
  reading: WorkbookReading;
}

export interface Workbook {
  /** The last snapshot; it may be out of date (see `stale`). */
  snapshot?: WorkbookSnapshot;
  /** The workbook may have changed since the snapshot was read (or there is none yet). */
  stale: boolean;
  /** Cells were edited outside the pane (the host says so) since the snapshot was read. */
  edited: boolean;
  /**
   * The present workbook, to plan a write on: the snapshot when nothing changed since (and the host
   * would have said so), else a new one (the read in progress, when there is one).
   */
  fresh(): Promise<WorkbookSnapshot>;
  /** Reads the workbook now; its tables are read once. */
  read(): Promise<WorkbookSnapshot>;
  /**
   * Reads the workbook now and hands the cells to `analyse` (the check), whose reading of them becomes
   * the snapshot's; resolves to what `analyse` returned.
   */
  refresh<T extends { reading: WorkbookReading }>(options: ReadOptions, analyse: (grid: Grid) => T | Promise<T>): Promise<T>;
  /** The workbook changed (the journal applied or undid a batch): the snapshot is out of date. */
  invalidate(): void;
}

interface Held {
  snapshot: WorkbookSnapshot;
  /** The generation the read started in: a change during the read leaves the snapshot out of date. */
  generation: number;
  /** Edits the host had reported when the read started. */
  edits: number;
}

const readingOf = (grid: Grid) => ({ reading: readWorkbook(grid) });

export function useWorkbook(host: WorkbookHost): Workbook {
  const [held, setHeld] = useState<Held>();
  const [generation, setGeneration] = useState(0);
  const [edits, setEdits] = useState(0);
  // Mirrors for callbacks, which may run before the render that follows a change.
  const heldNow = useRef<Held>();
  const generationNow = useRef(0);
  const editsNow = useRef(0);
  // Whether the host reports the user's edits: only then is an unchanged snapshot the present workbook.
  const editsReported = useRef(false);
  const inFlight = useRef<{ generation: number; snapshot: Promise<WorkbookSnapshot> }>();

  const invalidate = useCallback(() => {
    generationNow.current += 1;
    setGeneration(generationNow.current);
  }, []);
  useEffect(() => {
    const stop = host.onCellsChanged?.(() => {
      editsNow.current += 1;
      setEdits(editsNow.current);
      invalidate();
    });
    editsReported.current = stop !== undefined;
    return stop;
  }, [host, invalidate]);

  const load = useCallback(
    <T extends { reading: WorkbookReading }>(options: ReadOptions, analyse: (grid: Grid) => T | Promise<T>) => {
      const started = generationNow.current;
      const editsBefore = editsNow.current;
      const loaded = (async () => {
        const grid = await host.readGrid(options);
        const analysed = await analyse(grid);
        const snapshot: WorkbookSnapshot = { grid, reading: analysed.reading };
        // A read that finishes after a newer one started keeps the newer.
        if (!heldNow.current || heldNow.current.generation <= started) {
          heldNow.current = { snapshot, generation: started, edits: editsBefore };
          setHeld(heldNow.current);
        }
        return { analysed, snapshot };
      })();
      const flight = { generation: started, snapshot: loaded.then(({ snapshot }) => snapshot) };
      inFlight.current = flight;
      const landed = () => {
        if (inFlight.current === flight) inFlight.current = undefined;
      };
      flight.snapshot.then(landed, landed);
      return loaded;
    },
    [host],
  );
  const refresh = useCallback(
    <T extends { reading: WorkbookReading }>(options: ReadOptions, analyse: (grid: Grid) => T | Promise<T>) => load(options, analyse).then(({ analysed }) => analysed),
    [load],
  );
  const read = useCallback(() => load({}, readingOf).then(({ snapshot }) => snapshot), [load]);

  const fresh = useCallback(async (): Promise<WorkbookSnapshot> => {
    const current = heldNow.current;
    if (current && current.generation === generationNow.current && editsReported.current) return current.snapshot;
    const flight = inFlight.current;
    if (flight && flight.generation === generationNow.current) {
      try {
        return await flight.snapshot;
      } catch {
        // A cancelled check: read for this caller.
      }
    }
    return read();
  }, [read]);

  return { snapshot: held?.snapshot, stale: !held || held.generation !== generation, edited: !!held && held.edits !== edits, fresh, read, refresh, invalidate };
}
