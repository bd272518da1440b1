/**
 * Every key the add-in stores data under, in one place so that no two parts pick the same name or
 * spell one differently. Per-workbook settings go through WorkbookHost.getSetting / setSetting and are
 * kept in the file as ./xml.ts writes them; a new setting is a new key here.
 */

/** Every per-workbook key starts so: a package's add-in properties are ours only when they do. */
export const SETTING_PREFIX = 'budgetAssistant.';

/** Ids of the 政府购买服务 catalogs chosen for the workbook (pane, ribbon, custom functions, preview). */
export const SELECTED_CATALOGS_SETTING = 'budgetAssistant.catalogs';
/** Template family id chosen for the workbook, overriding the detected one. */
export const PROFILE_SETTING = 'budgetAssistant.profile';
/** The findings the preparer ignored, with reasons (core/ignores IgnoreStore). */
export const IGNORED_SETTING = 'budgetAssistant.ignored';
/** What the ribbon's 运行检查 last reported, shown by the pane when it opens. */
export const LAST_CHECK_SETTING = 'budgetAssistant.lastCheck';
/** The fills the Excel host replaced with highlights (by binding id), restored when they are cleared, even after the pane was closed. */
export const HIGHLIGHT_FILLS_SETTING = 'budgetAssistant.highlightFills';

/** Imported catalogs belong to the user, not the workbook: this key is in the browser's local storage. */
export const IMPORTED_CATALOGS_KEY = 'budgetAssistant.importedCatalogs';
