/** Bundled and imported catalogs, and which ones this workbook uses (a workbook setting). */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { withImportedCatalogs } from '../../core/catalog/import';
import type { Catalog } from '../../core/catalog/types';
import { SELECTED_CATALOGS_SETTING } from '../../core/settings';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import type { CatalogStore } from '../catalogs/catalog-store';
import { errorText } from '../shared/errors';

export interface CatalogsState {
  /** Every catalog available: bundled, with imports replacing what they supersede. */
  all: Catalog[];
  imported: Catalog[];
  /** Ids chosen for this workbook; empty means "let the check infer them". */
  selectedIds: string[];
  loading: boolean;
  loadError?: string;
  /** Why imported catalogs could not be kept in the browser's storage (they still work until the page closes). */
  storeError?: string;
  setSelected(ids: string[]): Promise<void>;
  addImported(catalog: Catalog): void;
  removeImported(id: string): void;
}

export function useCatalogs(host: WorkbookHost, store: CatalogStore, loadCatalogs?: () => Promise<Catalog[]>): CatalogsState {
  const [bundled, setBundled] = useState<Catalog[]>([]);
  const [imported, setImported] = useState<Catalog[]>(() => store.load());
  const importedNow = useRef(imported);
  const [storeError, setStoreError] = useState<string>();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [loading, setLoading] = useState(Boolean(loadCatalogs));
  const [loadError, setLoadError] = useState<string>();

  useEffect(() => {
    let live = true;
    void host.getSetting<string[]>(SELECTED_CATALOGS_SETTING).then(
      (ids) => live && setSelectedIds(ids ?? []),
      () => undefined,
    );
    if (loadCatalogs) {
      loadCatalogs()
        .then(
          (catalogs) => live && setBundled(catalogs),
          (error) => live && setLoadError(`目录载入失败：${errorText(error)}`),
        )
        .finally(() => live && setLoading(false));
    }
    return () => {
      live = false;
    };
  }, [host, loadCatalogs]);

  const setSelected = useCallback(
    async (ids: string[]) => {
      setSelectedIds(ids);
      await host.setSetting(SELECTED_CATALOGS_SETTING, ids);
    },
    [host],
  );

  // Saved outside the state updater: a storage error (quota) thrown inside it would unmount the pane.
  const saveImported = useCallback(
    (change: (current: Catalog[]) => Catalog[]) => {
      const next = change(importedNow.current);
      importedNow.current = next;
      setImported(next);
      try {
        store.save(next);
        setStoreError(undefined);
      } catch (failure) {
        setStoreError(storageErrorText(failure));
      }
    },
    [store],
  );
  const addImported = useCallback((catalog: Catalog) => saveImported((current) => [...current.filter((existing) => existing.id !== catalog.id), catalog]), [saveImported]);
  const removeImported = useCallback((id: string) => saveImported((current) => current.filter((existing) => existing.id !== id)), [saveImported]);

  const all = useMemo(() => withImportedCatalogs(bundled, imported), [bundled, imported]);
  return { all, imported, selectedIds, loading, loadError, storeError, setSelected, addImported, removeImported };
}

function storageErrorText(failure: unknown): string {
  const quota = (failure as { name?: string } | null)?.name === 'QuotaExceededError';
  return quota
    ? '浏览器的本地存储空间已满，导入的目录无法保存：本次仍可使用，关闭页面后需要重新导入。可以删除不再需要的导入目录以腾出空间。'
    : `导入的目录无法保存到浏览器（${errorText(failure)}）：本次仍可使用，关闭页面后需要重新导入。`;
}
