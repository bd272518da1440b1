/** The layout steps on hand-made page content: lines to regions, regions to cells, lines to paragraphs. */
import { buildCells, columnBoundaries } from './cells';
import { isTitle, layoutDocument } from './document';
import { dropFurniture } from './furniture';
import type { PageContent, Ruling, TextRun } from './geometry';
import { paragraphsOf } from './paragraphs';
import { findRegions, mergeRulings } from './rulings';
import { findTextTables } from './text-tables';
import { groupLines, joinRuns, joinWrapped, type PageLine } from './text-lines';

const h = (at: number, from: number, to: number): Ruling => ({ axis: 'h', at, from, to });
const v = (at: number, from: number, to: number): Ruling => ({ axis: 'v', at, from, to });
const run = (text: string, x: number, y: number, size = 10): TextRun => ({ text, x, y, width: text.length * size, height: size });
/** A run set flush right, ending at `right`. */
const flushRight = (text: string, right: number, y: number, size = 10): TextRun => run(text, right - text.length * size, y, size);

/** A grid of lines: columns at xs, rows at ys, leaving out the given segments. */
function grid(xs: number[], ys: number[], skip: (ruling: Ruling) => boolean = () => false): Ruling[] {
  const out: Ruling[] = [];
  for (const y of ys) for (let c = 0; c + 1 < xs.length; c++) out.push(h(y, xs[c], xs[c + 1]));
  for (const x of xs) for (let r = 0; r + 1 < ys.length; r++) out.push(v(x, ys[r], ys[r + 1]));
  return out.filter((ruling) => !skip(ruling));
}

describe('rulings', () => {
  it('merges a line drawn in pieces, and twice', () => {
    expect(mergeRulings([h(100, 0, 50), h(100.6, 50, 120), h(100.3, 10, 30), h(140, 0, 120)])).toEqual([h(100.3, 0, 120), h(140, 0, 120)]);
  });

  it('finds each table of a page apart, and no table in a box of one cell or an underline', () => {
    const upper = grid([50, 150, 250], [100, 120, 140]);
    const lower = grid([50, 300, 550], [300, 320]);
    const frame = grid([20, 800], [20, 570]);
    const regions = findRegions([...upper, ...lower, ...frame, h(600, 50, 200)]);
    expect(regions.map((r) => [r.left, r.top, r.right, r.bottom])).toEqual([
      [50, 100, 250, 140],
      [50, 300, 550, 320],
    ]);
  });

  it('takes line art of tens of thousands of cells for a drawing, not a table, and quickly', () => {
    const steps = Array.from({ length: 201 }, (_, i) => i * 3);
    const started = Date.now();
    expect(findRegions(grid(steps, steps))).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('cells', () => {
  it('merges neighbours with no line between them and puts text in the cell holding its centre', () => {
    // Three columns, three rows; the header's first two cells share one cell, the third spans two rows.
    const rulings = grid([0, 100, 200, 300], [0, 20, 40, 60], (r) => (r.axis === 'v' && r.at === 100 && r.from === 0) || (r.axis === 'h' && r.at === 20 && r.from === 200));
    const [region] = findRegions(rulings);
    const matrix = buildCells(region, columnBoundaries(region), [run('收入预算', 80, 5), run('合计', 220, 15), run('一般', 10, 25), run('公共', 10, 45), run('120.00', 110, 45)]);
    expect(matrix.merges).toEqual([
      { top: 0, bottom: 0, left: 0, right: 1 },
      { top: 0, bottom: 1, left: 2, right: 2 },
    ]);
    expect(matrix.cells.map((row) => row.map((cell) => cell?.text ?? null))).toEqual([
      ['收入预算', null, '合计'],
      ['一般', null, null],
      ['公共', '120.00', null],
    ]);
    expect(matrix.boxes[1][2]).toEqual({ x: 200, y: 0, w: 100, h: 40 });
  });

  it('joins the lines of a wrapped cell and cuts a run that spills over a column line at its spaces', () => {
    const [region] = findRegions(grid([0, 100, 200], [0, 40]));
    const matrix = buildCells(region, columnBoundaries(region), [run('事业单位', 5, 5), run('经营收入', 5, 20), { text: '项目性质 经常性项目', x: 40, y: 30, width: 100, height: 8 }]);
    expect(matrix.cells[0].map((cell) => cell?.text)).toEqual(['事业单位经营收入项目性质', '经常性项目']);
  });
});

describe('text lines', () => {
  it('groups runs by line, left to right, with a space only for a visible gap', () => {
    const lines = groupLines([run('单位：元', 700, 100), run('编制部门：测试局', 60, 101), run('2026', 60, 130), run('年', 100, 130)]);
    expect(lines.map((line) => line.text)).toEqual(['编制部门：测试局 单位：元', '2026年']);
    expect(joinRuns([run('12', 0, 0), run('.5', 20, 0)])).toBe('12.5');
  });

  it('joins wrapped lines without a space, except between Latin words', () => {
    expect(joinWrapped(['比上年增加', '10.00万元。'])).toBe('比上年增加10.00万元。');
    expect(joinWrapped(['office', 'add-in'])).toBe('office add-in');
  });
});

describe('paragraphs', () => {
  const line = (page: number, text: string, x: number, y: number, size = 12): PageLine => ({
    page,
    line: { text, x, y, w: text.length * size, h: size, runs: [] },
  });

  it('starts a paragraph at an indent, after a short line, at a heading or a size change, and continues over a page break', () => {
    const full = '全'.repeat(50);
    const paragraphs = paragraphsOf([
      line(1, '部门预算编制说明', 300, 40, 18),
      line(1, `${full.slice(2)}`, 84, 80),
      line(1, full, 60, 95),
      line(1, '结束。', 60, 110),
      line(1, full, 60, 140),
      line(1, '一、标题', 60, 155),
      line(1, full, 84, 170),
      line(2, full.slice(0, 20), 60, 40),
    ]);
    expect(paragraphs.map((p) => [p.text.length, p.page])).toEqual([
      [8, 1],
      [48 + 50 + 3, 1],
      [50, 1],
      [4, 1],
      [70, 1],
    ]);
  });

  it('keeps a paragraph whole when a line stopped short because the figure after it, with its unit, did not fit', () => {
    const full = '全'.repeat(50);
    // Room left after a 46-character line: 4 characters (48 points).
    const short = (text: string) => line(1, `${'短'.repeat(46 - text.length)}${text}`, 60, 80);
    const after = (text: string) => paragraphsOf([line(1, full, 60, 65), short('增加'), line(1, text, 60, 95)]).map((p) => p.text.slice(-12));
    expect(after('24,558.18万元；其他收入0万元。')).toEqual(['增加24,558.18万元；其他收入0万元。'.slice(-12)]);
    expect(after('180.00万，合计1170.00万。')).toEqual(['增加180.00万，合计1170.00万。'.slice(-12)]);
    expect(after('12万元。')).toEqual([`${'短'.repeat(10)}增加`, '12万元。']);
    expect(after('下一段。')).toEqual([`${'短'.repeat(10)}增加`, '下一段。']);
    // A character goes to the next line with the punctuation and the figure after it (务。2022).
    const room = (text: string) => paragraphsOf([line(1, full, 60, 65), line(1, '短'.repeat(47), 60, 80), line(1, text, 60, 95)]).length;
    expect(room('务。2022年预算。')).toBe(1);
    expect(room('务。下一段。')).toBe(2);
  });

  it('splits paragraphs set as spreadsheet rows at the extra space between them, and a numbered item after a full stop', () => {
    const full = '全'.repeat(50);
    // Lines of a paragraph 1 point apart, paragraphs 7 points apart; every line full.
    const rows = paragraphsOf([line(1, full, 60, 40), line(1, full, 60, 53), line(1, full, 60, 72), line(1, full, 60, 85), line(1, full, 60, 104)]);
    expect(rows.map((p) => p.text.length)).toEqual([100, 100, 50]);
    const items = paragraphsOf([
      line(1, `${'全'.repeat(49)}。`, 60, 40),
      line(1, `2.${'全'.repeat(48)}`, 60, 55),
      line(1, `${'全'.repeat(49)}：`, 60, 70),
      line(1, `1、${'全'.repeat(48)}`, 60, 85),
    ]);
    expect(items.map((p) => p.text.slice(0, 2))).toEqual(['全全', '2.']);
  });
});

describe('furniture', () => {
  const page = (number: number): PageContent => ({ number, width: 842, height: 595, runs: [], rulings: [], images: 0 });
  const lineAt = (text: string, y: number) => ({ text, x: 400, y, w: 20, h: 9, runs: [] });

  it('drops page numbers and running footers in the margins, and a table of contents page', () => {
    const pages = [1, 2, 3].map((n) => ({
      page: page(n),
      lines: [lineAt('正文', 100), lineAt(`${n}`, 300), lineAt(`- ${n} -`, 570), lineAt(`测试局 ${n + 2025}年部门预算`, 10)],
    }));
    pages.push({ page: page(4), lines: [lineAt('目 录', 40), lineAt('一、部门主要职能', 80)] });
    expect(dropFurniture(pages).map((p) => [p.contents, p.lines.map((l) => l.text)])).toEqual([
      [false, ['正文', '1']],
      [false, ['正文', '2']],
      [false, ['正文', '3']],
      [true, []],
    ]);
  });
});

describe('document', () => {
  it('tells table titles from sentences', () => {
    expect(isTitle('2026年部门收支预算总表')).toBe(true);
    expect(isTitle('2026年部门项目支出预算表（上年结转）')).toBe(true);
    expect(isTitle('财政项目支出绩效目标填报表')).toBe(true);
    expect(isTitle('详见单位的项目绩效目标表。')).toBe(false);
    expect(isTitle('注：本表无数据，故为空表')).toBe(false);
  });

  it('starts a new table at a title and continues an untitled one of the same width on the next page', () => {
    const table = (top: number) => grid([50, 250, 450], [top, top + 20, top + 40]);
    const pages: PageContent[] = [
      { number: 1, width: 842, height: 595, runs: [run('2026年部门收入总表', 300, 60, 14), run('一', 60, 105)], rulings: table(100), images: 0 },
      { number: 2, width: 842, height: 595, runs: [run('二', 60, 45)], rulings: table(40), images: 0 },
      { number: 3, width: 842, height: 595, runs: [run('说明文字，不是表名。', 60, 40), run('三', 60, 85)], rulings: table(80), images: 0 },
    ];
    const layout = layoutDocument(pages);
    expect(layout.tables.map((t) => [t.title?.text, t.parts.map((p) => p.page)])).toEqual([
      ['2026年部门收入总表', [1, 2]],
      [undefined, [3]],
    ]);
    expect(layout.paragraphs.map((p) => p.text)).toEqual(['说明文字，不是表名。']);
  });

  it('keeps a wrapped note under its table and a later paragraph as narrative', () => {
    const pages: PageContent[] = [
      {
        number: 1,
        width: 842,
        height: 595,
        runs: [run('2026年部门收入总表', 300, 60, 14), run('注：本部门无政府性基金收入，', 50, 150), run('故本表无数据。', 50, 162), run('其他情况说明', 50, 250)],
        rulings: grid([50, 250, 450], [100, 120, 140]),
        images: 0,
      },
    ];
    const layout = layoutDocument(pages);
    expect(layout.tables[0].notes.map((note) => note.map((item) => item.line.text))).toEqual([['注：本部门无政府性基金收入，', '故本表无数据。']]);
    expect(layout.paragraphs.map((p) => p.text)).toEqual(['其他情况说明']);
  });
});

describe('tables printed without ruling lines', () => {
  const page = (number: number, runs: TextRun[]): PageContent => ({ number, width: 842, height: 595, runs, rulings: [], images: 0 });
  /** Each part's cells, as cells.ts reads them from the ruled-in region. */
  const cellsOf = (pages: PageContent[]) =>
    layoutDocument(pages).tables.map((table) => ({
      title: table.title?.text,
      rows: table.parts.flatMap((part) => buildCells(part.region, columnBoundaries(part.region), part.runs).cells.map((row) => row.map((cell) => cell?.text ?? null))),
    }));

  it('finds columns from the gaps of the body: words flush left, figures flush right, a header at the left of its figures, a column only its header fills', () => {
    const [table] = cellsOf([
      page(1, [
        run('2026年预算收支总表', 50, 40, 14),
        run('项目', 50, 80),
        run('2026年', 200, 80),
        run('上年结转', 400, 80),
        run('一、一般公共预算', 50, 95),
        flushRight('2541.25', 300, 95),
        run('二、政府性基金', 50, 110),
        flushRight('12.50', 300, 110),
        run('合计', 50, 125),
        flushRight('2553.75', 300, 125),
      ]),
    ]);
    expect(table).toEqual({
      title: '2026年预算收支总表',
      rows: [
        ['项目', '2026年', '上年结转'],
        ['一、一般公共预算', '2541.25', null],
        ['二、政府性基金', '12.50', null],
        ['合计', '2553.75', null],
      ],
    });
  });

  it('keeps a word printed with spaces between its characters one cell (项 目 and 合 计 drawn a character at a time, 收  入  总  计 in one run)', () => {
    const [table] = cellsOf([
      page(1, [
        run('2026年部门支出总表', 50, 40, 14),
        run('科目编码', 50, 85),
        run('项', 200, 85),
        run('目', 225, 85),
        run('金额', 320, 85),
        run('201', 50, 100),
        run('一般公共服务支出', 200, 100),
        flushRight('60.00', 360, 100),
        run('合', 200, 115),
        run('计', 225, 115),
        flushRight('60.00', 360, 115),
        run('支  出  总  计', 200, 130),
        flushRight('60.00', 360, 130),
      ]),
    ]);
    expect(table.rows.map((row) => row.filter((cell) => cell !== null))).toEqual([
      ['科目编码', '项目', '金额'],
      ['201', '一般公共服务支出', '60.00'],
      ['合计', '60.00'],
      ['支出总计', '60.00'],
    ]);
  });

  it('reads headers centred over their columns and over two rows, a header over several columns changing none', () => {
    const [table] = cellsOf([
      page(1, [
        run('2026年部门收入总表', 50, 40, 14),
        run('本年收入', 330, 70),
        run('科目编码', 80, 77.5),
        run('科目名称', 190, 85),
        run('合计', 300, 85),
        run('财政拨款', 380, 85),
        run('201', 50, 100),
        run('一般公共服务支出', 160, 100),
        flushRight('120.00', 340, 100),
        flushRight('120.00', 440, 100),
        run('20106', 50, 115),
        run('财政事务', 160, 115),
        flushRight('20.00', 340, 115),
        flushRight('20.00', 440, 115),
      ]),
    ]);
    expect(table.rows).toEqual([
      [null, null, '本年收入', null],
      ['科目编码', null, null, null],
      [null, '科目名称', '合计', '财政拨款'],
      ['201', '一般公共服务支出', '120.00', '120.00'],
      ['20106', '财政事务', '20.00', '20.00'],
    ]);
  });

  it('reads an empty table: its header, the names of its lines, and the note under it', () => {
    const layout = layoutDocument([
      page(1, [
        run('2026年“三公”经费支出预算表', 50, 40, 14),
        run('项目', 50, 80),
        run('合计', 250, 80),
        run('一般公共预算', 350, 80),
        run('公务接待费', 50, 95),
        run('合计', 50, 110),
        run('注：本表无数据', 50, 125),
      ]),
    ]);
    const [table] = layout.tables;
    expect(table.notes.map((note) => note[0].line.text)).toEqual(['注：本表无数据']);
    const [part] = table.parts;
    expect(buildCells(part.region, columnBoundaries(part.region), part.runs).cells.map((row) => row.map((cell) => cell?.text ?? null))).toEqual([
      ['项目', '合计', '一般公共预算'],
      ['公务接待费', null, null],
      ['合计', null, null],
    ]);
    expect(layout.paragraphs).toEqual([]);
  });

  it('leaves prose and single lines to the narrative, and ends a table at a title', () => {
    const lines = (texts: Array<[string, number, number]>) => groupLines(texts.map(([text, x, y]) => run(text, x, y)));
    expect(
      findTextTables(
        lines([
          ['1.', 50, 80],
          ['一般公共服务支出120.00万元，主要用于机关运行。', 80, 80],
          ['2.', 50, 95],
          ['教育支出20.00万元，主要用于培训。', 80, 95],
        ]),
      ).tables,
    ).toEqual([]);
    expect(
      findTextTables(
        lines([
          ['部门职能', 50, 80],
          ['内设机构', 50, 95],
        ]),
      ).tables,
    ).toEqual([]);
    const { tables, rest } = findTextTables(
      lines([
        ['项目', 50, 80],
        ['合计', 200, 80],
        ['基本支出', 300, 80],
        ['合计', 50, 95],
        ['1.00', 200, 95],
        ['1.00', 300, 95],
        ['2026年部门支出总表', 50, 110],
        ['项目', 50, 125],
        ['合计', 200, 125],
        ['项目支出', 300, 125],
        ['合计', 50, 140],
        ['2.00', 200, 140],
        ['2.00', 300, 140],
      ]),
    );
    expect(tables.map((table) => table.lines.map((line) => line.text))).toEqual([
      ['项目 合计 基本支出', '合计 1.00 1.00'],
      ['项目 合计 项目支出', '合计 2.00 2.00'],
    ]);
    expect(rest.map((line) => line.text)).toEqual(['2026年部门支出总表']);
  });

  it('reads a name wrapped over lines as one row, beside figures centred on it or set at its foot, and a row left alone past a blank as more of the table', () => {
    const body = (y: number, name: string[], figuresAt: number, amount: string) => [
      ...name.map((text, k) => run(text, 50, y + 12 * k)),
      flushRight(amount, 280, figuresAt),
      flushRight(amount, 380, figuresAt),
    ];
    const [table] = cellsOf([
      page(1, [
        run('2026年项目支出表', 50, 40, 14),
        run('项目名称', 50, 80),
        run('合计', 200, 80),
        run('财政拨款', 300, 80),
        ...body(95, ['遗属补助'], 95, '6.54'),
        // Figures centred between the two lines of the name; then figures at the foot of a three-line name.
        ...body(110, ['财政专项资金及', 'PPP项目绩效评价'], 116, '118.17'),
        ...body(139, ['政府投资项目预决', '（结）算评审工作', '经费'], 163, '759.10'),
        ...body(178, ['普法经费'], 178, '1.50'),
        // Past a gap as wide as a blank row, alone: still a row of the table.
        ...body(220, ['合计'], 220, '885.31'),
      ]),
    ]);
    expect(table.rows).toEqual([
      ['项目名称', '合计', '财政拨款'],
      ['遗属补助', '6.54', '6.54'],
      ['财政专项资金及PPP项目绩效评价', '118.17', '118.17'],
      ['政府投资项目预决（结）算评审工作经费', '759.10', '759.10'],
      ['普法经费', '1.50', '1.50'],
      ['合计', '885.31', '885.31'],
    ]);
  });

  it('goes on over the next page in the same columns, also when the page opens with the 合计 row alone', () => {
    const tables = cellsOf([
      page(1, [
        run('2026年部门支出总表', 50, 40, 14),
        run('科目名称', 50, 80),
        run('合计', 200, 80),
        run('基本支出', 300, 80),
        run('一般公共服务支出', 50, 95),
        flushRight('10.00', 280, 95),
        flushRight('10.00', 380, 95),
      ]),
      page(2, [run('教育支出', 50, 40), flushRight('5.00', 280, 40), flushRight('5.00', 380, 40)]),
      page(3, [run('合计', 50, 40), flushRight('15.00', 280, 40), flushRight('15.00', 380, 40)]),
    ]);
    expect(tables).toEqual([
      {
        title: '2026年部门支出总表',
        rows: [
          ['科目名称', '合计', '基本支出'],
          ['一般公共服务支出', '10.00', '10.00'],
          ['教育支出', '5.00', '5.00'],
          ['合计', '15.00', '15.00'],
        ],
      },
    ]);
  });
});
