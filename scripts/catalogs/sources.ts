/** What each bundled catalog is, where its table sits in the seeds, and the counts the documents state. */
import type { CatalogMeta } from '../../src/core/catalog/types';

export const SEEDS = {
  jiaozuo: '000_bbff6189bb817dec.txt',
  liaocheng: '001_5355a2f9df9cfbd7.txt',
  zezhou: '002_8135ea1cfbb7bbbc.txt',
  zhengzhou: '003_ecd446f95a964dce.txt',
  yonghe: '004_d36ff57df6df67c4.txt',
} as const;

export type SeedName = (typeof SEEDS)[keyof typeof SEEDS];

/** The disclosures the partial classification lists come from, with the name used as their document. */
export const DISCLOSURES: Array<{ file: SeedName; document: string }> = [
  { file: SEEDS.zezhou, document: '泽州县财政局2026年度部门预算公开' },
  { file: SEEDS.yonghe, document: '永和县行政审批服务管理局2024年度单位预算公开' },
];

type Meta = Omit<CatalogMeta, 'id'>;

export const META: Record<string, Meta> = {
  'jiaozuo-2023': {
    title: '焦作市市级政府购买服务指导性目录',
    shortTitle: '焦作目录',
    document: '焦财综〔2023〕1号',
    issued: '2023-03-01',
    jurisdiction: '河南省焦作市（市级）',
    kind: 'gps',
    complete: true,
  },
  'liaocheng-general-2020': {
    title: '聊城市市级政府购买服务通用类项目目录',
    shortTitle: '聊城通用类目录（2020）',
    document: '聊财采〔2020〕84号',
    issued: '2020-10-30',
    jurisdiction: '山东省聊城市（市级）',
    kind: 'gps',
    complete: true,
    note: '部门目录三级编码为“单位代码 + 指导目录编码”（如 072001A0301），单位代码见附件1（units）。',
  },
  'zhengzhou-civil-affairs-2020': {
    title: '郑州市民政局政府购买服务指导性目录',
    shortTitle: '郑州民政目录（2020）',
    document: '郑财社〔2020〕34号',
    issued: '2020-09-11',
    jurisdiction: '河南省郑州市民政局',
    kind: 'gps',
    supersedes: ['郑财预〔2015〕1030号'],
    complete: true,
    note: '代码带部门前缀 033（如 033A0101），entries 的 code 为去掉前缀后的代码，printedCode 为原样。',
  },
  'shanxi-dept-2023': {
    title: '山西省部门政府购买服务指导性目录',
    shortTitle: '山西部门目录（2023）',
    document: '晋财综〔2023〕43号',
    issued: '2023-08-22',
    jurisdiction: '山西省（省直部门）',
    kind: 'gps',
    supersedes: ['晋财综〔2021〕63号', '晋财综〔2021〕87号', '晋财综〔2022〕67号'],
    complete: true,
    note: '按部门分列，四级。由两份提取（种子 002、004）逐条比对，差异按 src/data/overrides/shanxi-dept-2023.json 的裁定处理。',
  },
  'shanxi-b-2023': {
    title: '山西省政府购买服务指导性目录（B类）',
    shortTitle: '山西B类目录（2023）',
    document: '晋财综〔2023〕47号',
    issued: '2023-09-01',
    jurisdiction: '山西省',
    kind: 'gps',
    complete: true,
  },
  'function-partial': {
    title: '支出功能分类科目（部分）',
    shortTitle: '支出功能分类（部分）',
    document: '预算公开文件摘录',
    jurisdiction: '全国',
    kind: 'function',
    complete: false,
    note: '仅含两份预算公开文件中出现的科目：收支总表列出的 30 个类名称（多数没有编码）和表中出现的类/款/项编码。不是完整的政府收支分类科目，请导入官方完整目录。',
  },
  'economic-partial': {
    title: '支出经济分类科目（部分）',
    shortTitle: '支出经济分类（部分）',
    document: '预算公开文件摘录',
    jurisdiction: '全国',
    kind: 'economic',
    complete: false,
    note: '仅含两份预算公开文件的基本支出分经济科目表中出现的部门预算支出经济分类名称（分组与科目）及其对应的政府预算支出经济分类名称；文件未列编码，故条目没有编码。请导入官方完整目录。',
  },
};

/** Counts per level stated by the documents (or, for 43号, its number of departments). */
export const EXPECTED_LEVEL_COUNTS: Record<string, number[]> = {
  'jiaozuo-2023': [2, 30, 162],
  'liaocheng-general-2020': [2, 22, 63],
  'zhengzhou-civil-affairs-2020': [3, 13, 72],
  'shanxi-b-2023': [1, 12, 44],
};
export const EXPECTED_SHANXI_DEPARTMENTS = 49;
export const EXPECTED_FUNCTION_CLASSES = 30;
