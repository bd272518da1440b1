/** check(grid) → Report: grid → recognised tables → rules → report. */
import { formatAmount } from './amount';
import { catalogLabel } from './catalog/lookup';
import type { Catalog } from './catalog/types';
import { parseA1, rangeToA1, refToA1, type Grid } from './grid';
import type { Report, ReportPurchase, ReportTable } from './report';
import { selectPurchaseCatalogs, type CatalogSelection } from './catalog/selection';
import { FAMILIES, detectFamily, familyById, familyWords, requiredKinds } from './families';
import { codesMissingCode } from './rules/codes/missing-code';
import { metaAmountReadable } from './rules/meta/amount-readable';
import { RULES } from './rules/registry';
import { runRule, settle, type SeveritySettings } from './rules/run';
import { locate } from './rules/shared/cells';
import { groupBy } from './rules/shared/group-by';
import { purchasesOf } from './rules/shared/purchases';
import { workbookUnitName, mostCommon } from './rules/shared/unit-name';
import type { CheckData, Diagnostic, Identity, RuleMeta } from './rules/types';
import type { Severity } from './findings';
import { readWorkbook, type BudgetTable, type ReadIssue, type WorkbookReading } from './tables';
import { withTextMemo } from './text/memo';

export interface CheckOptions {
  /** File name shown in the report. */
  file?: string;
  /** Ids of the 政府购买服务 catalogs that apply; without them they are inferred (see catalog/selection). */
  catalogs?: string[];
  /** Template family id (see core/families) overriding the detected one; 'default' and 'core' are old names. */
  profile?: string;
  /**
   * Every catalog available (bundled and imported). Core cannot load bundled data itself: callers pass
   * `await loadBundledCatalogs()` from src/data. Without it, catalog checks are skipped.
   */
  catalogSet?: Catalog[];
  /** Per-rule severity from a profile: raise, lower or switch off ('off') any rule by id. */
  severities?: SeveritySettings;
  /** Workbook year and unit name when known from outside; otherwise read from the tables. */
  year?: number;
  unitName?: string;
}

/** Findings about the check's own setup (template, catalogs): made by the engine, titled like a rule's. */
export const ENGINE_SETUP: RuleMeta = {
  id: 'engine/setup',
  title: '检查设置（目录、模板）',
  defaultSeverity: 'warning',
  docs: '所选模板或目录不存在、未提供目录、无法判断适用的政府购买服务目录时说明按什么检查。',
};

/** What the table reader could not read or had to guess (no unit, a hidden sheet, an unreadable table). */
export const TABLES_READ: RuleMeta = {
  id: 'tables/read',
  title: '表格读取',
  defaultSeverity: 'warning',
  docs: '识别表格时遇到的问题：未注明单位、未写明单位名称、无法读取的表格或列。',
};

/** A check with what it rested on: the tables read and every identity compared (for evaluation tools). */
export interface Analysis {
  report: Report;
  reading: WorkbookReading;
  identities: Identity[];
}

export function check(grid: Grid, options: CheckOptions = {}): Report {
  return analyse(grid, options).report;
}

export function analyse(grid: Grid, options: CheckOptions = {}): Analysis {
  return withTextMemo(() => analyseWithMemo(grid, options));
}

function analyseWithMemo(grid: Grid, options: CheckOptions): Analysis {
  const reading = readWorkbook(grid);
  const year = options.year ?? mostCommon(reading.tables.flatMap((t) => (t.year ? [t.year] : [])));
  const catalogSet = options.catalogSet ?? [];
  const selection = selectPurchaseCatalogs(grid, catalogSet, options.catalogs);
  const detected = detectFamily(
    familyWords(
      grid,
      reading.tables.map((t) => t.title.text),
    ),
  );
  const chosen = familyById(options.profile);
  const family = chosen ?? detected.family;
  const byKind = groupBy(reading.tables, (t) => t.kind);
  const data: CheckData = {
    tables: reading.tables,
    tablesOf: (kind) => byKind.get(kind) ?? [],
    narrative: reading.narrative,
    purchaseCatalogs: selection.catalogs,
    purchaseSelection: selection.reason,
    functionCatalog: classification(catalogSet, 'function'),
    economicCatalog: classification(catalogSet, 'economic'),
    allCatalogs: catalogSet,
    options: { profile: family.id, family, requiredTables: requiredKinds(family), year, unitName: options.unitName },
    coverUnitName: reading.coverUnitName?.text,
    identities: [],
  };
  const ruleFindings = RULES.flatMap((rule) => runRule(rule, data, options.severities?.[rule.id]));
  const unknownProfile = options.profile !== undefined && !chosen;
  const findings = [...setupFindings(options, selection, unknownProfile, catalogSet.length > 0), ...readingFindings(reading.issues, reading.tables, ruleFindings), ...ruleFindings];
  const diagnostics = settle(findings, data.identities, options.severities);
  const summary: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) summary[d.severity] += 1;
  const report: Report = {
    file: options.file ?? grid.name ?? '',
    unitName: workbookUnitName(data),
    year,
    family: family.id,
    catalogs: selection.catalogs.map((c) => c.id),
    sheets: grid.sheets.map((sheet) => sheet.name),
    tables: reading.tables.map((t): ReportTable => ({
      kind: t.kind,
      sheet: t.sheet,
      range: rangeToA1(t.range),
      title: t.title.text,
      ...(t.unit ? { unit: t.unit.unit } : {}),
      ...(t.continuations ? { continuations: t.continuations.map((part) => `${part.sheet}!${rangeToA1(part.range)}`) } : {}),
    })),
    purchases: purchasesOf(data).map((p): ReportPurchase => ({
      project: p.project,
      amount: p.amount ? formatAmount(p.amount) : '',
      code: p.code,
      name: p.name,
      sheet: p.codeRef.sheet,
      cell: refToA1(p.codeRef),
    })),
    diagnostics,
    summary,
  };
  return { report, reading, identities: data.identities };
}

/** A complete (imported) classification list is preferred over the bundled partial one. */
function classification(catalogs: Catalog[], kind: 'function' | 'economic'): Catalog | undefined {
  const lists = catalogs.filter((c) => c.kind === kind);
  return lists.find((c) => c.complete) ?? lists[0];
}

function setupFindings(options: CheckOptions, selection: CatalogSelection, unknownProfile: boolean, hasCatalogs: boolean): Diagnostic[] {
  const findings: Diagnostic[] = [];
  if (unknownProfile) {
    findings.push({
      rule: ENGINE_SETUP.id,
      severity: 'warning',
      message: `未知的模板“${options.profile}”，已按自动识别的模板检查（可用：${FAMILIES.map((f) => f.id).join('、')}）。`,
    });
  }
  if (selection.unknownIds.length) {
    findings.push({ rule: ENGINE_SETUP.id, severity: 'warning', message: `未找到目录：${selection.unknownIds.join('、')}。` });
  }
  if (!hasCatalogs) {
    findings.push({ rule: ENGINE_SETUP.id, severity: 'info', message: '未提供目录，未核对科目名称和政府购买服务目录代码。' });
  } else if (selection.reason === 'fallback') {
    findings.push({
      rule: ENGINE_SETUP.id,
      severity: 'info',
      message: `未能从工作簿判断适用的政府购买服务目录，已按全部候选目录（${selection.catalogs.map(catalogLabel).join('、')}）核对：代码与名称在任一目录中一致即接受，都不一致的只作警告。选定适用的目录后再检查可得到确定的结论。`,
    });
  }
  return findings;
}

/** Rules that report, configurably and with fixes, what the recognisers also note while reading. */
const COVERING_RULES = new Set([metaAmountReadable.id, codesMissingCode.id]);

/** Reading problems, except those on a row where a covering rule already reports. */
function readingFindings(issues: ReadIssue[], tables: BudgetTable[], ruleFindings: Diagnostic[]): Diagnostic[] {
  const rowsCovered = new Set(ruleFindings.filter((d) => COVERING_RULES.has(d.rule) && d.sheet && d.cell).map((d) => `${d.sheet}!${parseA1(d.cell!)?.row}`));
  const covered = (issue: ReadIssue) => issue.ref !== undefined && rowsCovered.has(`${issue.ref.sheet}!${issue.ref.row}`);
  return [...issues, ...tables.flatMap((t) => t.issues)]
    .filter((issue) => !covered(issue))
    .map((issue) => ({
      rule: TABLES_READ.id,
      severity: issue.severity,
      message: issue.message,
      ...(issue.ref ? locate(issue.ref) : {}),
    }));
}
