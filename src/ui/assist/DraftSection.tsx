/** 情况说明草稿: the standard paragraphs written from the tables, to copy, and how the existing text differs. */
import { Button, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { compareNarrative, draftNarrative } from '../../core/assist/narrative-draft';
import { refToA1 } from '../../core/grid';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import type { WorkbookReading } from '../../core/tables';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '6px' },
  draft: { width: '100%' },
  bar: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap' },
  differences: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  difference: { display: 'flex', alignItems: 'flex-start', gap: '6px' },
  message: { flex: 1, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface DraftSectionProps {
  host: WorkbookHost;
  reading: WorkbookReading;
  onError(error: unknown): void;
}

export function DraftSection({ host, reading, onError }: DraftSectionProps) {
  const styles = useStyles();
  const text = useRef<HTMLTextAreaElement>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const draft = useMemo(() => draftNarrative(reading), [reading]);
  const hasNarrative = reading.narrative.paragraphs.length > 0;
  const differences = useMemo(() => (hasNarrative ? compareNarrative(draft, reading.narrative) : []), [draft, reading, hasNarrative]);

  const selectAll = () => {
    text.current?.focus();
    text.current?.select();
  };
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(draft.text);
      setCopyStatus('已复制到剪贴板。');
    } catch {
      // Office's webview may refuse the clipboard API: leave the text selected for Ctrl+C.
      selectAll();
      setCopyStatus('已选中全文，请按 Ctrl+C 复制。');
    }
  };

  return (
    <section aria-labelledby="assist-draft" className={styles.root}>
      <Text as="h2" id="assist-draft" weight="semibold" block>
        情况说明草稿
      </Text>
      <Textarea ref={text} className={styles.draft} readOnly resize="vertical" rows={10} value={draft.text} aria-label="情况说明草稿" />
      <div className={styles.bar}>
        <Button size="small" onClick={() => void copy()}>
          复制
        </Button>
        <Text size={200} aria-live="polite">
          {copyStatus}
        </Text>
      </div>
      {draft.placeholders.length ? (
        <Text size={200} className={styles.muted}>
          草稿中有 {draft.placeholders.length} 处【】需要填写（如上年数和增减原因）。
        </Text>
      ) : null}
      <Text as="h3" weight="semibold" size={200} block>
        与现有情况说明对比
      </Text>
      {!hasNarrative ? <Text size={200}>工作簿中没有找到情况说明。</Text> : null}
      {hasNarrative && !differences.length ? <Text size={200}>现有情况说明引用的金额和百分比与草稿一致。</Text> : null}
      <ul className={styles.differences} aria-label="与草稿不同之处">
        {differences.map((difference) => {
          const cell = refToA1(difference.cell);
          return (
            <li key={`${difference.cell.sheet}!${cell}|${difference.label}|${difference.existing}`} className={styles.difference}>
              <Text size={200} className={styles.message}>
                {difference.message}
              </Text>
              <Button size="small" aria-label={`定位到 ${difference.cell.sheet}!${cell}`} onClick={() => host.selectCell({ sheet: difference.cell.sheet, cell }).catch(onError)}>
                定位
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
