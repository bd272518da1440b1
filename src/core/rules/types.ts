import type { Catalog } from '../catalog/types';
import type { TemplateFamily } from '../families';
import type { Narrative } from '../narrative/types';
import type { Amount, AmountUnit } from '../amount';
import type { AmountCell, BudgetTable, TableKind } from '../tables/types';

export type Severity = 'error' | 'warning' | 'info';

export interface CellLocation {
  sheet: string;
  /** A1 cell or range, e.g. "C9" or "C5:C9". */
  cell: string;
}

/** One cell write; exactly one of value / formula. */
export interface CellEdit extends CellLocation {
  value?: string | number | null;
  formula?: string;
}

export interface Fix {
  /** Chinese description shown in the preview, e.g. "将 C9 改为 380.16". */
  description: string;
  edits: CellEdit[];
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  sheet?: string;
  cell?: string;
  related?: CellLocation[];
  expected?: string;
  actual?: string;
  fix?: Fix;
  /** Table the primary cell belongs to, for grouping. */
  table?: TableKind;
  /** Findings that share a group are consequences of one problem; the first is the likely culprit. */
  group?: string;
  /**
   * The arithmetic identity behind an amount finding (target = Σ signed addends). The engine uses it
   * to find the culprit of a cascade; it is not part of the JSON report.
   */
  identity?: Identity;
}

/** One amount taking part in an identity, with the unit of its table. */
export interface IdentityTerm {
  cell: AmountCell;
  unit: AmountUnit;
  /** +1 when the amount is added, -1 when subtracted. */
  sign: 1 | -1;
  /** Chinese words naming the amount, e.g. "基本支出" or "收支总表 本年支出合计". */
  label: string;
}

export interface Identity {
  target: IdentityTerm;
  addends: IdentityTerm[];
  /** Σ signed addends in the target's unit. */
  expected: Amount;
}

/** Severity a profile gives a rule; 'off' switches it off. */
export type SeveritySetting = Severity | 'off';

export interface RuleOptions {
  /** Template family id in force. */
  profile?: string;
  /** The template family in force (detected or chosen). */
  family?: TemplateFamily;
  /** Tables the profile requires (resolved by the engine from the profile id). */
  requiredTables?: TableKind[];
  /** Unit name when known from outside (otherwise the most common name on the tables). */
  unitName?: string;
  /** Workbook year when known from outside (otherwise read from titles). */
  year?: number;
}

export interface RuleContext {
  tables: BudgetTable[];
  tablesOf(kind: TableKind): BudgetTable[];
  narrative: Narrative;
  /** Selected 政府购买服务 catalogs. */
  purchaseCatalogs: Catalog[];
  /** Function and economic classification catalogs in force (bundled partial lists or imports). */
  functionCatalog?: Catalog;
  economicCatalog?: Catalog;
  /** Every available catalog, for "found in another catalog" hints. */
  allCatalogs: Catalog[];
  options: RuleOptions;
}

export interface RuleMeta {
  /** Stable id, e.g. "summary/balance". */
  id: string;
  /** Chinese title. */
  title: string;
  defaultSeverity: Severity;
  /** One-line Chinese description of what the rule checks. */
  docs: string;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): Diagnostic[];
}
