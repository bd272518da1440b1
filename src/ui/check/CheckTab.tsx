/** 检查: template family, run, progress and cancel, findings grouped by table and severity, fix / fix all / ignore with a reason. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { ignoreKey } from '../../core/ignores';
import { countTables, type ReportDiagnostic, type ReportSummary } from '../../core/report';
import { SEVERITY_LABEL, SEVERITY_ORDER, type CellEdit, type Fix, type Severity } from '../../core/findings';
import { place, valuesText } from '../../core/report-text';
import type { CheckState } from '../state/use-check';
import { FamilyPicker } from './FamilyPicker';
import { FixPreviewDialog } from './FixPreviewDialog';
import { IgnoreDialog } from './IgnoreDialog';
import { groupFindings, planFixAll, previewEdits } from './findings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  counts: { display: 'flex', gap: '4px', flexWrap: 'wrap', alignItems: 'center' },
  finding: {
    listStyle: 'none',
    padding: '6px 0',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    wordBreak: 'break-word',
  },
  ignored: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, padding: 0 },
  values: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  reason: { color: tokens.colorNeutralForeground2 },
  explains: { margin: 0, paddingLeft: '16px', color: tokens.colorNeutralForeground3 },
});

const BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

export interface CheckTabProps {
  check: CheckState;
  /** Catalogs are still loading: a check now would skip the catalog rules. */
  waiting: boolean;
  onSelect(finding: ReportDiagnostic): void;
  /** Applies edits as one undoable batch (the journal names every cell) and re-checks. */
  onApply(edits: CellEdit[], action: string): Promise<void>;
  onHighlight(): void;
  onClearHighlights(): void;
  onError(error: unknown): void;
  onAnnounce(text: string): void;
}

interface PendingFix {
  title: string;
  action: string;
  edits: CellEdit[];
  notes?: string[];
  /** Position in the list of the finding fixed (none for 全部修复): focus goes to what follows. */
  index?: number;
}

/** "错误 2（已忽略 1）". */
function countLabel(summary: ReportSummary, severity: Severity): string {
  const ignored = summary.ignored?.[severity];
  return `${SEVERITY_LABEL[severity]} ${summary[severity]}${ignored ? `（已忽略 ${ignored}）` : ''}`;
}

export function CheckTab({ check, waiting, onSelect, onApply, onHighlight, onClearHighlights, onError, onAnnounce }: CheckTabProps) {
  const styles = useStyles();
  const [pending, setPending] = useState<PendingFix>();
  const [ignoring, setIgnoring] = useState<{ finding: ReportDiagnostic; index: number }>();
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const [focusIndex, setFocusIndex] = useState<{ index: number }>();
  const list = useRef<HTMLDivElement>(null);
  const report = check.result?.report;
  const groups = report ? groupFindings(report, check.findings) : [];
  const ordered = groups.flatMap((group) => group.findings);
  const plan = planFixAll(check.findings);
  // Suggestions alone still show 全部修复, disabled with the reason: it applies fixes only.
  const hasFixes = check.findings.some((d) => !d.ignored && d.fix?.edits.length);

  // After a fix or an ignore, focus lands on the finding now at that place in the list (the next one).
  useEffect(() => {
    if (!focusIndex || !list.current) return;
    const items = list.current.querySelectorAll<HTMLElement>('[data-finding]');
    const item = items[Math.min(focusIndex.index, items.length - 1)];
    (item?.querySelector<HTMLElement>('button') ?? list.current.querySelector<HTMLElement>('[data-results]'))?.focus();
  }, [focusIndex]);

  const run = () => void check.run().catch(onError);
  const fixAll = () => setPending({ title: `全部修复（${plan.included.length} 条）`, action: '全部修复', edits: plan.edits, notes: plan.excluded });

  return (
    <div className={styles.root}>
      <FamilyPicker
        profile={check.profile}
        checked={check.result ? { family: check.result.report.family, chosen: check.result.profile !== undefined } : undefined}
        onChange={(profile) => void check.setProfile(profile).catch(onError)}
      />
      <div className={styles.toolbar}>
        <Button appearance="primary" disabledFocusable={check.running || waiting} onClick={run}>
          {report ? '重新检查' : '开始检查'}
        </Button>
        {waiting ? <Text size={200}>正在载入目录…</Text> : null}
        {check.running ? <Button onClick={check.cancel}>取消</Button> : null}
        {hasFixes ? (
          <Button disabledFocusable={check.running || !plan.edits.length} onClick={fixAll} aria-describedby={plan.edits.length ? undefined : 'fix-all-reason'}>
            全部修复（{plan.included.length}）
          </Button>
        ) : null}
      </div>
      {hasFixes && !plan.edits.length ? (
        <Text id="fix-all-reason" size={200}>
          全部修复不可用：{plan.excluded.join('')}
        </Text>
      ) : null}
      {check.running ? <ProgressBar aria-label="检查进度" value={check.progress && check.progress.total ? check.progress.done / check.progress.total : undefined} thickness="large" /> : null}
      {check.running ? <Text>{check.progress ? `正在读取工作簿（${check.progress.done}/${check.progress.total}）…` : '正在检查…'}</Text> : null}
      {check.stale ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{check.stale}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabledFocusable={check.running} onClick={run}>
              重新检查
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {report ? (
        <div ref={list} className={styles.root}>
          <div className={styles.counts} aria-label="检查结果统计" role="group" tabIndex={-1} data-results>
            {SEVERITY_ORDER.map((severity) => (
              <Badge key={severity} appearance="tint" color={BADGE_COLOR[severity]}>
                {countLabel(report.summary, severity)}
              </Badge>
            ))}
            <Text size={200}>识别表格 {countTables(report.tables)} 张</Text>
          </div>
          <div className={styles.toolbar}>
            <Button size="small" onClick={onHighlight} disabled={!check.findings.some((d) => d.cell && !d.ignored)}>
              在工作表中标记
            </Button>
            <Button size="small" onClick={onClearHighlights}>
              清除标记
            </Button>
          </div>
          {!check.findings.length ? <Text>没有发现问题。</Text> : null}
          <Accordion
            multiple
            collapsible
            openItems={groups.map((group) => group.key).filter((key) => !collapsed.includes(key))}
            onToggle={(_, data) => setCollapsed((current) => (current.includes(String(data.value)) ? current.filter((key) => key !== data.value) : [...current, String(data.value)]))}
          >
            {groups.map((group) => (
              <AccordionItem key={group.key} value={group.key}>
                <AccordionHeader>
                  {group.title}（
                  {SEVERITY_ORDER.filter((s) => group.counts[s])
                    .map((s) => countLabel(group.counts, s))
                    .join('，')}
                  ）
                </AccordionHeader>
                <AccordionPanel>
                  <ul className={styles.list}>
                    {group.findings.map((d) => {
                      const index = ordered.indexOf(d);
                      return (
                        <FindingItem
                          key={`${ignoreKey(d)}|${index}`}
                          finding={d}
                          onSelect={onSelect}
                          onFix={(fix) => setPending({ ...fix, index })}
                          onIgnore={() => setIgnoring({ finding: d, index })}
                          onUnignore={() =>
                            void check.unignore(d).then(() => {
                              onAnnounce(`已取消忽略 ${where(d)}`);
                              setFocusIndex({ index });
                            }, onError)
                          }
                        />
                      );
                    })}
                  </ul>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </div>
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
            void onApply(edits, pending.action).then(() => setFocusIndex({ index: pending.index ?? 0 }));
          }}
        />
      ) : null}
      {ignoring ? (
        <IgnoreDialog
          finding={ignoring.finding}
          onCancel={() => setIgnoring(undefined)}
          onIgnore={async (reason) => {
            await check.ignore(ignoring.finding, reason);
            setIgnoring(undefined);
            onAnnounce(`已忽略 ${where(ignoring.finding)}，理由：${reason.trim()}。这条问题仍会列出并单独计数。`);
            setFocusIndex({ index: ignoring.index + 1 });
          }}
        />
      ) : null}
    </div>
  );
}

function where(d: ReportDiagnostic): string {
  return d.sheet && d.cell ? `${d.sheet}!${d.cell}` : '工作簿级问题';
}

interface FindingItemProps {
  finding: ReportDiagnostic;
  onSelect(finding: ReportDiagnostic): void;
  onFix(fix: Omit<PendingFix, 'index'>): void;
  onIgnore(): void;
  onUnignore(): void;
}

function FindingItem({ finding: d, onSelect, onFix, onIgnore, onUnignore }: FindingItemProps) {
  const styles = useStyles();
  const location = d.sheet && d.cell ? `${d.sheet}!${d.cell}` : undefined;
  const values = valuesText(d);
  return (
    <li className={`${styles.finding} ${d.ignored ? styles.ignored : ''}`} data-finding>
      <span>
        <Badge appearance="outline" color={BADGE_COLOR[d.severity]} size="small">
          {SEVERITY_LABEL[d.severity]}
        </Badge>{' '}
        {d.ignored ? (
          <Badge appearance="outline" color="subtle" size="small">
            已忽略
          </Badge>
        ) : null}{' '}
        {location ? (
          <Link as="button" onClick={() => onSelect(d)} aria-label={`定位到 ${location}`}>
            {location}
          </Link>
        ) : null}
        {d.page !== undefined ? <Text size={200}>（第{d.page}页）</Text> : null}
      </span>
      <Text>{d.message}</Text>
      {values ? (
        <Text size={200} className={styles.values}>
          {values}
        </Text>
      ) : null}
      {(d.explains?.length ?? 0) > 1 ? (
        <ul className={styles.explains} aria-label="改这一格即可成立的核对">
          {d.explains!.map((e) => (
            <li key={`${e.rule}|${e.sheet}!${e.cell}`}>
              <Text size={200}>
                {e.subject}（{place(e)}）
              </Text>
            </li>
          ))}
        </ul>
      ) : null}
      {d.ignored ? (
        <Text size={200} className={styles.reason}>
          忽略理由：{d.reason}
        </Text>
      ) : null}
      <div className={styles.actions}>
        {d.fix?.edits.length && !d.ignored ? (
          <Button size="small" onClick={() => onFix({ title: d.fix?.description ?? '修复', action: fixAction(d.fix), edits: d.fix?.edits ?? [] })}>
            {fixAction(d.fix)}
          </Button>
        ) : null}
        {d.ignored ? (
          <Button size="small" appearance="subtle" onClick={onUnignore} aria-label={`取消忽略 ${location ?? '这条问题'}`}>
            取消忽略
          </Button>
        ) : (
          <Button size="small" appearance="subtle" onClick={onIgnore} aria-label={`忽略 ${location ?? '这条问题'}`}>
            忽略…
          </Button>
        )}
      </div>
    </li>
  );
}

/** A fix is applied as it is; a suggestion (or a fix of unknown kind) is a judgement the user confirms. */
function fixAction(fix: Fix | undefined): string {
  return fix?.kind === 'fix' ? '修复' : '按建议修改';
}
