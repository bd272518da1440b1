/**
 * Read-only view of one sheet with sheet tabs. Draws rows a page at a time ("显示更多") so large
 * sheets stay fast, draws merges as spans, marks highlighted cells (colour, a symbol and the finding
 * in words) and the host's selection. The table is an ARIA grid: focus stays on it and the selected
 * cell is its active descendant; arrows move, Enter opens the selected cell's full text.
 */
import { Button, CounterBadge, Tab, TabList, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Grid } from '../core/grid';
import { columnLetters, toA1 } from '../core/grid';
import type { Highlight } from '../core/ports/workbook-host';
import type { CellLocation, Severity } from '../core/findings';
import { VISUALLY_HIDDEN } from '../ui/shared/visually-hidden';
import { displayText, highlightCounts, highlightedCells, inRange, isCovered, layoutSheet, selectedRange, spanAt } from './grid-model';

const PAGE_ROWS = 200;
const BADGE_COLOR: Record<Severity, 'danger' | 'important' | 'informative'> = { error: 'danger', warning: 'important', info: 'informative' };
/** Marks are not colour alone: each severity has its own symbol. */
const MARK_SYMBOL: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ⓘ' };
/** Rows drawn below a selected cell, so it does not sit on the last drawn line. */
const ROWS_AFTER_SELECTION = 30;

/** Column letters and row numbers: sticky grey header cells. */
const HEADER_CELL = {
  position: 'sticky',
  backgroundColor: tokens.colorNeutralBackground3,
  color: tokens.colorNeutralForeground3,
  borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
  borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
} as const;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, flex: 1 },
  tabs: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: 'auto', flexShrink: 0 },
  tabLabel: { display: 'inline-flex', alignItems: 'center', gap: '4px', whiteSpace: 'nowrap' },
  // The grid's focus ring is the scroller's border: sticky headers would cover an outline on the table.
  scroller: {
    flex: 1,
    overflow: 'auto',
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    ...shorthands.border('2px', 'solid', 'transparent'),
    ':focus-within': shorthands.borderColor(tokens.colorStrokeFocus2),
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontSize: '12px',
    lineHeight: '18px',
    ':focus-visible': { outline: 'none' },
  },
  head: { ...HEADER_CELL, top: 0, zIndex: 2, fontWeight: 'normal', padding: '0 4px', minWidth: '48px' },
  rowHead: { ...HEADER_CELL, left: 0, zIndex: 1, textAlign: 'right', padding: '0 6px', minWidth: '32px' },
  corner: { left: 0, zIndex: 3 },
  cell: {
    padding: '1px 6px',
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    maxWidth: '260px',
    cursor: 'cell',
  },
  merged: { whiteSpace: 'normal', textAlign: 'center', maxWidth: 'none' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  error: { backgroundColor: tokens.colorPaletteRedBackground2 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  info: { backgroundColor: tokens.colorPaletteBlueBackground2 },
  // The selection is an outline only, so a marked cell keeps its mark when selected.
  selected: {
    outline: `3px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-3px',
  },
  unmarkedSelected: { backgroundColor: tokens.colorBrandBackground2 },
  symbol: { fontSize: '10px', marginRight: '3px' },
  errorSymbol: { color: tokens.colorPaletteRedForeground1 },
  warningSymbol: { color: tokens.colorPaletteDarkOrangeForeground1 },
  infoSymbol: { color: tokens.colorPaletteBlueForeground2 },
  more: { padding: '8px', display: 'flex', gap: '8px', alignItems: 'center', color: tokens.colorNeutralForeground3 },
  empty: { padding: '24px', color: tokens.colorNeutralForeground3 },
});

export interface GridViewProps {
  grid: Grid;
  /** Bumped whenever cells change in place, so the view redraws. */
  revision: number;
  highlights: Highlight[];
  selection?: CellLocation;
  onSelect(location: CellLocation): void;
  /** Enter or a double click: read the cell's whole text. */
  onOpenCell(location: CellLocation): void;
}

export function GridView({ grid, revision, highlights, selection, onSelect, onOpenCell }: GridViewProps) {
  const styles = useStyles();
  const [activeName, setActiveName] = useState(grid.sheets[0]?.name ?? '');
  const [rowsShown, setRowsShown] = useState(PAGE_ROWS);
  const scroller = useRef<HTMLDivElement>(null);
  const sheet = grid.sheets.find((s) => s.name === activeName) ?? grid.sheets[0];

  // A selection made elsewhere (a finding clicked in the pane) brings its sheet into view.
  const [followed, setFollowed] = useState(selection);
  if (selection !== followed) {
    setFollowed(selection);
    if (selection && selection.sheet !== activeName && grid.sheets.some((s) => s.name === selection.sheet)) {
      setActiveName(selection.sheet);
      setRowsShown(PAGE_ROWS);
    }
  }
  const range = sheet ? selectedRange(selection, sheet.name) : undefined;

  // Scroll once per selection (not on every redraw after an edit), as soon as its row is drawn.
  const scrolledFor = useRef<CellLocation>();
  useEffect(() => {
    if (!range || !selection || scrolledFor.current === selection) return;
    const anchor = scroller.current?.querySelector(`[data-cell="${toA1(range.top, range.left)}"]`);
    if (!anchor || !scroller.current) return;
    if (!fullyVisible(anchor, scroller.current)) anchor.scrollIntoView({ block: 'center', inline: 'center' });
    scrolledFor.current = selection;
  });

  // Cells change in place, so the revision (not the sheet object) says when to lay out again.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- revision is the dependency that matters: the sheet object stays the same.
  const layout = useMemo(() => (sheet ? layoutSheet(sheet) : undefined), [sheet, revision]);
  const marked = useMemo(() => highlightedCells(highlights, sheet?.name ?? ''), [highlights, sheet]);
  const counts = useMemo(() => highlightCounts(highlights), [highlights]);

  if (!sheet || !layout) return <div className={styles.empty}>工作簿中没有工作表。</div>;

  const shown = Math.min(Math.max(rowsShown, range ? range.top + ROWS_AFTER_SELECTION : 0), layout.rowCount);
  const columns = Array.from({ length: layout.colCount }, (_, c) => c);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && range) {
      event.preventDefault();
      onOpenCell({ sheet: sheet.name, cell: toA1(range.top, range.left) });
      return;
    }
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const row = Math.min(Math.max((range?.top ?? 0) + move[0], 0), Math.max(layout.rowCount - 1, 0));
    const col = Math.min(Math.max((range?.left ?? 0) + move[1], 0), Math.max(layout.colCount - 1, 0));
    onSelect({ sheet: sheet.name, cell: toA1(row, col) });
  };

  const symbolClass: Record<Severity, string> = { error: styles.errorSymbol, warning: styles.warningSymbol, info: styles.infoSymbol };
  const active = range && !isCovered(layout, range.top, range.left) ? cellId(toA1(range.top, range.left)) : undefined;
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={sheet.name}
        onTabSelect={(_, data) => {
          setActiveName(String(data.value));
          setRowsShown(PAGE_ROWS);
        }}
        aria-label="工作表"
      >
        {grid.sheets.map((s) => (
          <Tab key={s.name} value={s.name}>
            <span className={styles.tabLabel}>
              {s.hidden ? `${s.name}（隐藏）` : s.name}
              <SheetBadge marks={counts.get(s.name)} />
            </span>
          </Tab>
        ))}
      </TabList>
      <div ref={scroller} className={styles.scroller}>
        {layout.rowCount === 0 ? (
          <div className={styles.empty}>此工作表为空。</div>
        ) : (
          <table
            className={styles.table}
            role="grid"
            aria-readonly="true"
            aria-label={`工作表 ${sheet.name}（只读）`}
            aria-activedescendant={active}
            tabIndex={0}
            data-sheet={sheet.name}
            onKeyDown={onKeyDown}
          >
            <thead>
              <tr>
                <th className={mergeClasses(styles.head, styles.corner)}>
                  <span style={VISUALLY_HIDDEN}>行号</span>
                </th>
                {columns.map((c) => (
                  <th key={c} className={styles.head} scope="col">
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: shown }, (_, r) => (
                <tr key={r}>
                  <th className={styles.rowHead} scope="row">
                    {r + 1}
                  </th>
                  {columns.map((c) => {
                    if (isCovered(layout, r, c)) return null;
                    const a1 = toA1(r, c);
                    const cell = sheet.rows[r]?.[c];
                    const span = spanAt(layout, r, c, shown);
                    const mark = marked.get(a1);
                    const selected = inRange(range, r, c);
                    const text = displayText(cell);
                    const title = [text, cell?.f, ...(mark?.findings ?? [])].filter(Boolean).join('\n');
                    return (
                      <td
                        key={c}
                        id={cellId(a1)}
                        data-cell={a1}
                        data-selected={selected || undefined}
                        data-mark={mark?.severity}
                        aria-selected={selected}
                        rowSpan={span?.rowSpan}
                        colSpan={span?.colSpan}
                        title={title || undefined}
                        className={mergeClasses(
                          styles.cell,
                          span && styles.merged,
                          typeof cell?.v === 'number' && styles.number,
                          mark && styles[mark.severity],
                          selected && styles.selected,
                          selected && !mark && styles.unmarkedSelected,
                        )}
                        onClick={() => onSelect({ sheet: sheet.name, cell: a1 })}
                        onDoubleClick={() => onOpenCell({ sheet: sheet.name, cell: a1 })}
                      >
                        {mark ? (
                          <>
                            <span aria-hidden="true" className={mergeClasses(styles.symbol, symbolClass[mark.severity])}>
                              {MARK_SYMBOL[mark.severity]}
                            </span>
                            <span style={VISUALLY_HIDDEN} data-sr>
                              {mark.findings[0]}。
                            </span>
                          </>
                        ) : null}
                        {text}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {shown < layout.rowCount ? (
          <div className={styles.more}>
            已显示 {shown} / {layout.rowCount} 行
            <Button size="small" onClick={() => setRowsShown(shown + PAGE_ROWS)}>
              显示更多
            </Button>
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Only one sheet is drawn at a time, so the address names the cell. */
function cellId(a1: string): string {
  return `grid-cell-${a1}`;
}

function SheetBadge({ marks }: { marks?: { count: number; severity: Severity } }) {
  return marks ? <CounterBadge size="small" color={BADGE_COLOR[marks.severity]} count={marks.count} aria-label={`${marks.count} 处标记`} /> : null;
}

/** Whether the cell is inside the scroller's viewport, below the sticky column header row. */
function fullyVisible(cell: Element, scroller: Element): boolean {
  const box = cell.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  const headerHeight = scroller.querySelector('thead')?.getBoundingClientRect().height ?? 0;
  const rowHeaderWidth = scroller.querySelector('tbody th')?.getBoundingClientRect().width ?? 0;
  return box.top >= view.top + headerHeight && box.bottom <= view.bottom && box.left >= view.left + rowHeaderWidth && box.right <= view.right;
}
