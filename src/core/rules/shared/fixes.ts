/** Fixes rules offer: one value into one cell, or edits made elsewhere (none, when nothing could be made). */
import type { CellRef } from '../../grid';
import type { CellEdit, Fix } from '../../findings';
import { locate } from './cells';

export function setCell(ref: CellRef, value: string | number, description: string): Fix {
  return { description, edits: [{ ...locate(ref), value }] };
}

/** A fix of the edits that could be made; undefined when there are none. */
export function fixOf(description: string, edits: CellEdit | CellEdit[] | undefined): Fix | undefined {
  const list = edits === undefined ? [] : Array.isArray(edits) ? edits : [edits];
  return list.length ? { description, edits: list } : undefined;
}
