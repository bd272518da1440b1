import { hierarchyRule } from '../shared/hierarchy';

export const expenditureHierarchy = hierarchyRule({
  id: 'expenditure/hierarchy',
  title: '支出表类款项逐级相加',
  docs: '支出总表、一般公共预算支出表、政府性基金预算支出表、国有资本经营预算表：类 = Σ款，款 = Σ项，合计行 = Σ类（按单位列示的表：合计行 = Σ各单位）；每一金额列都核对。',
  kinds: ['expenditure', 'general-expenditure', 'fund-expenditure', 'state-capital'],
});
