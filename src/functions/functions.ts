/**
 * Excel custom functions (shared runtime). Bindings only: the logic lives in core/assist/code-lookup.
 * Excel gives an add-in one namespace (BUDGET), so the 政府购买服务 functions are BUDGET.GPS.NAME/CODE.
 */
import type { Catalog } from '../core/catalog/types';
import { availableCatalogs } from '../ui/catalogs/catalog-store';
import { classificationCatalogs, codeForName, nameForCode, purchaseCatalogs, type LookupResult } from '../core/assist/code-lookup';
import { SELECTED_CATALOGS_SETTING } from '../core/settings';
import { labelOtherCatalog, workbookFirst, workbookPurchaseCatalogIds } from '../core/assist/workbook-catalogs';
import { workbookGrid } from './workbook-grid';

/** Bundled catalogs and the user's imports: an imported catalog id works as a bundled one does. */
function allCatalogs(): Promise<Catalog[]> {
  return availableCatalogs();
}

function selectedCatalogIds(): string[] {
  const value = Office.context?.document?.settings?.get(SELECTED_CATALOGS_SETTING);
  return Array.isArray(value) ? value.map(String) : [];
}

function unwrap(result: LookupResult): string {
  if (result.ok) return result.value;
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, result.reason);
}

/**
 * The catalog named by the optional argument; without one, every 政府购买服务 catalog with the
 * workbook's first (chosen for it, else inferred from its text), and an answer found only in
 * another catalog labelled with that catalog's name.
 */
async function purchase(catalogId: string | undefined, lookup: (list: Catalog[]) => LookupResult): Promise<string> {
  const all = await allCatalogs();
  if (catalogId) {
    const list = purchaseCatalogs(all, catalogId, []);
    if ('reason' in list) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, list.reason);
    return unwrap(lookup(list));
  }
  const mine = workbookPurchaseCatalogIds(all, selectedCatalogIds(), undefined);
  const ids = mine.length ? mine : workbookPurchaseCatalogIds(all, [], await workbookGrid());
  return unwrap(labelOtherCatalog(lookup(workbookFirst(all, ids)), ids, all));
}

/**
 * 按支出功能分类或经济分类编码返回科目名称。
 * @customfunction NAME
 * @param code 科目编码，如 2010601
 * @returns 科目名称
 */
export async function budgetName(code: string): Promise<string> {
  return unwrap(nameForCode(classificationCatalogs(await allCatalogs()), String(code)));
}

/**
 * 按科目名称返回编码（精确匹配，否则唯一的近似匹配）。
 * @customfunction CODE
 * @param name 科目名称，如 行政运行
 * @returns 科目编码
 */
export async function budgetCode(name: string): Promise<string> {
  return unwrap(codeForName(classificationCatalogs(await allCatalogs()), String(name)));
}

/**
 * 按政府购买服务指导性目录代码返回目录名称。
 * @customfunction GPS.NAME
 * @param code 目录代码，如 B0701
 * @param [catalog] 目录 id，如 shanxi-b-2023；省略时先查本工作簿的目录（选定的，或按工作簿内容判断的），其他目录的结果注明目录名
 * @returns 目录名称
 */
export async function purchaseName(code: string, catalog?: string): Promise<string> {
  return purchase(catalog, (list) => nameForCode(list, String(code)));
}

/**
 * 按政府购买服务目录名称返回代码。
 * @customfunction GPS.CODE
 * @param name 目录名称，如 评审服务
 * @param [catalog] 目录 id；省略时先查本工作簿的目录，其他目录的结果注明目录名
 * @returns 目录代码
 */
export async function purchaseCode(name: string, catalog?: string): Promise<string> {
  return purchase(catalog, (list) => codeForName(list, String(name)));
}

// No CustomFunctions.associate here: custom-functions-metadata-plugin appends one call per @customfunction.
