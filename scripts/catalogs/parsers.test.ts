import { parseEconomicRows, parseFunctionRows, parseSummaryClassNames } from './disclosure';
import { SEEDS } from './sources';
import { cleanCell, joinFragments, requireLine } from './seed-text';
import { parseTabularCatalog, type RawEntry } from './tabular';
import { readSeed } from './test-support';
import { parseUnitList } from './units';
import { parseLineCatalog } from './zhengzhou';

const find = (entries: RawEntry[], code: string, department?: string) => entries.find((entry) => entry.code === code && (department === undefined || entry.department === department));

describe('text cleaning', () => {
  it('joins Chinese fragments broken by the PDF without inventing spaces', () => {
    expect(joinFragments(['卫生健康 公共服务'])).toBe('卫生健康公共服务');
    expect(joinFragments(['养老服务业调查、统计分析、发', '展政策'])).toBe('养老服务业调查、统计分析、发展政策');
    expect(joinFragments(['<p>课题 研究</p>'])).toBe('课题研究');
  });

  it('treats a lone "/" as an empty cell and drops a trailing stray rule', () => {
    expect(cleanCell('/')).toBe('');
    expect(cleanCell('监督检查辅助服务 /')).toBe('监督检查辅助服务');
  });
});

describe('焦作 table (000)', () => {
  const seed = readSeed(SEEDS.jiaozuo);
  const { entries } = parseTabularCatalog(
    seed,
    requireLine(seed, '表头', (line) => line.startsWith('代码\t')),
    { levels: 3, description: true, departments: false },
  );

  it('takes the level from the code even when the row sits in the wrong column', () => {
    // A0801 is printed in the 二级 column, A14 in the 一级 column.
    expect(find(entries, 'A0801')).toMatchObject({ level: 3, parent: 'A08', name: '文化艺术创作、表演及交流服务' });
    expect(find(entries, 'A14')).toMatchObject({ level: 2, parent: 'A', name: '灾害防治及应急管理服务' });
  });

  it('repairs names wrapped inside a cell and keeps the 说明', () => {
    expect(find(entries, 'A05')?.name).toBe('卫生健康公共服务');
    expect(find(entries, 'A1404')?.name).toBe('救灾物资代储和紧急供货服务');
    expect(find(entries, 'B0701')).toMatchObject({ name: '评审服务', description: '重大规划、专题研究以及重大项目预可行性研究、初步设计及概算、资金申请等评审论证服务。' });
    expect(find(entries, 'B0501')?.name).toBe('监督检查辅助服务');
    expect(find(entries, 'A17')?.description).toBeUndefined();
  });

  it('skips the repeated page headers', () => {
    expect(entries.filter((entry) => entry.code === 'A0305')).toHaveLength(1);
    expect(entries.some((entry) => entry.name.includes('目录'))).toBe(false);
  });
});

describe('聊城 附件1 and 附件2 (001)', () => {
  const seed = readSeed(SEEDS.liaocheng);

  it('reads the 65 units across the page break', () => {
    const units = parseUnitList(
      seed,
      requireLine(seed, '单位表头', (line) => line.startsWith('序号\t代码')),
    );
    expect(units).toHaveLength(65);
    expect(units[0]).toMatchObject({ code: '001001', name: '聊城市农业农村局' });
    expect(units.at(-1)).toMatchObject({ code: '129001', name: '聊城市市场监督管理局' });
  });

  it('stops the general catalog at the end of its table', () => {
    const parsed = parseTabularCatalog(
      seed,
      requireLine(seed, '表头', (line) => line.startsWith('代码\t')),
      { levels: 3, description: true, departments: false },
    );
    expect(parsed.entries.at(-1)).toMatchObject({ code: 'E1201', name: '档案整理服务' });
    expect(find(parsed.entries, 'D0502')?.name).toBe('社会管理、公共服务、民生项目评估服务');
    expect(find(parsed.entries, 'D0505')?.description).toBeUndefined();
  });
});

describe('郑州 民政 line catalog (003)', () => {
  const seed = readSeed(SEEDS.zhengzhou);
  const { entries, annotations } = parseLineCatalog(
    seed,
    requireLine(seed, '表头', (line) => line.startsWith('序号 一级目录')),
  );

  it('strips the 033 department prefix but keeps the printed code', () => {
    expect(find(entries, 'A0101')).toMatchObject({ printedCode: '033A0101', name: '居家养老服务', level: 3, parent: 'A01' });
  });

  it('joins names that wrap below the code, and keeps the 说明 apart', () => {
    expect(find(entries, 'A0104')).toMatchObject({
      name: '养老服务业调查、统计分析、发展政策、理论研究、监督检查',
      description: '委托第三方进行养老服务业调查、统计分析、发展政策、理论研究、监督检查服务购买',
    });
    expect(find(entries, 'C')?.name).toBe('政府履职所需辅助性服务');
  });

  it('splits a 说明 printed on the code line', () => {
    expect(find(entries, 'C0102')).toMatchObject({ name: '履约验收服务', description: '政府采购合同履约验收服务' });
  });

  it('drops reviewer annotations', () => {
    expect(annotations.map((index) => seed.lines[index].trim())).toContain('建议删除');
    expect(entries.some((entry) => /范小洁|建议删除|建议调整|委托培训$/.test(`${entry.name}${entry.description ?? ''}`))).toBe(false);
    expect(find(entries, 'C0301')?.description).toBe('辅助进行财务报表编制服务、记账服务、财务监管、内控、其他会计和税务服务');
  });
});

describe('晋财综〔2023〕43号 department table (002)', () => {
  const seed = readSeed(SEEDS.zezhou);
  const parsed = parseTabularCatalog(
    seed,
    requireLine(seed, '表头', (line) => line.startsWith('代码\t一级目录\t二级目录\t三级目录\t四级目录')),
    { levels: 4, description: false, departments: true },
  );

  it('reads the department headings', () => {
    expect(parsed.departments).toHaveLength(49);
    expect(parsed.departments[0]).toBe('人民代表大会常务委员会办公厅（室）');
    expect(parsed.departments.at(-1)).toBe('残疾人联合会');
    expect(find(parsed.entries, 'A150201', '人民法院')?.name).toBe('法院宣传服务');
  });

  it('restores a code whose letter was lost, and says so', () => {
    expect(find(parsed.entries, 'A160601', '住房和城乡建设')?.name).toBe('住建行业标准制修订辅助服务');
    expect(parsed.repairs.some((line) => line.includes('“160601”缺少字母'))).toBe(true);
  });

  it('ends at the signature block, across watermarks and page numbers', () => {
    expect(seed.lines[parsed.end]).toContain('信息公开选项');
  });
});

describe('disclosure classification rows', () => {
  const zezhou = readSeed(SEEDS.zezhou);

  it('reads the 30 class names of the 收支总表', () => {
    const names = parseSummaryClassNames(zezhou).map((row) => row.name);
    expect(names).toHaveLength(30);
    expect(names[0]).toBe('一般公共服务支出');
    expect(names[29]).toBe('抗疫特别国债安排的支出');
  });

  it('reads code and name rows but not amounts', () => {
    const rows = parseFunctionRows(zezhou);
    expect(rows.find((row) => row.code === '2010601')?.name).toBe('行政运行');
    expect(rows.every((row) => !/^\d/.test(row.name))).toBe(true);
  });

  it('reads 部门预算 ↔ 政府预算 经济科目 pairs, with group rows unpaired', () => {
    const rows = parseEconomicRows(zezhou);
    expect(rows[0]).toMatchObject({ name: '工资福利支出', government: '' });
    expect(rows.find((row) => row.name === '基本工资')?.government).toBe('工资奖金津补贴');
  });
});
