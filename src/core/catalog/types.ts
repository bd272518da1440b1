/** Reference catalogs: 政府购买服务指导性目录, 支出功能分类, 经济分类. */

export type CatalogKind = 'gps' | 'function' | 'economic';

export interface Provenance {
  /** 文号 of the source document, e.g. "晋财综〔2023〕47号", or "用户导入". */
  document: string;
  /** Seed file name or imported file name. */
  file: string;
  /** 1-based line in the seed file (or row in the imported range). */
  line: number;
}

export interface CatalogEntry {
  /**
   * Code as the catalog defines it, without department/unit prefixes (e.g. "B0701", "2010601").
   * Empty when the source names the item without a code (the partial classification lists).
   */
  code: string;
  name: string;
  /** 1-based level from the code shape (一级/二级/三级/四级 or 类/款/项). */
  level: number;
  /** Parent code, when the entry is not top-level; the parent's name when the entry has no code. */
  parent?: string;
  /** 说明 text. */
  description?: string;
  /** Department name for department-grouped catalogs (晋财综〔2023〕43号). */
  department?: string;
  /** The code as printed when it carries a prefix (郑州 "033A0101", 聊城 "072001A0301"). */
  printedCode?: string;
  /** Which classification the entry belongs to when a catalog holds two (部门预算 / 政府预算 经济分类). */
  classification?: string;
  /** Names of the other classification the source pairs with this entry (经济分类 对应关系). */
  pairedWith?: string[];
  provenance: Provenance;
}

/** A unit whose code prefixes printed catalog codes (聊城 附件1: 072001 + A0301). */
export interface CatalogUnit {
  code: string;
  name: string;
  provenance: Provenance;
}

export interface CatalogMeta {
  id: string;
  title: string;
  /** Short name for messages, e.g. "山西B类目录（2023）". */
  shortTitle?: string;
  /** Issuing document number (文号). */
  document: string;
  /** ISO date of issue, when the document states it. */
  issued?: string;
  jurisdiction: string;
  kind: CatalogKind;
  /** Documents this catalog replaces. */
  supersedes?: string[];
  /** False for lists known to be partial; the product says so wherever it uses them. */
  complete: boolean;
  note?: string;
}

export interface Catalog extends CatalogMeta {
  entries: CatalogEntry[];
  /** Unit-code list used to read prefixed codes, when the document ships one. */
  units?: CatalogUnit[];
}
