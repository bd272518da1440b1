import { familyById } from '../../families';
import type { RuleCases } from '../testing/cases';
import { narrativeDrafting } from './drafting';

const unitScope = { options: { family: familyById('shanghai-unit') } };

export const cases: RuleCases = {
  rule: narrativeDrafting,
  valid: [{ name: '写完整的说明', narrative: ['2026年收入预算2,541.25万元，比2025年预算增加49.59万元，主要原因是人员经费调标。'] }],
  invalid: [
    {
      name: '留有模板文字',
      narrative: ['2026年收入预算XX万元，比2025年预算增加（减少）XX万元。'],
      errors: [{ cell: '说明!A1', message: '「增加（减少）」「XX」' }],
      output: null,
    },
    {
      name: '“主要原因是”后没有写原因',
      narrative: ['2026年收入预算2,541.25万元，比2025年预算增加49.59万元，主要原因是。'],
      errors: [{ cell: '说明!A1', message: '没有写出原因' }],
      output: null,
    },
    {
      name: '单位预算用了部门预算的写法',
      narrative: ['本单位下属2家事业单位。'],
      data: unitScope,
      errors: [{ cell: '说明!A1', message: '部门预算的写法「下属2家」' }],
      output: null,
    },
    {
      name: '重复的标点只作提示',
      narrative: ['2026年收入预算2,541.25万元。。'],
      errors: [{ cell: '说明!A1', severity: 'info', message: '重复的标点' }],
      output: null,
    },
    {
      name: '增减原因与增减方向相反',
      narrative: [
        '1.“一般公共服务支出（类）财政事务（款）行政运行（项）”938.70万元。2025年当年预算执行数为980.00万元，2026年预算安排938.70万元，比2025年预算执行数减少4.21%。主要原因是人员经费增加。',
      ],
      errors: [{ cell: '说明!A1', message: '两者相反' }],
      output: null,
    },
  ],
};
