/**
 * 查码: search the catalogs (the workbook's own ranked first) and insert a code (optionally its name) at the active cell. The
 * search box is a combobox over the result list (aria-activedescendant), the highlighted result stays
 * in view, and a write over content that is not a code is previewed first (insert-plan).
 */
import { Button, Checkbox, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { Speller } from '../../core/catalog/pinyin';
import { createSearchIndex, searchCatalogs, type SearchHit } from '../../core/catalog/search';
import type { Catalog } from '../../core/catalog/types';
import { preferredCatalogIds, workbookPurchaseCatalogIds } from '../../core/assist/workbook-catalogs';
import { parseA1, toA1, type Grid } from '../../core/grid';
import type { SelectionInfo, WorkbookHost } from '../../core/ports/workbook-host';
import type { CellEdit, CellLocation } from '../../core/findings';
import { FixPreviewDialog } from '../check/FixPreviewDialog';
import { previewEdits } from '../check/findings';
import { catalogName } from '../shared/catalog-name';
import type { Workbook } from '../state/use-workbook';
import { planFill, planInsert, type InsertPlan } from './insert-plan';
import { suggestForCell, type Suggestion } from './suggest';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  results: { listStyle: 'none', margin: 0, padding: 0, maxHeight: '50vh', overflowY: 'auto', border: `1px solid ${tokens.colorNeutralStroke2}` },
  hit: {
    padding: '6px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    cursor: 'pointer',
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected, outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px' },
  path: { color: tokens.colorNeutralForeground3, display: 'block', fontSize: tokens.fontSizeBase200 },
  suggestion: { padding: '6px', backgroundColor: tokens.colorNeutralBackground3, display: 'flex', flexDirection: 'column', gap: '4px' },
});

const RESULT_LIMIT = 30;
const LIST_ID = 'lookup-results';
const optionId = (position: number) => `lookup-option-${position}`;

export interface LookupTabProps {
  host: WorkbookHost;
  catalogs: Catalog[];
  selectedIds: string[];
  /** The pane's snapshot: its tables give suggestions; a write is planned on the present workbook (`fresh`). */
  workbook: Pick<Workbook, 'snapshot' | 'fresh'>;
  /** The tab is shown: the workbook is read for suggestions only then. */
  shown: boolean;
  onApply(edits: CellEdit[], action: string): Promise<void>;
  onError(error: unknown): void;
}

interface PendingInsert extends InsertPlan {
  title: string;
  action: string;
  grid: Grid;
}

export function LookupTab({ host, catalogs, selectedIds, workbook, shown, onApply, onError }: LookupTabProps) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [withName, setWithName] = useState(false);
  const [selection, setSelection] = useState<SelectionInfo>();
  const [pending, setPending] = useState<PendingInsert>();
  const [note, setNote] = useState<string>();
  const speller = useSpeller();
  const { snapshot, fresh } = workbook;
  const grid = snapshot?.grid;
  const index = useMemo(() => createSearchIndex(catalogs, speller), [catalogs, speller]);
  // The workbook's catalogs (chosen, else inferred from its text) and the classification lists rank first.
  const preferredIds = useMemo(() => preferredCatalogIds(catalogs, workbookPurchaseCatalogIds(catalogs, selectedIds, grid)), [catalogs, selectedIds, grid]);
  const hits = useMemo(() => searchCatalogs(index, query, { preferredIds, limit: RESULT_LIMIT }), [index, query, preferredIds]);
  const tables = useMemo(() => snapshot?.reading.tables ?? [], [snapshot]);
  const suggestion: Suggestion | undefined = useMemo(() => (selection ? suggestForCell(tables, catalogs, selectedIds, selection) : undefined), [tables, catalogs, selectedIds, selection]);

  // The selection is followed only while the tab is shown: each change costs Excel a read.
  useEffect(() => {
    if (!shown) return undefined;
    void host.getSelection().then(setSelection, () => undefined);
    return host.onSelectionChanged(setSelection);
  }, [host, shown]);
  // Suggestions need the tables: without a snapshot yet, read the workbook when the tab is shown.
  useEffect(() => {
    if (shown && !snapshot) fresh().catch(() => undefined);
  }, [shown, snapshot, fresh]);
  // The highlighted result stays in view as ↑↓ move it.
  useEffect(() => {
    globalThis.document?.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active, hits]);

  /** Writes at once when nothing but an empty cell or a code is replaced; otherwise previews and asks. */
  const write = async (plan: InsertPlan, title: string, action: string, planGrid: Grid) => {
    setNote(plan.notes.join('') || undefined);
    if (!plan.edits.length) return;
    if (plan.confirm) setPending({ ...plan, title, action, grid: planGrid });
    else await onApply(plan.edits, action);
  };

  const insert = async (hit: SearchHit) => {
    try {
      const current = await host.getSelection();
      const pos = current && parseA1(current.cell.split(':')[0]);
      if (!current || !pos) throw new Error('请先在工作表中选中要填入编码的单元格。');
      const at = { sheet: current.sheet, cell: toA1(pos.row, pos.col) };
      const present = await fresh();
      const plan = planInsert(present.grid, present.reading.tables, at, hit.entry, withName);
      await write(plan, `插入编码 ${hit.entry.code}`, `插入编码 ${hit.entry.code}`, present.grid);
    } catch (error) {
      onError(error);
    }
  };

  const fill = async (value: string, target: CellLocation) => {
    try {
      const { grid: present } = await fresh();
      await write(planFill(present, target, value), `填入 ${value}`, `填入 ${value}`, present);
    } catch (error) {
      onError(error);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((value) => Math.min(value + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((value) => Math.max(value - 1, 0));
    else if (event.key === 'Home' && hits.length) setActive(0);
    else if (event.key === 'End' && hits.length) setActive(hits.length - 1);
    else if (event.key === 'Enter' && hits[active]) void insert(hits[active]);
    else return;
    event.preventDefault();
  };

  const activeHit = hits[active];
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
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={hits.length > 0}
        aria-controls={LIST_ID}
        aria-activedescendant={activeHit ? optionId(active) : undefined}
        aria-describedby="lookup-help"
      />
      <Text id="lookup-help" size={200}>
        ↑↓ 选择，Enter 插入到当前单元格{selection ? `（${selection.sheet}!${selection.cell}）` : ''}
        {activeHit && selection ? `：${activeHit.entry.code || '（无编码）'}${withName ? ` 和右侧的名称` : ''}；单元格已有其他内容时先确认。` : ''}
      </Text>
      <Checkbox checked={withName} onChange={(_, data) => setWithName(Boolean(data.checked))} label="同时在右侧单元格填入名称（仅限空单元格或名称列）" />
      {note ? (
        <Text size={200} role="status">
          {note}
        </Text>
      ) : null}
      {suggestion ? (
        <div className={styles.suggestion}>
          <Text weight="semibold">{suggestion.label}</Text>
          {suggestion.value ? (
            <>
              <Text>{suggestion.value}</Text>
              {target ? (
                <Button size="small" onClick={() => void fill(suggestion.value, target)}>
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
      {hits.length ? (
        <ul className={styles.results} role="listbox" id={LIST_ID} aria-label="查码结果">
          {hits.map((hit, position) => (
            <li
              key={`${hit.catalogId}|${hit.entry.code}|${hit.entry.name}|${position}`}
              id={optionId(position)}
              role="option"
              aria-selected={position === active}
              className={`${styles.hit} ${position === active ? styles.active : ''}`}
              onClick={() => {
                setActive(position);
                void insert(hit);
              }}
            >
              <Text weight="semibold">{hit.entry.code || '（无编码）'}</Text> {hit.entry.name}
              <span className={styles.path}>
                {hit.path.join(' › ')} · {hit.elsewhere ? '其他目录：' : ''}
                {catalogName(catalogs, hit.catalogId)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {pending ? (
        <FixPreviewDialog
          title={`${pending.title}：单元格已有内容，请确认`}
          previews={previewEdits(pending.grid, pending.edits)}
          notes={pending.notes}
          onCancel={() => setPending(undefined)}
          onApply={(edits) => {
            setPending(undefined);
            void onApply(edits, pending.action);
          }}
        />
      ) : null}
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
