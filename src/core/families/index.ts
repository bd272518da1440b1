/**
 * Template families: which tables a disclosure of a given province and scope publishes, under which
 * titles and units, and which narrative sections it has. Families are data; the engine detects one
 * from the workbook's own words (titles, sheet names, contents and cover lines) and the user may
 * choose another. A workbook that matches no known family is checked as `general`.
 */
import type { AmountUnit } from '../amount';
import type { Grid } from '../grid';
import { compact } from '../tables/layout/text';
import { TEMPLATE_TABLE_KINDS, type TableKind } from '../tables/types';

export interface FamilyTable {
  kind: TableKind;
  required: boolean;
  /** Unit the family publishes this table in. */
  unit?: AmountUnit;
}

/** Whose budget the disclosure is: words such as 部门/本部门 or 单位/本单位 should follow it. */
export type BudgetScope = 'department' | 'unit';

export interface TemplateFamily {
  id: string;
  title: string;
  tables: FamilyTable[];
  scope?: BudgetScope;
  /** Headings of the narrative sections, in order. */
  narrativeSections: string[];
  /** Words of titles, sheet names and contents lines that mark the family; each counts once. */
  markers: RegExp[];
  /** Words that tell this family from a sibling sharing its markers (部门 against 单位). */
  scopeMarkers?: RegExp[];
}

const required = (kinds: readonly TableKind[], unit?: AmountUnit): FamilyTable[] => kinds.map((kind) => ({ kind, required: true, ...(unit ? { unit } : {}) }));

/** The nine tables of Shanghai's 部门/单位预算: 元 throughout, the combined 三公 table in 万元. */
const SHANGHAI_TABLES: FamilyTable[] = [
  ...required(['summary', 'income', 'expenditure', 'fiscal-summary', 'general-expenditure', 'fund-expenditure', 'state-capital', 'basic-economic'], '元'),
  ...required(['three-public', 'operating-cost'], '万元'),
];

const SHANGHAI_MARKERS = [/财务收支预算总表/, /支出功能分类预算表/, /三公"?经费和机关运行经费预算表/, /部门预算经济分类预算表/, /其他相关情况说明/, /项目经费情况说明/];

export const FAMILIES: readonly TemplateFamily[] = [
  {
    id: 'shanxi',
    title: '山西 部门/单位预算公开（13 张表）',
    tables: required(TEMPLATE_TABLE_KINDS, '万元'),
    narrativeSections: ['部门预算情况说明', '名词解释'],
    markers: [/(?:预算|部门|单位)公开表\d/, /一般公共预算支出预算表/, /基本支出分经济科目表/, /政府性基金预算收入表/, /项目支出预算表[(（]?(?:本年预算|上年结转)/, /国有资本经营预算收支预算表/],
  },
  {
    id: 'shanghai-department',
    title: '上海 部门预算（9 张表）',
    tables: SHANGHAI_TABLES,
    scope: 'department',
    narrativeSections: ['部门预算编制说明', '其他相关情况说明', '项目经费情况说明'],
    markers: SHANGHAI_MARKERS,
    scopeMarkers: [/部门财务收支预算总表/, /部门预算编制说明/, /编制部门[:：]/, /预算主管部门[:：]/, /区级部门预算/],
  },
  {
    id: 'shanghai-unit',
    title: '上海 单位预算（9 张表）',
    tables: SHANGHAI_TABLES,
    scope: 'unit',
    narrativeSections: ['单位预算编制说明', '其他相关情况说明', '项目经费情况说明'],
    markers: SHANGHAI_MARKERS,
    scopeMarkers: [/预算单位财务收支预算总表/, /单位预算编制说明/, /编制单位[:：]/, /预算单位[:：]/, /区级单位预算/],
  },
  {
    id: 'general',
    title: '通用（各地共有的表格）',
    tables: [...required(['summary', 'income', 'expenditure', 'fiscal-summary', 'general-expenditure', 'basic-economic', 'three-public']), { kind: 'fund-expenditure', required: false }],
    narrativeSections: [],
    markers: [],
  },
];

export const GENERAL_FAMILY = 'general';

/** Ids accepted for backward compatibility: the 13-table default and the core-table profile. */
const ALIASES: Record<string, string> = { default: 'shanxi', core: GENERAL_FAMILY };

export function familyById(id: string | undefined): TemplateFamily | undefined {
  if (id === undefined) return undefined;
  const wanted = ALIASES[id] ?? id;
  return FAMILIES.find((family) => family.id === wanted);
}

export function requiredKinds(family: TemplateFamily): TableKind[] {
  const kinds = family.tables.filter((table) => table.required).map((table) => table.kind);
  // The 三公 table must be published by every unit, even empty.
  return kinds.includes('three-public') ? kinds : [...kinds, 'three-public'];
}

export interface FamilyDetection {
  family: TemplateFamily;
  /** The words that decided, for the report ("财务收支预算总表、编制部门："). */
  evidence: string[];
}

/**
 * The family whose markers the workbook's words carry most (scope markers break ties between
 * siblings); `general` when none has a marker.
 */
export function detectFamily(words: readonly string[]): FamilyDetection {
  const text = words.join('\n');
  let best: { family: TemplateFamily; score: number; evidence: string[] } | undefined;
  for (const family of FAMILIES) {
    const found = family.markers.map((marker) => marker.exec(text)?.[0]).filter((hit): hit is string => hit !== undefined);
    if (found.length === 0) continue;
    const scoped = (family.scopeMarkers ?? []).map((marker) => marker.exec(text)?.[0]).filter((hit): hit is string => hit !== undefined);
    const score = found.length * 10 + scoped.length;
    if (!best || score > best.score) best = { family, score, evidence: [...found, ...scoped] };
  }
  const general = familyById(GENERAL_FAMILY) as TemplateFamily;
  return best ? { family: best.family, evidence: best.evidence } : { family: general, evidence: [] };
}

const WORD_ROWS = 200;
const WORD_LENGTH = 80;

/** The words a family is told by: sheet names, table titles, and short text cells near the top of each sheet. */
export function familyWords(grid: Grid, titles: readonly string[]): string[] {
  const words = [...grid.sheets.map((sheet) => sheet.name), ...titles];
  for (const sheet of grid.sheets) {
    const rows = Math.min(sheet.rows.length, WORD_ROWS);
    for (let r = 0; r < rows; r++) {
      const cells = sheet.rows[r] ?? [];
      for (let c = 0; c < cells.length; c++) {
        const value = cells[c]?.v;
        if (typeof value === 'string' && value.length <= WORD_LENGTH) words.push(value);
      }
    }
  }
  return words.map(compact);
}
