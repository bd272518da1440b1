import { hierarchyRule } from '../shared/hierarchy';

export const incomeHierarchy = hierarchyRule({
  id: 'income/hierarchy',
  title: '收入表类款项逐级相加',
  docs: '收入总表、政府性基金预算收入表：类 = Σ款，款 = Σ项（按科目编码前缀），合计行 = Σ类（按单位列示的表：合计行 = Σ各单位）；每一金额列都核对。',
  kinds: ['income', 'fund-income'],
});
