import { buildFiscalSummary } from './build-fiscal-summary';
import { buildSummaryTable } from './build-summary';
import { fillCodeNames } from './code-names';
import { fillOperatingCost } from './operating-cost';
import { fillSubtotals } from './subtotals';
import type { FillCommand } from './types';

export const FILL_COMMANDS: FillCommand[] = [fillCodeNames, fillSubtotals, buildSummaryTable, buildFiscalSummary, fillOperatingCost];

export type { FillCommand, FillContext, FillMode, FillProposal } from './types';
