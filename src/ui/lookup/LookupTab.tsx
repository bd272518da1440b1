/** 查码: search the selected catalogs and insert a code (optionally its name) at the active cell. */
import { Button, Checkbox, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { Speller } from '../../core/catalog/pinyin';
import { createSearchIndex, searchCatalogs, type SearchHit } from '../../core/catalog/search';
import type { Catalog } from '../../core/catalog/types';
import { preferredCatalogIds, workbookPurchaseCatalogIds } from '../../core/assist/workbook-catalogs';
import { parseA1, toA1, type Grid } from '../../core/grid';
import type { SelectionInfo, WorkbookHost } from '../../core/ports/workbook-host';
import type { CellEdit, CellLocation } from '../../core/rules/types';
import { readWorkbook } from '../../core/tables';
import { suggestForCell, type Suggestion } from './suggest';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  results: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  hit: {
    textAlign: 'left',
    width: '100%',
    padding: '6px',
    border: 'none',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    background: 'transparent',
    color: 'inherit',
    cursor: 'pointer',
    font: 'inherit',
    display: 'block',
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  path: { color: tokens.colorNeutralForeground3, display: 'block', fontSize: tokens.fontSizeBase200 },
  suggestion: { padding: '6px', backgroundColor: tokens.colorNeutralBackground3, display: 'flex', flexDirection: 'column', gap: '4px' },
});

const RESULT_LIMIT = 30;

export interface LookupTabProps {
  host: WorkbookHost;
  catalogs: Catalog[];
  selectedIds: string[];
  /** The grid of the last check, for suggestions in recognised tables. */
  grid?: Grid;
  /** The tab is shown: tables for suggestions are read only then. */
  shown: boolean;
  onApply(edits: CellEdit[], label: string): Promise<void>;
  onError(error: unknown): void;
}

export function LookupTab({ host, catalogs, selectedIds, grid, shown, onApply, onError }: LookupTabProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [withName, setWithName] = useState(false);
  const [selection, setSelection] = useState<SelectionInfo>();
  const speller = useSpeller();
  const index = useMemo(() => createSearchIndex(catalogs, speller), [catalogs, speller]);
  // The workbook's catalogs (chosen, else inferred from its text) and the classification lists rank first.
  const preferredIds = useMemo(() => preferredCatalogIds(catalogs, workbookPurchaseCatalogIds(catalogs, selectedIds, grid)), [catalogs, selectedIds, grid]);
  const hits = useMemo(() => searchCatalogs(index, query, { preferredIds, limit: RESULT_LIMIT }), [index, query, preferredIds]);
  const tables = useMemo(() => (grid && shown ? readWorkbook(grid).tables : []), [grid, shown]);
  const suggestion: Suggestion | undefined = useMemo(
    () => (selection ? suggestForCell(tables, catalogs, selectedIds, selection) : undefined),
    [tables, catalogs, selectedIds, selection],
  );

  // The selection is followed only while the tab is shown: each change costs Excel a read.
  useEffect(() => {
    if (!shown) return undefined;
    void host.getSelection().then(setSelection, () => undefined);
    return host.onSelectionChanged(setSelection);
  }, [host, shown]);

  const insert = async (hit: SearchHit) => {
    try {
      const current = await host.getSelection();
      const pos = current && parseA1(current.cell.split(':')[0]);
      if (!current || !pos) throw new Error('请先在工作表中选中要填入编码的单元格。');
      const at = toA1(pos.row, pos.col);
      const edits: CellEdit[] = [{ sheet: current.sheet, cell: at, value: hit.entry.code }];
      if (withName) edits.push({ sheet: current.sheet, cell: toA1(pos.row, pos.col + 1), value: hit.entry.name });
      await onApply(edits, `插入编码 ${hit.entry.code} 到 ${current.sheet}!${at}`);
    } catch (error) {
      onError(error);
    }
  };

  const fill = (value: string, target: CellLocation) => void onApply([{ ...target, value }], `填入 ${value} 到 ${target.sheet}!${target.cell}`);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((value) => Math.min(value + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((value) => Math.max(value - 1, 0));
    else if (event.key === 'Enter' && hits[active]) void insert(hits[active]);
    else return;
    event.preventDefault();
  };

  const target = suggestion?.target;
  return (
    <div className={styles.root}>
      <Input
        value={query}
        onChange={(_, data) => {
          setQuery(data.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        placeholder="编码、名称、说明或拼音首字母"
        aria-label="查码"
        aria-describedby="lookup-help"
      />
      <Text id="lookup-help" size={200}>
        ↑↓ 选择，Enter 插入到当前单元格{selection ? `（${selection.sheet}!${selection.cell}）` : ''}
      </Text>
      <Checkbox checked={withName} onChange={(_, data) => setWithName(Boolean(data.checked))} label="同时在右侧单元格填入名称" />
      {suggestion ? (
        <div className={styles.suggestion} aria-live="polite">
          <Text weight="semibold">{suggestion.label}</Text>
          {suggestion.value ? (
            <>
              <Text>{suggestion.value}</Text>
              {target ? (
                <Button size="small" onClick={() => fill(suggestion.value, target)}>
                  填入 {target.sheet}!{target.cell}
                </Button>
              ) : null}
            </>
          ) : (
            <Text>{suggestion.reason}</Text>
          )}
        </div>
      ) : null}
      {query && !hits.length ? <Text>没有找到与“{query}”相符的条目。</Text> : null}
      <ul className={styles.results} role="listbox" aria-label="查码结果">
        {hits.map((hit, position) => (
          <li key={`${hit.catalogId}|${hit.entry.code}|${hit.entry.name}|${position}`} role="option" aria-selected={position === active}>
            <button type="button" tabIndex={-1} className={`${styles.hit} ${position === active ? styles.active : ''}`} onClick={() => void insert(hit)}>
              <Text weight="semibold">{hit.entry.code || '（无编码）'}</Text> {hit.entry.name}
              <span className={styles.path}>
                {hit.path.join(' › ')} · {hit.elsewhere ? '其他目录：' : ''}
                {catalogs.find((catalog) => catalog.id === hit.catalogId)?.shortTitle ?? hit.catalogId}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** pinyin-pro is the largest dependency of the pane: search works at once and gains pinyin when it loads. */
function useSpeller(): Speller | undefined {
  const [speller, setSpeller] = useState<Speller>();
  useEffect(() => {
    let live = true;
    void import('../../core/catalog/pinyin').then((module) => live && setSpeller(() => module.spellPinyin));
    return () => {
      live = false;
    };
  }, []);
  return speller;
}
