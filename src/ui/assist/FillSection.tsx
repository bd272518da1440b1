/** 填报命令: each fill command plans on the present workbook, proposes edits, and hands them to the preview. */
import { Button, MessageBar, MessageBarBody, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { FILL_COMMANDS, type FillCommand, type FillMode } from '../../core/assist/fill/registry';
import type { Catalog } from '../../core/catalog/types';
import type { WorkbookSnapshot } from '../state/use-workbook';
import type { PendingEdits } from './AssistTab';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: { display: 'flex', alignItems: 'flex-start', gap: '6px', paddingBottom: '6px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  text: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  docs: { color: tokens.colorNeutralForeground3 },
});

export interface FillSectionProps {
  catalogs: Catalog[];
  /** The present workbook, to plan on. */
  fresh(): Promise<WorkbookSnapshot>;
  onPreview(pending: PendingEdits): void;
  onError(error: unknown): void;
}

const MODE_LABEL: Record<FillMode, string> = { value: '数值', formula: '公式' };

export function FillSection({ catalogs, fresh, onPreview, onError }: FillSectionProps) {
  const styles = useStyles();
  const [mode, setMode] = useState<FillMode>('value');
  const [nothing, setNothing] = useState<{ title: string; notes: string[] }>();
  // Names and codes come from the classification lists; 政府购买服务 catalogs play no part in filling.
  const classification = useMemo(() => catalogs.filter((catalog) => catalog.kind === 'function' || catalog.kind === 'economic'), [catalogs]);

  const preview = async (command: FillCommand) => {
    setNothing(undefined);
    try {
      const { grid, reading } = await fresh();
      const { edits, notes } = command.run({ reading, catalogs: classification, mode });
      if (!edits.length) {
        setNothing({ title: command.title, notes });
        return;
      }
      const title = `${command.title}（${MODE_LABEL[mode]}）`;
      onPreview({ title, edits, notes, label: `填报：${title}`, grid });
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section aria-labelledby="assist-fill">
      <Text as="h2" id="assist-fill" weight="semibold" block>
        填报命令
      </Text>
      <RadioGroup layout="horizontal" value={mode} onChange={(_, data) => setMode(data.value as FillMode)} aria-label="小计与合计写为">
        <Radio value="value" label="写数值" />
        <Radio value="formula" label="写公式（SUM）" />
      </RadioGroup>
      {nothing ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            {nothing.title}：没有需要填写的单元格。{nothing.notes.join(' ')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.list}>
        {FILL_COMMANDS.map((command) => (
          <li key={command.id} className={styles.item}>
            <span className={styles.text}>
              <Text weight="semibold">{command.title}</Text>
              <Text size={200} className={styles.docs}>
                {command.docs}
              </Text>
            </span>
            <Button size="small" aria-label={`预览：${command.title}`} onClick={() => void preview(command)}>
              预览
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
