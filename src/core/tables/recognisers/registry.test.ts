/** A new table kind needs its recogniser: the registry holds one per kind, filed under its own kind. */
import { TABLE_KINDS } from '../types';
import { RECOGNISERS, recogniserFor } from './registry';

describe('recogniser registry', () => {
  it('has one recogniser per table kind, in the order of TABLE_KINDS', () => {
    expect(RECOGNISERS.map((recogniser) => recogniser.kind)).toEqual([...TABLE_KINDS]);
  });

  it('files each recogniser under the kind it reads', () => {
    for (const kind of TABLE_KINDS) expect(recogniserFor(kind).kind).toBe(kind);
  });
});
