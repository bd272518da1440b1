/**
 * The 泽州县财政局 2026 disclosure (seed 002, 预算公开表1–13) as typed tables, transcribed from the
 * seed text, for rule tests until recognisers read the fixture workbooks.
 */
import type { BudgetTable } from '../../tables/types';
import { buildTable, tsvTable, type RowSpec } from './builder';

/** The 30 class lines of the 收支总表 expenditure side, as the seed prints them. */
export const CLASS_LINES = `一、一般公共服务支出 二、外交支出 三、国防支出 四、公共安全支出 五、教育支出 六、科学技术支出 七、文化旅游体育与传媒支出 八、社会保障和就业支出 九、社会保险基金支出 十、卫生健康支出 十一、节能环保支出 十二、城乡社区支出 十三、农林水支出 十四、交通运输支出 十五、资源勘探工业信息等支出 十六、商业服务业等支出 十七、金融支出 十八、援助其他地区支出 十九、自然资源海洋气象等支出 二十、住房保障支出 二十一、粮油物资储备支出 二十二、国有资本经营预算支出 二十三、灾害防治及应急管理支出 二十四、预备费 二十五、其他支出 二十六、转移性支出 二十七、债务还本支出 二十八、债务付息支出 二十九、债务发行费用支出 三十、抗疫特别国债安排的支出`.split(' ');

const UNIT = '泽州县财政局';
const YEAR = 2026;
const common = { year: YEAR, unitName: UNIT };

const CLASS_AMOUNTS: Record<string, string> = {
  '一、一般公共服务支出': '2134.19',
  '八、社会保障和就业支出': '239.28',
  '十、卫生健康支出': '70.15',
  '二十、住房保障支出': '97.63',
};

/** Two-sided 收支总表 / 财政拨款收支总表: income A:B, expenditure C:…, class lines from row 4. */
function twoSided(kind: 'summary' | 'fiscal-summary', sheet: string, title: string, keys: Array<'total' | 'current' | 'carryover' | 'general' | 'fund' | 'state-capital'>): BudgetTable {
  const expenditure = (line: RowSpec['line'], name: string, amount: string): RowSpec => ({
    role: line === 'class' ? 'class' : 'line',
    side: 'expenditure',
    line,
    name,
    values: Object.fromEntries(keys.map((key) => [key, key === 'carryover' || key === 'fund' || key === 'state-capital' ? '' : amount])),
  });
  const sources = kind === 'summary' ? (['general', 'fund', 'state-capital', 'special-account', 'unit-funds'] as const) : (['general', 'fund', 'state-capital'] as const);
  const sourceNames = ['一、一般公共预算', '二、政府性基金预算', '三、国有资本经营预算', '四、财政专户管理资金', '五、单位资金'];
  const rows: RowSpec[] = CLASS_LINES.map((name, i) => ({
    ...expenditure('class', name, CLASS_AMOUNTS[name] ?? ''),
    row: 4 + i,
  }));
  sources.forEach((source, i) =>
    rows.push({ role: 'line', side: 'income', line: 'source', source, name: sourceNames[i], row: 4 + i, values: { amount: source === 'general' ? '2541.25' : '' } }),
  );
  rows.push(
    { role: 'line', side: 'income', line: 'income-total', name: '本年收入合计', row: 34, values: { amount: '2541.25' } },
    { ...expenditure('expenditure-total', '本年支出合计', '2541.25'), row: 34 },
    { role: 'line', side: 'income', line: 'carryover', name: '上年结转', row: 35, values: { amount: '' } },
    { ...expenditure('year-end-carryover', '年终结转', ''), row: 35, values: {} },
    { role: 'line', side: 'income', line: 'grand-total', name: '收入总计', row: 36, values: { amount: '2541.25' } },
    { ...expenditure('grand-total', '支出总计', '2541.25'), row: 36 },
  );
  rows.sort((a, b) => a.row! - b.row!);
  return buildTable({
    kind,
    sheet,
    title,
    ...common,
    columns: [{ key: 'amount', col: 1, side: 'income' }, ...keys.map((key, i) => ({ key, col: 3 + i, side: 'expenditure' as const }))],
    rows,
  });
}

const FUNCTION_ROWS = `合计\t\t2541.25
201\t一般公共服务支出\t2134.19
20106\t财政事务\t2134.19
2010601\t行政运行\t938.70
2010605\t财政国库业务\t6.00
2010607\t信息化建设\t250.00
2010608\t财政委托业务支出\t877.27
2010699\t其他财政事务支出\t62.22
208\t社会保障和就业支出\t239.28
20805\t行政事业单位养老支出\t239.28
2080501\t行政单位离退休\t66.24
2080505\t机关事业单位基本养老保险缴费支出\t115.36
2080506\t机关事业单位职业年金缴费支出\t57.68
210\t卫生健康支出\t70.15
21011\t行政事业单位医疗\t70.15
2101101\t行政单位医疗\t11.76
2101102\t事业单位医疗\t35.11
2101103\t公务员医疗补助\t21.63
2101199\t其他行政事业单位医疗支出\t1.66
221\t住房保障支出\t97.63
22102\t住房改革支出\t97.63
2210201\t住房公积金\t97.63`;

/** Income table: 合计 and 一般公共预算 both carry the row amount. */
const INCOME_ROWS = FUNCTION_ROWS.split('\n')
  .map((line) => {
    const amount = line.split('\t')[2];
    return `${line}\t${amount}`;
  })
  .join('\n');

const BASIC_OF: Record<string, string> = { '201': '938.70', '20106': '938.70', '2010601': '938.70', '': '1345.76' };
const PROJECT_OF: Record<string, string> = { '': '1195.49', '201': '1195.49', '20106': '1195.49', '2010605': '6.00', '2010607': '250.00', '2010608': '877.27', '2010699': '62.22' };

/** Expenditure tables: 合计, 基本支出, 项目支出 as printed (blank where the seed is blank). */
const EXPENDITURE_ROWS = FUNCTION_ROWS.split('\n')
  .map((line) => {
    const [code, , amount] = line.split('\t');
    const project = PROJECT_OF[code] ?? '';
    const basic = BASIC_OF[code] ?? (project ? '' : amount);
    return `${line}\t${basic}\t${project}`;
  })
  .join('\n');

const BASIC_ECONOMIC = `合计\t\t1345.76\t1205.59\t140.18
工资福利支出\t\t1138.93\t1138.93\t
基本工资\t工资奖金津补贴\t387.94\t387.94\t
津贴补贴\t工资奖金津补贴\t91.83\t91.83\t
奖金\t工资奖金津补贴\t80.31\t80.31\t
绩效工资\t工资福利支出\t238.01\t238.01\t
机关事业单位基本养老保险缴费\t社会保障缴费\t115.36\t115.36\t
职业年金缴费\t社会保障缴费\t57.68\t57.68\t
职工基本医疗保险缴费\t社会保障缴费\t46.87\t46.87\t
公务员医疗补助缴费\t社会保障缴费\t21.63\t21.63\t
其他社会保障缴费\t社会保障缴费\t1.66\t1.66\t
住房公积金\t住房公积金\t97.63\t97.63\t
商品和服务支出\t\t140.18\t\t140.18
办公费\t办公经费\t35.00\t\t35.00
印刷费\t办公经费\t9.00\t\t9.00
差旅费\t办公经费\t14.00\t\t14.00
培训费\t培训费\t2.00\t\t2.00
劳务费\t委托业务费\t35.00\t\t35.00
工会经费\t办公经费\t4.61\t\t4.61
其他交通费用\t办公经费\t15.57\t\t15.57
其他商品和服务支出\t其他商品和服务支出\t25.00\t\t25.00
对个人和家庭的补助\t\t66.66\t66.66\t
退休费\t离退休费\t58.23\t58.23\t
医疗费补助\t社会福利和救助\t8.01\t8.01\t
奖励金\t社会福利和救助\t0.42\t0.42\t`;

const PROJECTS = `泽州县财政局\t\t1195.49\t1195.49
泽州县财政局\t\t1195.49\t1195.49
代理财政直接支付业务汇款手续费\t\t6.00\t6.00
惠民惠农财政补贴资金“一卡通”平台服务费\t\t17.10\t17.10
遗属补助\t\t6.54\t6.54
乡村振兴驻村工作队专项高都岭上村\t\t1.50\t1.50
普法经费\t\t1.50\t1.50
财政业务工作监督检查业务费\t\t20.00\t20.00
行政事业性国有资产清查审计评估费及信息系统服务费\t\t15.58\t15.58
财政专项资金及PPP项目绩效评价工作经费\t\t118.17\t118.17
政府投资项目预决（结）算评审工作经费\t\t759.10\t759.10
山西省财政一体化运维及办公设备购置费\t\t250.00\t250.00`;

const THREE_PUBLIC_LINES = [
  ['abroad', '因公出国（境）费'],
  ['reception', '公务接待费'],
  ['vehicle', '公务用车购置及运行费'],
  ['vehicle-purchase', '①公务用车购置费'],
  ['vehicle-operation', '②公务用车运行维护费'],
  ['total', '合计'],
] as const;

function title(text: string): string {
  return `${YEAR}年${text}`;
}

export function zezhouTables(): BudgetTable[] {
  const expenditureKeys = ['total', 'basic', 'project'] as const;
  return [
    twoSided('summary', '表1', title('预算收支总表'), ['total', 'current', 'carryover']),
    tsvTable('income', '表2', ['total', 'general', 'fund', 'state-capital', 'special-account', 'unit-funds', 'carryover'], INCOME_ROWS, { ...common, title: title('预算收入总表') }),
    tsvTable('expenditure', '表3', [...expenditureKeys], EXPENDITURE_ROWS, { ...common, title: title('预算支出总表') }),
    twoSided('fiscal-summary', '表4', title('财政拨款收支总表'), ['total', 'general', 'fund', 'state-capital']),
    tsvTable('general-expenditure', '表5', [...expenditureKeys], EXPENDITURE_ROWS, { ...common, title: title('一般公共预算支出预算表（不含上年结转）') }),
    tsvTable('basic-economic', '表6', ['total', 'personnel', 'public'], BASIC_ECONOMIC, {
      ...common,
      title: title('一般公共预算安排基本支出分经济科目表（不含上年结转）'),
      roles: { 工资福利支出: 'group', 商品和服务支出: 'group', 对个人和家庭的补助: 'group' },
    }),
    tsvTable('fund-income', '表7', ['amount'], '合计\t\t', { ...common, title: title('政府性基金预算收入表（不含上年结转）'), noData: true }),
    tsvTable('fund-expenditure', '表8', [...expenditureKeys], '合计\t\t', { ...common, title: title('政府性基金预算支出表（不含上年结转）'), noData: true }),
    tsvTable('state-capital', '表9', ['amount'], '合计\t\t', { ...common, title: title('国有资本经营预算收支预算表（不含上年结转）'), noData: true }),
    buildTable({
      kind: 'three-public',
      sheet: '表10',
      title: title('财政拨款安排“三公”经费支出预算表'),
      ...common,
      noData: true,
      columns: [
        { key: 'total', col: 1 },
        { key: 'general', col: 2 },
        { key: 'fund', col: 3 },
        { key: 'state-capital', col: 4 },
      ],
      rows: THREE_PUBLIC_LINES.map(([line, name]) => ({ role: line === 'total' ? 'total' : 'line', line, name, values: { total: '', general: '', fund: '', 'state-capital': '' } })),
    }),
    tsvTable('operating-cost', '表11', ['total', 'general', 'fund', 'state-capital'], `部门合计\t\t140.18\t140.18\t\t\n泽州县财政局\t\t140.18\t140.18\t\t`, {
      ...common,
      title: title('财政拨款安排机关运行经费预算表'),
      roles: { 部门合计: 'total' },
      role: 'unit',
    }),
    tsvTable('project', '表12', ['total', 'general', 'fund', 'state-capital', 'special-account', 'unit-funds'], PROJECTS, {
      ...common,
      title: title('项目支出预算表（本年预算）'),
      roles: { 泽州县财政局: 'unit' },
      role: 'project',
    }),
    tsvTable('project-carryover', '表13', ['total', 'general', 'fund', 'state-capital'], '', { ...common, title: title('项目支出预算表（上年结转）'), noData: true }),
  ];
}
