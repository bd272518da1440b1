/** Catalog model, code shapes, lookup, search, import and the choice of catalogs for a workbook. Pure: no bundled data is imported here. */
export * from './types';
export * from './code';
export * from './lookup';
export * from './search';
export * from './delimited';
export * from './import';
export * from './selection';
