import type { Catalog } from '../catalog/types';
import type { TemplateFamily } from '../families';
import type { Narrative } from '../narrative/types';
import type { Amount, AmountUnit } from '../amount';
import type { CellRef } from '../grid';
import type { AmountCell, BudgetTable, TableKind } from '../tables/types';
import type { CellLocation, Fix, Severity } from '../findings';

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
  /** Findings that share a group belong to one problem whose cell could not be told; none has a fix. */
  group?: string;
  /** For a cell the diagnosis blames: the failing identities that one change of it makes hold. */
  explains?: ExplainedIdentity[];
  /**
   * The arithmetic identity behind an amount finding (target = Σ signed addends). The engine uses it
   * to find the culprit of a cascade; it is not part of the JSON report.
   */
  identity?: Identity;
}

/** A figure quoted in the 情况说明: where its digits sit in the paragraph and how precisely it is written. */
export interface QuotedFigure {
  /** Offset of the number inside the paragraph text. */
  offset: number;
  /** The paragraph's text, for rewriting the number in place. */
  text: string;
}

export interface ExplainedIdentity extends CellLocation {
  rule: string;
  /** The identity in words, e.g. "本年支出合计应等于各类支出之和". */
  subject: string;
}

/** One amount taking part in an identity, with the unit and published precision of its table. */
export interface IdentityTerm {
  /** The amount and its cell; for a quoted figure, the paragraph's cell and the figure's value. */
  cell: AmountCell;
  unit: AmountUnit;
  /** Decimals the amount is published with (2 for 万元 tables, 0 for whole-元 tables). */
  decimals: number;
  /** +1 when the amount is added, -1 when subtracted. */
  sign: 1 | -1;
  /** Chinese words naming the amount, e.g. "基本支出" or "收支总表 本年支出合计". */
  label: string;
  /** Table the amount belongs to. */
  table?: TableKind;
  /** Set for a figure quoted in the 情况说明 rather than a table cell. */
  figure?: QuotedFigure;
}

export interface Identity {
  rule: string;
  /** The identity in words, e.g. "「201 一般公共服务支出」合计应等于基本支出 + 项目支出". */
  subject: string;
  table?: TableKind;
  target: IdentityTerm;
  addends: IdentityTerm[];
  /** Σ signed addends in the target's unit. */
  expected: Amount;
  /** Largest difference rounding explains, in the target's unit (worked out when first read). */
  readonly envelope: Amount;
  /** 'at-most': the target may be less than the addends (a purchase within its project's amount). */
  relation: 'equal' | 'at-most';
  /** 'residue': off by no more than the envelope (a 尾差). */
  status: 'holds' | 'residue' | 'fails';
  /** False when either side may legitimately differ: the identity is shown but never blames a cell. */
  fixable: boolean;
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
  /** Unit name when known from outside (otherwise the most common name on the tables, else the cover's). */
  unitName?: string;
  /** Workbook year when known from outside (otherwise read from titles). */
  year?: number;
}

/** What every rule of one check reads. */
export interface CheckData {
  tables: BudgetTable[];
  tablesOf(kind: TableKind): BudgetTable[];
  narrative: Narrative;
  /** Selected 政府购买服务 catalogs. */
  purchaseCatalogs: Catalog[];
  /**
   * How they were chosen: 'fallback' means the applicable catalog is not known and every candidate is
   * used, so a code and name that agree in any of them are accepted and disagreement is a warning.
   */
  purchaseSelection?: 'selected' | 'inferred' | 'fallback';
  /** Function and economic classification catalogs in force (bundled partial lists or imports). */
  functionCatalog?: Catalog;
  economicCatalog?: Catalog;
  /** Every available catalog, for "found in another catalog" hints. */
  allCatalogs: Catalog[];
  options: RuleOptions;
  /** Every amount identity the rules compared, holding or not: the engine's diagnosis reads them all. */
  identities: Identity[];
  /** The unit named on a cover sheet, when the workbook has one. */
  coverUnitName?: string;
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

/** What a rule reports; its context adds the rule's id, the severity in force and the table's kind. */
export interface Finding {
  /** The cell the finding is about; none for a workbook-level finding. */
  at?: CellRef;
  message: string;
  /** Only where the rule means another severity than its default (a 尾差 info, an OCR-level variant warning). */
  severity?: Severity;
  /** The table the cell belongs to, or the kind of a table the finding is about. */
  table?: BudgetTable | TableKind;
  related?: CellRef[];
  expected?: string;
  actual?: string;
  fix?: Fix;
  /** The identity of an amount finding, for the diagnosis. */
  identity?: Identity;
}

/** A rule's view of one check, in the manner of ESLint's: the check's data, the rule being run, report(). */
export interface RuleContext extends CheckData {
  readonly rule: RuleMeta;
  report(finding: Finding): void;
}

export interface Rule extends RuleMeta {
  check(context: RuleContext): void;
}
