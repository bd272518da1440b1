import { tsvTable } from '../testing/builder';
import type { RuleCases } from '../testing/cases';
import { narrativeClassNames } from './class-names';

const expenditure = tsvTable('expenditure', '表3', ['total'], '合计\t\t2373.47\n201\t一般公共服务支出\t2134.19\n208\t社会保障和就业支出\t239.28');
const paragraph = (social: string) => `支出包括：一般公共服务支出2,134.19万元、${social}239.28万元等。`;

export const cases: RuleCases = {
  rule: narrativeClassNames,
  valid: [{ name: '列举的支出类都是真实的类名', tables: [expenditure], narrative: [paragraph('社会保障和就业支出')] }],
  invalid: [
    {
      name: '写了不存在的类名：按金额找出应写的类名',
      tables: [expenditure],
      narrative: [paragraph('社会保障支出')],
      errors: [{ cell: '说明!A1', expected: '社会保障和就业支出', actual: '社会保障支出', fix: 'suggestion' }],
      output: { '说明!A1': paragraph('社会保障和就业支出') },
    },
  ],
};
