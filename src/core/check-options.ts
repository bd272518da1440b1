/**
 * The engine's options from what a caller knows — the catalogs available, the catalogs and template
 * chosen for the workbook (or on the command line) — built the same way for the task pane, the
 * ribbon's 运行检查 and the CLI, so that the three check a workbook alike.
 */
import type { Catalog } from './catalog/types';
import type { CheckOptions } from './engine';

export interface CheckChoices {
  /** Every catalog available: bundled and imported. */
  catalogSet: Catalog[];
  /** Ids of the 政府购买服务 catalogs chosen; none: inferred from the workbook. */
  catalogs?: readonly string[];
  /** Template family chosen; none: detected. */
  profile?: string;
  /** File name shown in the report. */
  file?: string;
}

export function checkOptions({ catalogSet, catalogs, profile, file }: CheckChoices): CheckOptions {
  return {
    ...(file !== undefined ? { file } : {}),
    catalogSet,
    ...(catalogs?.length ? { catalogs: [...catalogs] } : {}),
    ...(profile ? { profile } : {}),
  };
}
