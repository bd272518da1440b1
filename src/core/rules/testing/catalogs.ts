/**
 * Excerpts of the bundled catalogs (src/data/catalogs, generated from ../shared/seeds), entry for entry
 * with their provenance: rule cases check against real catalog content without loading the bundle.
 */
import type { Catalog } from '../../catalog/types';

/** 支出功能分类（部分）：一般公共服务支出、社会保障和就业支出等几个类款项。 */
export const FUNCTION_PARTIAL: Catalog = {
  id: 'function-partial',
  title: '支出功能分类科目（部分）',
  shortTitle: '支出功能分类（部分）',
  document: '预算公开文件摘录',
  jurisdiction: '全国',
  kind: 'function',
  complete: false,
  entries: [
    { code: '201', name: '一般公共服务支出', level: 1, provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 160 } },
    { code: '20106', name: '财政事务', level: 2, parent: '201', provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 161 } },
    { code: '2010601', name: '行政运行', level: 3, parent: '20106', provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 162 } },
    { code: '2010605', name: '财政国库业务', level: 3, parent: '20106', provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 163 } },
    { code: '2010607', name: '信息化建设', level: 3, parent: '20106', provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 164 } },
    { code: '208', name: '社会保障和就业支出', level: 1, provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 167 } },
    { code: '20805', name: '行政事业单位养老支出', level: 2, parent: '208', provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 168 } },
    { code: '2080501', name: '行政单位离退休', level: 3, parent: '20805', provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 169 } },
    { code: '210', name: '卫生健康支出', level: 1, provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 172 } },
    { code: '221', name: '住房保障支出', level: 1, provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 179 } },
  ],
};

/** 支出经济分类（部分）：工资福利支出和商品和服务支出的几个科目及其对应的政府预算支出经济分类。 */
export const ECONOMIC_PARTIAL: Catalog = {
  id: 'economic-partial',
  title: '支出经济分类科目（部分）',
  shortTitle: '支出经济分类（部分）',
  document: '预算公开文件摘录',
  jurisdiction: '全国',
  kind: 'economic',
  complete: false,
  entries: [
    {
      code: '',
      name: '工资福利支出',
      level: 1,
      classification: '部门预算支出经济分类',
      provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 303 },
    },
    {
      code: '',
      name: '基本工资',
      level: 2,
      parent: '工资福利支出',
      classification: '部门预算支出经济分类',
      pairedWith: ['工资奖金津补贴'],
      provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 304 },
    },
    {
      code: '',
      name: '津贴补贴',
      level: 2,
      parent: '工资福利支出',
      classification: '部门预算支出经济分类',
      pairedWith: ['工资奖金津补贴'],
      provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 305 },
    },
    {
      code: '',
      name: '商品和服务支出',
      level: 1,
      classification: '部门预算支出经济分类',
      provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 314 },
    },
    {
      code: '',
      name: '办公费',
      level: 2,
      parent: '商品和服务支出',
      classification: '部门预算支出经济分类',
      pairedWith: ['办公经费'],
      provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 315 },
    },
    {
      code: '',
      name: '差旅费',
      level: 2,
      parent: '商品和服务支出',
      classification: '部门预算支出经济分类',
      pairedWith: ['办公经费'],
      provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 317 },
    },
    {
      code: '',
      name: '工资福利支出',
      level: 2,
      classification: '政府预算支出经济分类',
      pairedWith: ['绩效工资'],
      provenance: { document: '泽州县财政局2026年度部门预算公开', file: '002_8135ea1cfbb7bbbc.txt', line: 307 },
    },
  ],
};

/** 晋财综〔2023〕47号（B类）：评审、评估和评价服务，监督检查辅助服务，信息化系统使用服务。 */
export const SHANXI_B: Catalog = {
  id: 'shanxi-b-2023',
  title: '山西省政府购买服务指导性目录（B类）',
  shortTitle: '山西B类目录（2023）',
  document: '晋财综〔2023〕47号',
  issued: '2023-09-01',
  jurisdiction: '山西省',
  kind: 'gps',
  complete: true,
  entries: [
    { code: 'B', name: '政府履职辅助性服务', level: 1, provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2948 } },
    { code: 'B05', name: '监督检查辅助服务', level: 2, parent: 'B', provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2964 } },
    { code: 'B0501', name: '监督检查辅助服务', level: 3, parent: 'B05', provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2965 } },
    { code: 'B07', name: '评审、评估和评价服务', level: 2, parent: 'B', provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2972 } },
    { code: 'B0701', name: '评审服务', level: 3, parent: 'B07', provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2973 } },
    { code: 'B0703', name: '评估服务', level: 3, parent: 'B07', provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2974 } },
    { code: 'B0704', name: '评价服务', level: 3, parent: 'B07', provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2975 } },
    { code: 'B10', name: '信息化服务', level: 2, parent: 'B', provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2981 } },
    { code: 'B1005', name: '信息化系统使用服务', level: 3, parent: 'B10', provenance: { document: '晋财综〔2023〕47号', file: '002_8135ea1cfbb7bbbc.txt', line: 2985 } },
  ],
};

/** 晋财综〔2023〕43号（按部门）：财政和人民政府办公厅（室）名下的几条。 */
export const SHANXI_DEPT: Catalog = {
  id: 'shanxi-dept-2023',
  title: '山西省部门政府购买服务指导性目录',
  shortTitle: '山西部门目录（2023）',
  document: '晋财综〔2023〕43号',
  issued: '2023-08-22',
  jurisdiction: '山西省（省直部门）',
  kind: 'gps',
  supersedes: ['晋财综〔2021〕63号', '晋财综〔2021〕87号', '晋财综〔2022〕67号'],
  complete: true,
  entries: [
    { code: 'A', name: '公共服务', level: 1, department: '人民政府办公厅（室）', provenance: { document: '晋财综〔2023〕43号', file: '002_8135ea1cfbb7bbbc.txt', line: 900 } },
    {
      code: 'A15',
      name: '公共信息与宣传服务',
      level: 2,
      parent: 'A',
      department: '人民政府办公厅（室）',
      provenance: { document: '晋财综〔2023〕43号', file: '002_8135ea1cfbb7bbbc.txt', line: 901 },
    },
    {
      code: 'A1501',
      name: '公共信息服务',
      level: 3,
      parent: 'A15',
      department: '人民政府办公厅（室）',
      provenance: { document: '晋财综〔2023〕43号', file: '002_8135ea1cfbb7bbbc.txt', line: 902 },
    },
    {
      code: 'A150101',
      name: '省政府驻外办事处招商引资平台搭建与维护服务',
      level: 4,
      parent: 'A1501',
      department: '人民政府办公厅（室）',
      provenance: { document: '晋财综〔2023〕43号', file: '002_8135ea1cfbb7bbbc.txt', line: 903 },
    },
    { code: 'A', name: '公共服务', level: 1, department: '财政', provenance: { document: '晋财综〔2023〕43号', file: '002_8135ea1cfbb7bbbc.txt', line: 1401 } },
    { code: 'A03', name: '就业公共服务', level: 2, parent: 'A', department: '财政', provenance: { document: '晋财综〔2023〕43号', file: '002_8135ea1cfbb7bbbc.txt', line: 1402 } },
    { code: 'A0303', name: '创业指导服务', level: 3, parent: 'A03', department: '财政', provenance: { document: '晋财综〔2023〕43号', file: '002_8135ea1cfbb7bbbc.txt', line: 1403 } },
    {
      code: 'A030301',
      name: '中小微企业代理记账服务',
      level: 4,
      parent: 'A0303',
      department: '财政',
      provenance: { document: '晋财综〔2023〕43号', file: '002_8135ea1cfbb7bbbc.txt', line: 1404 },
    },
  ],
};
