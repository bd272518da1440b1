/**
 * 情况说明 draft: on the 泽州 and 永和 workbooks the draft restates every figure of the published text
 * that the tables determine, with the same value; the comparison points at quoted figures that differ.
 */
import { Amount } from '../../src/core/amount';
import { compareNarrative, draftNarrative, pairFigures, quotedFigures, type NarrativeDraft } from '../../src/core/assist/narrative-draft';
import { shareOf } from '../../src/core/assist/narrative/builder';
import { refToA1, type Grid, type CellRef } from '../../src/core/grid';
import { readWorkbook, type WorkbookReading } from '../../src/core/tables';
import { YONGHE_A, ZEZHOU_A, fixtureGrid } from './support';

interface Coverage {
  published: number;
  reproduced: number;
  fromStatements: number;
  notDetermined: string[];
}

/**
 * Every amount and percentage of the published 说明 (quoted figures and the 比上年 changes and rates),
 * and how many of them the draft restates from the tables.
 */
function coverage(reading: WorkbookReading, draft: NarrativeDraft): Coverage {
  const { pairs, unpaired } = pairFigures(draft.sections, reading.narrative);
  const changes = reading.narrative.yearOnYear.flatMap((y) => [`比上年:${y.label || '（原因）'}:${y.change.toString()}`, ...(y.percent ? [`比上年%:${y.label}:${y.percent.toString()}`] : [])]);
  return {
    published: quotedFigures(reading.narrative).length + changes.length,
    reproduced: pairs.filter((p) => p.section !== 'purchases').length,
    fromStatements: pairs.filter((p) => p.section === 'purchases').length,
    notDetermined: [...unpaired.map((f) => `${f.label}:${f.value.toString()}`), ...changes],
  };
}

function setText(grid: Grid, ref: CellRef, edit: (text: string) => string): Grid {
  const copy = structuredClone(grid);
  const cell = copy.sheets.find((s) => s.name === ref.sheet)!.rows[ref.row]![ref.col]!;
  cell.v = edit(String(cell.v));
  return copy;
}

function setNumber(grid: Grid, ref: CellRef, value: number): Grid {
  const copy = structuredClone(grid);
  const sheet = copy.sheets.find((s) => s.name === ref.sheet)!;
  const row = (sheet.rows[ref.row] ??= []);
  row[ref.col] = { v: value };
  return copy;
}

/** The grid with one more sheet, written row by row. */
function withSheet(grid: Grid, name: string, rows: Array<Array<string | number | null>>): Grid {
  const sheet = { name, rows: rows.map((row) => row.map((v) => (v === null ? null : { v }))), merges: [] };
  return { ...grid, sheets: [...grid.sheets, sheet] };
}

/** "人员经费…主要包括：a、b、c等" → the names, as a sorted list. */
function namesAfter(text: string, label: string): string[] {
  const m = new RegExp(`${label}[^：:]*[：:]([^；;。]*)等`).exec(text);
  return m
    ? m[1]
        .split('、')
        .map((s) => s.trim())
        .sort()
    : [];
}

describe('情况说明 draft for the 泽州 workbook', () => {
  let grid: Grid;
  let reading: WorkbookReading;
  let draft: NarrativeDraft;
  beforeAll(async () => {
    grid = await fixtureGrid(ZEZHOU_A);
    reading = readWorkbook(grid);
    draft = draftNarrative(reading);
  });

  it('restates every figure of the published text that the tables determine, with the same value', () => {
    const { pairs } = pairFigures(draft.sections, reading.narrative);
    const unequal = pairs.filter((p) => !p.equal).map((p) => `${p.quoted.label} ${p.quoted.value} ≠ ${p.figure.value}`);
    expect(unequal).toEqual([]);
    for (const { figure } of pairs) expect(draft.text).toContain(`${figure.text}${figure.kind === 'percentage' ? '%' : figure.unit}`);
    const result = coverage(reading, draft);
    console.info(
      `泽州：已公开数字 ${result.published} 个，草稿按表格重现 ${result.reproduced} 个，政府购买服务沿用说明 ${result.fromStatements} 个；表格无法确定：\n  ${result.notDetermined.join('\n  ')}`,
    );
    expect(result).toEqual({
      published: 80,
      reproduced: 50,
      fromStatements: 5,
      notDetermined: [
        '政府采购预算总额:9.5',
        '政府采购货物预算:0.5',
        '政府采购工程预算:0',
        '政府采购服务预算:9',
        '涉及部门预算资金:2541.25',
        '涉及资金:0',
        '金额:1195.49',
        '涉及金额:1195.49',
        '涉及金额:0',
        '涉及项目金额:1195.49',
        '部门（单位）项目支出总额:100',
        '涉及项目金额:1195.49',
        '涉及项目金额:0',
        '占有使用价值:50',
        '占有使用价值:100',
        '比上年:预算收入总计:49.59',
        '比上年%:预算收入总计:1.99',
        '比上年:（原因）:69.6',
        '比上年:本年部门预算支出总计:49.59',
        '比上年%:本年部门预算支出总计:1.99',
        '比上年:（原因）:69.6',
        '比上年:一般公共预算当年支出:49.59',
        '比上年%:一般公共预算当年支出:1.99',
        '比上年:机关运行经费财政拨款预算:1.13',
        '比上年%:机关运行经费财政拨款预算:0.81',
      ],
    });
  });

  it('follows the published wording, section by section', () => {
    expect(draft.sections.map((s) => s.heading)).toEqual([
      '一、部门预算收支数据变动情况及原因',
      '二、收入预算情况说明',
      '三、支出预算情况说明',
      '四、财政拨款收支预算总体情况说明',
      '五、一般公共预算支出情况说明',
      '六、一般公共预算基本支出情况说明',
      '七、“三公”经费增减变动原因说明',
      '八、机关运行经费增减变动原因说明',
      '九、政府购买服务情况说明',
    ]);
    const text = draft.text;
    expect(text).toContain('2026年度泽州县财政局支出预算2,541.25万元，其中：基本支出1,345.76万元，占52.96%；项目支出1,195.49万元，占47.04%。');
    expect(text).toContain('主要包括一般公共预算拨款收入2,541.25万元，占100.00%；政府性基金预算拨款收入0万元，占0%；');
    expect(text).toContain('支出包括：一般公共服务支出2,134.19万元、社会保障和就业支出239.28万元、卫生健康支出70.15万元、住房保障支出97.63万元等。');
    expect(text).toContain('一般公共服务支出2,134.19万元，占83.98%；社会保障和就业支出239.28万元，占9.42%；卫生健康支出70.15万元，占2.76%；住房保障支出97.63万元，占3.84%等。');
    expect(text).toContain('本部门无“三公”经费预算。');
    expect(text).toContain('泽州县财政局2026年机关运行经费财政拨款预算140.18万元，比2025年预算【增加/减少，请填写】');
    expect(text).toContain('政府投资项目预决（结）算评审工作经费759.10万元，属于B0701-评审服务；');
  });

  it('lists the same 人员经费 and 公用经费 items as the published text', () => {
    const published = reading.narrative.paragraphs.map((p) => p.text).join('\n');
    for (const label of ['人员经费', '公用经费']) {
      const names = namesAfter(draft.text, label);
      expect(names.length).toBeGreaterThan(5);
      expect(names).toEqual(namesAfter(published, label));
    }
  });

  it('leaves 比上年 changes and reasons as placeholders for the user', () => {
    expect(draft.placeholders.filter((p) => p === '【增减金额，请填写】')).toHaveLength(4);
    expect(draft.placeholders.filter((p) => p === '【增减原因，请填写】')).toHaveLength(4);
    expect(draft.placeholders).toHaveLength(20);
    // Nothing else in the draft is bracketed: every gap is a placeholder the user can find.
    expect(draft.placeholders.reduce((text, p) => text.replace(p, ''), draft.text)).not.toMatch(/[【】]/);
  });

  it('finds nothing to correct in the published text', () => {
    expect(compareNarrative(draft, reading.narrative)).toEqual([]);
  });

  it('points at a quoted amount and a percentage that differ from the tables', () => {
    const paragraph = reading.narrative.paragraphs.find((p) => p.text.includes('基本支出1345.76万元，占52.96%'))!;
    const edited = setText(grid, paragraph.ref, (t) => t.replace('基本支出1345.76万元，占52.96%', '基本支出1354.76万元，占53.31%'));
    const differences = compareNarrative(draft, readWorkbook(edited).narrative);
    expect(differences.map(({ kind, label, existing, draft: value, cell }) => ({ kind, label, existing, value, cell: `${cell.sheet}!${refToA1(cell)}` }))).toEqual([
      { kind: 'amount', label: '基本支出', existing: '1354.76万元', value: '1345.76万元', cell: `说明!${refToA1(paragraph.ref)}` },
      { kind: 'percentage', label: '基本支出', existing: '53.31%', value: '52.96%', cell: `说明!${refToA1(paragraph.ref)}` },
    ]);
    expect(differences[0].message).toBe(`说明!${refToA1(paragraph.ref)}“基本支出”写作1354.76万元，按表格应为1345.76万元（按表3!D5）。`);
  });

  it('compares a text without section headings where the words name one figure only', () => {
    const plain = withSheet({ ...grid, sheets: grid.sheets.filter((s) => s.name !== '说明') }, '说明', [
      ['2026年度泽州县财政局支出预算2541.25万元，其中：基本支出1000.00万元，占52.96%；项目支出1195.49万元，占47.04%，上年结转0万元。'],
    ]);
    const narrative = readWorkbook(plain).narrative;
    const { pairs, unpaired } = pairFigures(draft.sections, narrative);
    expect(pairs.map((p) => `${p.section} ${p.quoted.label} ${p.equal}`)).toEqual([
      'expenditure 支出预算 true',
      'expenditure 基本支出 false',
      'expenditure 基本支出 true',
      'expenditure 项目支出 true',
      'expenditure 项目支出 true',
    ]);
    // 上年结转 is written in two sections of the draft: without a heading it is not guessed.
    expect(unpaired.map((f) => f.label)).toEqual(['上年结转']);
    expect(compareNarrative(draft, narrative).map((d) => `${d.label} ${d.existing}→${d.draft}`)).toEqual(['基本支出 1000.00万元→1345.76万元']);
  });

  it('follows the tables: a changed 支出总表 total changes the draft and the percentages', () => {
    const expenditure = reading.tables.find((t) => t.kind === 'expenditure')!;
    const total = expenditure.rows.find((r) => r.role === 'total')!;
    let edited = setNumber(grid, total.values.basic!.ref, 1345.75);
    edited = setNumber(edited, total.values.project!.ref, 1195.5);
    const redrafted = draftNarrative(readWorkbook(edited));
    expect(redrafted.text).toContain('基本支出1,345.75万元，占52.96%；项目支出1,195.50万元，占47.04%');
    const differences = compareNarrative(redrafted, reading.narrative).map((d) => `${d.label} ${d.existing}→${d.draft}`);
    expect(differences).toContain('基本支出 1345.76万元→1345.75万元');
    expect(differences).toContain('项目支出 1195.49万元→1195.50万元');
  });

  it('writes the “三公” amounts when the table has them', () => {
    const table = reading.tables.find((t) => t.kind === 'three-public')!;
    const line = (key: string) => table.rows.find((r) => r.line === key)!.values.total!.ref;
    let edited = setNumber(grid, line('reception'), 1.2);
    edited = setNumber(edited, line('vehicle'), 3.4);
    edited = setNumber(edited, line('vehicle-operation'), 3.4);
    edited = setNumber(edited, line('total'), 4.6);
    const text = draftNarrative(readWorkbook(edited)).text;
    expect(text).toContain(
      '2026年泽州县财政局“三公”经费财政拨款预算4.60万元，其中：因公出国（境）费0万元，公务接待费1.20万元，公务用车购置及运行费3.40万元（其中：公务用车购置费0万元，公务用车运行维护费3.40万元），比上年【增加/减少，请填写】',
    );
    expect(text).not.toContain('无“三公”经费预算');
  });

  it('lists purchases from a 政府购买服务预算表 when the workbook has one', () => {
    const edited = withSheet(grid, '表14', [
      ['2026年政府购买服务预算表'],
      ['部门名称：泽州县财政局', null, null, null, '单位：万元'],
      ['项目名称', '购买服务内容', '指导性目录代码', '目录名称', '金额'],
      ['政府投资项目预决（结）算评审工作经费', '预决算评审', 'B0701', '评审服务', 700],
      ['合计', null, null, null, 700],
    ]);
    const redrafted = draftNarrative(readWorkbook(edited));
    expect(redrafted.sections.at(-1)!.paragraphs).toEqual(['2026年预算涉及政府购买服务的专项有1个，分别是：政府投资项目预决（结）算评审工作经费700.00万元，属于B0701-评审服务。']);
    const differences = compareNarrative(redrafted, reading.narrative);
    expect(differences.map((d) => `${d.label} ${d.existing}→${d.draft}`)).toEqual(['政府投资项目预决（结）算评审工作经费 759.10万元→700.00万元']);
    expect(differences[0].message).toContain('（按表14!E4）');
  });

  it('writes the same draft from the stacked layout of the same disclosure', async () => {
    const stacked = readWorkbook(await fixtureGrid(ZEZHOU_A.replace(/-A\.xlsx$/, '-B.xlsx')));
    expect(draftNarrative(stacked).text).toBe(draft.text);
  });

  it('says which table is missing instead of failing', () => {
    const withoutExpenditure = { ...grid, sheets: grid.sheets.filter((s) => s.name !== '表3') };
    const sections = draftNarrative(readWorkbook(withoutExpenditure)).sections;
    expect(sections.find((s) => s.id === 'expenditure')!.paragraphs).toEqual(['【未识别到支出总表，本段内容，请填写】']);
    expect(sections.find((s) => s.id === 'income')!.paragraphs[0]).toContain('预算收入2,541.25万元');
  });
});

describe('情况说明 draft for the 永和 workbook', () => {
  let reading: WorkbookReading;
  let draft: NarrativeDraft;
  beforeAll(async () => {
    reading = readWorkbook(await fixtureGrid(YONGHE_A));
    draft = draftNarrative(reading);
  });

  it('speaks of 单位预算 as the published text does and restates its figures', () => {
    expect(draft.sections[0].heading).toBe('一、单位预算收支数据变动情况及原因');
    expect(draft.text).toContain('本单位无“三公”经费预算。');
    expect(draft.text).toContain('支出预算187.67万元，其中：基本支出118.73万元，占63.27%；项目支出68.94万元，占36.73%。');
    expect(compareNarrative(draft, reading.narrative)).toEqual([]);
    const result = coverage(reading, draft);
    console.info(`永和：已公开数字 ${result.published} 个，草稿按表格重现 ${result.reproduced} 个；表格无法确定 ${result.notDetermined.length} 个`);
    expect(result.published).toBe(70);
    expect(result.reproduced).toBe(46);
    // The published text calls 一般公共服务支出 "一般公共预算支出": no class of that name, so not paired.
    expect(result.notDetermined.slice(0, 2)).toEqual(['一般公共预算支出:162.99', '一般公共预算支出:86.85']);
  });

  it('leaves the 政府购买服务 list to the user when neither a table nor the text declares purchases', () => {
    expect(draft.sections.at(-1)!.paragraphs).toEqual(['2024年预算涉及政府购买服务的项目：【项目名称、金额及指导性目录代码，请填写】。']);
  });
});

describe('percentage shares', () => {
  it('round half-up to two decimals, exactly', () => {
    expect(shareOf(new Amount('1'), new Amount('800'))!.toFixed(2)).toBe('0.13');
    expect(shareOf(new Amount('2.675'), new Amount('100'))!.toFixed(2)).toBe('2.68');
    expect(shareOf(new Amount('1'), new Amount('3'))!.toFixed(2)).toBe('33.33');
    expect(shareOf(new Amount('5'), new Amount('0'))).toBeUndefined();
  });
});
