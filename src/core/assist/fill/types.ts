import type { Catalog } from '../../catalog/types';
import type { CellEdit } from '../../findings';
import type { WorkbookReading } from '../../tables';

/** Subtotals and totals are written as plain values or as formulas over the cells they add up. */
export type FillMode = 'value' | 'formula';

export interface FillContext {
  reading: WorkbookReading;
  /** Function / economic classification catalogs, for names and codes. */
  catalogs: Catalog[];
  mode: FillMode;
}

export interface FillProposal {
  edits: CellEdit[];
  /** Chinese notes on what could not be filled and why. */
  notes: string[];
}

/** A preparer's command: proposes edits, never applies them (the host previews and applies). */
export interface FillCommand {
  id: string;
  /** Chinese button title. */
  title: string;
  /** One-line Chinese description. */
  docs: string;
  run(context: FillContext): FillProposal;
}
