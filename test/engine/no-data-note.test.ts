/**
 * 空表 notes on the published Shanghai layout: the note sits under the blank form lines and the 合计 row
 * of an empty table; the combined “三公”经费和机关运行经费 table is one printed table read as two.
 */
import { fixture, run, withCells } from './support';

const FILE = 'shanghai/上海市普陀区财政局-2025-部门预算.xlsx';
const FUND_NOTE = '注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。';
const STATE_CAPITAL_NOTE = '注:本部门2025年无国有资本经营预算财政拨款安排的预算，故本表为空表。';

async function noteFindings(edits: Parameters<typeof withCells>[1]) {
  const report = run(withCells(await fixture(FILE), edits));
  return report.diagnostics.filter((d) => d.rule === 'meta/no-data-note').map((d) => `${d.severity} ${d.sheet}!${d.cell}`);
}

describe('meta/no-data-note on the Shanghai layout', () => {
  it('asks for the note when an empty table has none (as transcribed)', async () => {
    expect(await noteFindings([])).toEqual(['warning 表6!A1', 'warning 表7!A1']);
  });

  it('finds the note printed below the blank form lines and the 合计 row', async () => {
    expect(
      await noteFindings([
        ['表6', 'A19', FUND_NOTE],
        ['表7', 'A19', STATE_CAPITAL_NOTE],
      ]),
    ).toEqual([]);
  });

  it('says when the note under the 国有资本经营 table names 政府性基金 (copied)', async () => {
    expect(
      await noteFindings([
        ['表6', 'A19', FUND_NOTE],
        ['表7', 'A19', FUND_NOTE],
      ]),
    ).toEqual(['warning 表7!A19']);
  });

  it('does not call the combined table empty when only its 机关运行经费 part is zero', async () => {
    expect(
      await noteFindings([
        ['表6', 'A19', FUND_NOTE],
        ['表7', 'A19', STATE_CAPITAL_NOTE],
        ['表9', 'G6', 0],
      ]),
    ).toEqual([]);
  });

  it('accepts a note that only the 三公 part is empty when 机关运行经费 has amounts', async () => {
    const edits: Parameters<typeof withCells>[1] = [
      ['表6', 'A19', FUND_NOTE],
      ['表7', 'A19', STATE_CAPITAL_NOTE],
      ['表9', 'A6', 0],
      ['表9', 'C6', 0],
      ['表9', 'A7', '注：本部门2025年无“三公”经费预算。'],
    ];
    expect(await noteFindings(edits)).toEqual([]);
  });

  it('is an error when the note says the whole combined table is empty but it holds amounts', async () => {
    const edits: Parameters<typeof withCells>[1] = [
      ['表6', 'A19', FUND_NOTE],
      ['表7', 'A19', STATE_CAPITAL_NOTE],
      ['表9', 'A7', '注:本部门2025年无“三公”经费和机关运行经费预算，故本表为空表。'],
    ];
    expect(await noteFindings(edits)).toEqual(['error 表9!A7']);
  });
});
