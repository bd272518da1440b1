/**
 * Writes examples/RULES.md from the rule registry: id, title, default severity, what the rule checks,
 * and an example — the first invalid case of the rule's own cases (src/core/rules/<rule>.cases.ts)
 * and the findings the rule, settled by the diagnosis as the engine does, makes of it.
 * Run: npm run docs:rules
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITY_LABEL } from '../src/core/findings';
import { FAMILIES } from '../src/core/families';
import { formatDiagnosticLine } from '../src/core/report-text';
import { RULES } from '../src/core/rules/registry';
import { RULE_CASES } from '../src/core/rules/testing/all-cases';
import { runCase } from '../src/core/rules/testing/cases';

export const RULES_DOC = join(__dirname, '../examples/RULES.md');

export function renderRulesDoc(): string {
  const out: string[] = [
    '# 检查规则',
    '',
    '本页由 `npm run docs:rules`（scripts/rules-doc.ts）根据规则注册表生成，请勿手改。',
    '每条规则的示例取自它的测试用例（`src/core/rules/<规则>.cases.ts` 中的第一个不合格用例）：用例给出的表格或说明，规则与诊断给出的真实提示。',
    '',
    '## 通用约定',
    '',
    '- 金额按精确小数比较，元与万元先换算。差额不超过舍入范围（每个加数半个显示单位，两位小数的万元表即 0.005 × 加数个数）的是尾差，只作一条“提示”并列出加数，不算错误。',
    '- 同一处错误引起的多条提示归为一组（group），最可能的源头单元格排在最前并带修正；同组其余提示不带修正，以免改错地方。',
    '- 级别可配置：`check(grid, { severities: { 规则id: "off" | "info" | "warning" | "error" } })` 可提高、降低或关闭任何规则；规则有意给出的其他级别（尾差提示、识别误差警告）保持不变。',
    `- 模板（--profile，默认自动识别）：${FAMILIES.map((f) => `\`${f.id}\` ${f.title}`).join('；')}。必备表格随模板而定，“三公”经费表在任何模板下都必须公开。`,
    '- 未指定政府购买服务目录（--catalog）时：工作簿文字中出现目录所属地区（如“山西”）或同一发文机关的文号（如“晋财”）即采用该目录，已被其废止的旧目录不用；都不匹配时按全部目录核对并提示。',
    '',
    `## 规则一览（${RULES.length} 条）`,
    '',
    '| 规则 | 名称 | 默认级别 |',
    '|---|---|---|',
    ...RULES.map((r) => `| \`${r.id}\` | ${r.title} | ${SEVERITY_LABEL[r.defaultSeverity]} |`),
    '',
  ];
  for (const rule of RULES) {
    out.push(`### \`${rule.id}\` ${rule.title}`, '', `默认级别：${SEVERITY_LABEL[rule.defaultSeverity]}`, '', rule.docs, '');
    const example = RULE_CASES.find((cases) => cases.rule === rule)?.invalid[0];
    if (!example) throw new Error(`规则 ${rule.id} 没有不合格用例`);
    const findings = runCase(rule, example);
    const lines = findings.flatMap((d) => [formatDiagnosticLine(d), ...(d.fix ? [`${d.fix.kind === 'fix' ? '修正' : '建议'}：${d.fix.description}`] : [])]);
    out.push(`示例（${example.name}）：`, '', '```', ...lines, '```', '');
  }
  return out.join('\n');
}

if (require.main === module) {
  writeFileSync(RULES_DOC, renderRulesDoc());
  process.stdout.write(`已写入 ${RULES_DOC}（${RULES.length} 条规则）\n`);
}
