/** Keys of per-workbook settings shared by the task pane, the custom functions and the preview. */
export const SELECTED_CATALOGS_SETTING = 'budgetAssistant.catalogs';
export const PROFILE_SETTING = 'budgetAssistant.profile';
