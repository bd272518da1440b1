/**
 * The bundled catalogs loaded eagerly, for code that runs synchronously (CLI, workers, tests).
 * The task pane uses loadBundledCatalogs() from ./index instead, to keep the JSON out of its first chunk.
 */
import type { Catalog } from '../core/catalog/types';
import economic from './catalogs/economic-partial.json';
import functional from './catalogs/function-partial.json';
import jiaozuo from './catalogs/jiaozuo-2023.json';
import liaocheng from './catalogs/liaocheng-general-2020.json';
import shanxiB from './catalogs/shanxi-b-2023.json';
import shanxiDept from './catalogs/shanxi-dept-2023.json';
import zhengzhou from './catalogs/zhengzhou-civil-affairs-2020.json';

const CATALOGS = [jiaozuo, liaocheng, zhengzhou, shanxiDept, shanxiB, functional, economic] as unknown as Catalog[];

export function bundledCatalogs(): Catalog[] {
  return CATALOGS;
}
