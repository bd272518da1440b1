/** 检查: run, progress and cancel, findings grouped by table and severity, fix / fix all / ignore. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ReportDiagnostic } from '../../core/report';
import type { CellEdit, Diagnostic, Severity } from '../../core/rules/types';
import type { CheckState } from '../state/use-check';
import { FixPreviewDialog } from './FixPreviewDialog';
import { SEVERITIES, SEVERITY_LABEL, countBySeverity, findingKey, groupFindings, mergeFixEdits, previewEdits } from './findings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  counts: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  finding: {
    listStyle: 'none',
    padding: '6px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    wordBreak: 'break-word',
  },
  list: { margin: 0, padding: 0 },
  values: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: '4px' },
});

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export interface CheckTabProps {
  check: CheckState;
  /** Catalogs are still loading: a check now would skip the catalog rules. */
  waiting: boolean;
  onSelect(finding: Diagnostic): void;
  /** Applies edits as one undoable batch and re-checks. */
  onApply(edits: CellEdit[], label: string): Promise<void>;
  onHighlight(findings: Diagnostic[]): void;
  onClearHighlights(): void;
  onError(error: unknown): void;
}

interface PendingFix {
  title: string;
  label: string;
  edits: CellEdit[];
  notes?: string[];
}

export function CheckTab({ check, waiting, onSelect, onApply, onHighlight, onClearHighlights, onError }: CheckTabProps) {
  const styles = useStyles();
  const [pending, setPending] = useState<PendingFix>();
  const report = check.result?.report;
  const groups = report ? groupFindings(report, check.findings) : [];
  const fixable = check.findings.filter((d) => d.fix?.edits.length);
  const counts = countBySeverity(check.findings);

  const run = () => void check.run().catch(onError);
  const preview = (fix: PendingFix) => setPending(fix);
  const fixAll = () => {
    const { edits, conflicts } = mergeFixEdits(fixable);
    preview({
      title: `全部修复（${fixable.length} 条）`,
      label: '全部修复',
      edits,
      notes: conflicts.length ? [`${conflicts.join('、')} 有几条修复给出不同的值，未包含在全部修复中，请逐条查看后修复。`] : [],
    });
  };

  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={check.running || waiting} onClick={run}>
          {report ? '重新检查' : '开始检查'}
        </Button>
        {waiting ? <Text size={200}>正在载入目录…</Text> : null}
        {check.running ? <Button onClick={check.cancel}>取消</Button> : null}
        {fixable.length ? (
          <Button disabled={check.running} onClick={fixAll}>
            全部修复（{fixable.length}）
          </Button>
        ) : null}
      </div>
      {check.running ? (
        <ProgressBar
          aria-label="检查进度"
          value={check.progress && check.progress.total ? check.progress.done / check.progress.total : undefined}
          thickness="large"
        />
      ) : null}
      {check.running ? <Text>{check.progress ? `正在读取工作簿（${check.progress.done}/${check.progress.total}）…` : '正在检查…'}</Text> : null}
      {check.stale && report ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>工作簿已有改动，结果可能已过时，请重新检查。</MessageBarBody>
        </MessageBar>
      ) : null}
      {report ? (
        <>
          <div className={styles.counts} aria-label="检查结果统计">
            {SEVERITIES.map((severity) => (
              <Badge key={severity} appearance="tint" color={BADGE_COLOR[severity]}>
                {SEVERITY_LABEL[severity]} {counts[severity]}
              </Badge>
            ))}
            <Text size={200}>识别表格 {report.tables.length} 张</Text>
          </div>
          <div className={styles.toolbar}>
            <Button size="small" onClick={() => onHighlight(check.findings)} disabled={!check.findings.some((d) => d.cell)}>
              在工作表中标记
            </Button>
            <Button size="small" onClick={onClearHighlights}>
              清除标记
            </Button>
            {check.dismissedCount ? (
              <Button size="small" appearance="subtle" onClick={() => void check.restoreDismissed().catch(onError)}>
                恢复已忽略的 {check.dismissedCount} 条
              </Button>
            ) : null}
          </div>
          {!check.findings.length ? <Text>没有发现问题。</Text> : null}
          <Accordion multiple collapsible defaultOpenItems={groups.map((group) => group.key)}>
            {groups.map((group) => (
              <AccordionItem key={group.key} value={group.key}>
                <AccordionHeader>
                  {group.title}（{SEVERITIES.filter((s) => group.counts[s]).map((s) => `${SEVERITY_LABEL[s]} ${group.counts[s]}`).join('，')}）
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {group.findings.map((d) => (
                      <FindingItem
                        key={findingKey(d)}
                        finding={d}
                        onSelect={onSelect}
                        onFix={(fix) => preview(fix)}
                        onDismiss={() => void check.dismiss(d).catch(onError)}
                      />
                    ))}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </>
      ) : check.running ? null : (
        <>
          <Text>点击“开始检查”，核对工作簿中的全部预算公开表。</Text>
          {check.lastCommand ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                功能区“运行检查”（{new Date(check.lastCommand.at).toLocaleString('zh-CN')}）：{check.lastCommand.summary}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      )}
      {pending ? (
        <FixPreviewDialog
          title={pending.title}
          previews={previewEdits(check.result?.grid, pending.edits)}
          notes={pending.notes}
          onCancel={() => setPending(undefined)}
          onApply={(edits) => {
            setPending(undefined);
            void onApply(edits, edits.length > 1 ? `${pending.label}（${edits.length} 处）` : pending.label);
          }}
        />
      ) : null}
    </div>
  );
}

interface FindingItemProps {
  /** A finding on a PDF also names its page. */
  finding: ReportDiagnostic;
  onSelect(finding: Diagnostic): void;
  onFix(fix: PendingFix): void;
  onDismiss(): void;
}

function FindingItem({ finding: d, onSelect, onFix, onDismiss }: FindingItemProps) {
  const styles = useStyles();
  const where = d.sheet && d.cell ? `${d.sheet}!${d.cell}` : undefined;
  return (
    <li className={styles.finding}>
      <span>
        <Badge appearance="outline" color={BADGE_COLOR[d.severity]} size="small">
          {SEVERITY_LABEL[d.severity]}
        </Badge>{' '}
        {where ? (
          <Link as="button" onClick={() => onSelect(d)} aria-label={`定位到 ${where}`}>
            {where}
          </Link>
        ) : null}
        {d.page !== undefined ? <Text size={200}>（第{d.page}页）</Text> : null}
      </span>
      <Text>{d.message}</Text>
      {d.expected !== undefined || d.actual !== undefined ? (
        <Text size={200} className={styles.values}>
          应为 {d.expected ?? '—'}，实为 {d.actual ?? '—'}
        </Text>
      ) : null}
      <div className={styles.actions}>
        {d.fix?.edits.length ? (
          <Button size="small" onClick={() => onFix({ title: d.fix?.description ?? '修复', label: `修复：${where ?? d.rule}`, edits: d.fix?.edits ?? [] })}>
            修复
          </Button>
        ) : null}
        <Button size="small" appearance="subtle" onClick={onDismiss}>
          忽略
        </Button>
      </div>
    </li>
  );
}
