/** 情况说明 reading on the fixture workbooks, the seed text and hand-made sentences. */
import { readFileSync } from 'fs';
import { readXlsx } from '../../host/file/xlsx-reader';
import { gridFromRows, gridFromTsv, refToA1, type Grid } from '../grid';
import { readWorkbook } from '../tables';
import { readNarrative, type Narrative } from '.';

const manifest = JSON.parse(readFileSync('test/fixtures/fixtures.json', 'utf8')) as {
  files: Array<{ file: string; disclosure?: { unitName: string }; narrative?: { sheet: string; paragraphs: number; purchaseCell: string } }>;
};
const zezhou = manifest.files.filter((file) => file.disclosure?.unitName === '泽州县财政局');

function sentences(...texts: string[]): Grid {
  return {
    sheets: [
      gridFromRows(
        '说明',
        texts.map((text) => [text]),
      ),
    ],
  };
}

describe.each(zezhou)('泽州 narrative in $file', (fixture) => {
  let narrative: Narrative;
  beforeAll(async () => {
    narrative = readWorkbook(await readXlsx(readFileSync(fixture.file))).narrative;
  });

  it('reads the five 政府购买服务 statements with project, amount, code and name', () => {
    const { purchases } = narrative;
    expect(purchases.map((p) => `${p.project}|${p.amount.toString()}${p.unit}|${p.code}|${p.name}|${p.ref.sheet}!${refToA1(p.ref)}`)).toEqual([
      `政府投资项目预决（结）算评审工作经费|759.1万元|B0701|评审服务|说明!${fixture.narrative?.purchaseCell}`,
      `财政专项资金及PPP项目绩效评价工作经费|118.17万元|B0703|评价服务|说明!${fixture.narrative?.purchaseCell}`,
      `行政事业性国有资产清查审计评估费及信息系统服务费|3万元|B0702|评估服务|说明!${fixture.narrative?.purchaseCell}`,
      `山西省财政一体化运维及办公设备购置费|190万元|B1005|信息化系统使用服务|说明!${fixture.narrative?.purchaseCell}`,
      `财政业务工作监督检查业务费|20万元|B0501|监督检查辅助服务|说明!${fixture.narrative?.purchaseCell}`,
    ]);
  });

  it('takes every text cell of the 说明 sheet as a paragraph and nothing from the tables', () => {
    const { paragraphs } = narrative;
    expect(paragraphs.filter((p) => p.ref.sheet === fixture.narrative?.sheet)).toHaveLength(fixture.narrative?.paragraphs ?? -1);
    expect(paragraphs.every((p) => p.ref.sheet === '说明')).toBe(true);
  });

  it('labels amounts and percentages with the words before them', () => {
    const { amounts, percentages } = narrative;
    const find = (label: string) => amounts.filter((a) => a.label === label).map((a) => `${a.amount.toString()}${a.unit}`);
    expect(find('预算收入总计')).toEqual(['2541.25万元']);
    expect(find('基本支出')).toEqual(['1345.76万元', '1345.76万元']);
    expect(find('一般公共服务支出')).toEqual(['2134.19万元', '2134.19万元']);
    expect(find('政府采购货物预算')).toEqual(['0.5万元']);
    expect(percentages.filter((p) => ['基本支出', '项目支出', '住房保障支出'].includes(p.label)).map((p) => `${p.label} ${p.value.toString()}`)).toEqual([
      '基本支出 52.96',
      '项目支出 47.04',
      '住房保障支出 3.84',
    ]);
  });

  it('reads year-on-year statements with their subject', () => {
    const { yearOnYear } = narrative;
    const described = yearOnYear.map((y) => `${y.label}|${y.current?.toString() ?? '-'}|${y.direction * y.change.toNumber()}|${y.percent?.toString() ?? '-'}`);
    expect(described).toContain('预算收入总计|2541.25|49.59|1.99');
    expect(described).toContain('一般公共预算当年支出|2541.25|49.59|1.99');
    expect(described).toContain('机关运行经费财政拨款预算|140.18|1.13|0.81');
  });

  it('knows the text says there is no 三公 budget', () => {
    const { noThreePublic } = narrative;
    expect(noThreePublic?.text).toBe('本部门无“三公”经费预算。');
  });
});

describe('永和 seed text', () => {
  const text = readFileSync('../shared/seeds/004_d36ff57df6df67c4.txt', 'utf8');
  const { narrative } = readWorkbook({ sheets: [gridFromTsv('seed', text)] });

  it('reads a decrease with its percentage', () => {
    expect(narrative.yearOnYear[0]).toMatchObject({ label: '预算收入总计', direction: -1 });
    expect(narrative.yearOnYear[0].change.toString()).toBe('280.59');
    expect(narrative.yearOnYear[0].percent?.toString()).toBe('59.92');
    expect(narrative.yearOnYear[0].current?.toString()).toBe('187.67');
  });

  it('finds no purchase statements and the no-三公 sentence', () => {
    expect(narrative.purchases).toEqual([]);
    expect(narrative.noThreePublic?.text).toBe('本单位无“三公”经费预算。');
  });

  it('leaves the 绩效目标表 prose to the tables', () => {
    expect(narrative.amounts.every((a) => a.unit === '万元')).toBe(true);
  });
});

describe('hand-made sentences', () => {
  it('reads codes without a dash and department-prefixed codes', () => {
    const { purchases } = readNarrative(sentences('涉及政府购买服务的项目：社区养老服务经费12.5万元，属于033A0101居家养老服务；档案整理经费3,000元，对应B0201档案管理服务。'));
    expect(purchases.map((p) => `${p.project}|${p.amount.toString()}${p.unit}|${p.code}|${p.name}`)).toEqual([
      '社区养老服务经费|12.5万元|033A0101|居家养老服务',
      '档案整理经费|3000元|B0201|档案管理服务',
    ]);
  });

  it('finds sentences in long cells of other sheets but not inside the excluded tables', () => {
    const grid: Grid = {
      sheets: [gridFromRows('表1', [['项目', '金额'], ['基本支出', 10], ['本年支出预算10万元，其中基本支出10万元，占100%。']])],
    };
    const all = readNarrative(grid);
    expect(all.paragraphs.map((p) => refToA1(p.ref))).toEqual(['A3']);
    expect(all.amounts.map((a) => `${a.label} ${a.amount.toString()}`)).toEqual(['本年支出预算 10', '基本支出 10']);
    expect(all.percentages.map((p) => `${p.label} ${p.value.toString()}`)).toEqual(['基本支出 100']);
    const excluded = readNarrative(grid, { exclude: [{ sheet: '表1', range: { top: 0, left: 0, bottom: 2, right: 1 } }] });
    expect(excluded.paragraphs).toEqual([]);
  });

  it('drops the unit name and the year from labels', () => {
    const { amounts } = readNarrative(sentences('2025年度某某中心本级预算收入总计88.00万元。'), { unitNames: ['某某中心', '某某中心本级'] });
    expect(amounts[0].label).toBe('预算收入总计');
  });

  it('reads "三公经费预算为0" as no 三公 budget, but not a non-zero one', () => {
    expect(readNarrative(sentences('2025年“三公”经费预算为0万元。')).noThreePublic).toBeDefined();
    expect(readNarrative(sentences('2025年“三公”经费预算为0.5万元，比上年减少0.1万元。')).noThreePublic).toBeUndefined();
  });
});
