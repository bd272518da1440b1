/** 政府购买服务代码建议: the best three entries of the workbook's 政府购买服务 catalogs for each project. */
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { createSuggestionIndex, projectCandidates, suggestPurchaseCodes, type ProjectCandidate, type PurchaseSuggestion } from '../../core/assist/purchase-suggestions';
import type { Catalog } from '../../core/catalog/types';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import { selectPurchaseCatalogs, type CatalogSelection } from '../../core/catalog/selection';
import type { WorkbookSnapshot } from '../state/use-workbook';
import type { PendingEdits } from './AssistTab';
import { purchaseInsert } from './purchase-target';

const SUGGESTIONS_PER_PROJECT = 3;
const SELECTION_NOTE: Record<CatalogSelection['reason'], string> = {
  selected: '本工作簿选定',
  inferred: '按工作簿中的地区推断，可在“目录”中选定',
  fallback: '未选定且无法推断，使用全部目录',
};
/** 项目概况 is shown as a hint only; long ones are cut. */
const OVERVIEW_LENGTH = 60;

const useStyles = makeStyles({
  projects: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '10px' },
  suggestions: { margin: '4px 0 0', paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '6px' },
  suggestion: { display: 'flex', alignItems: 'flex-start', gap: '6px' },
  text: { flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface PurchaseSectionProps {
  host: WorkbookHost;
  workbook: WorkbookSnapshot;
  catalogs: Catalog[];
  selectedIds: string[];
  onPreview(pending: PendingEdits): void;
  onError(error: unknown): void;
}

export function PurchaseSection({ host, workbook, catalogs, selectedIds, onPreview, onError }: PurchaseSectionProps) {
  const styles = useStyles();
  const tables = workbook.reading.tables;
  const projects = useMemo(() => projectCandidates(tables), [tables]);
  const unitName = projects[0]?.table.unitName?.text.trim();
  // The catalogs the check applies: the workbook's choice, else those of the place the workbook names, else all.
  const selection = useMemo(() => selectPurchaseCatalogs(workbook.grid, catalogs, selectedIds), [workbook.grid, catalogs, selectedIds]);
  const gps = selection.catalogs;
  const index = useMemo(() => createSuggestionIndex(gps, unitName ? { unitName } : {}), [gps, unitName]);
  const ranked = useMemo(() => projects.map((project) => ({ project, suggestions: suggestPurchaseCodes(index, project, SUGGESTIONS_PER_PROJECT) })), [projects, index]);
  const titleOf = (id: string) => {
    const catalog = catalogs.find((c) => c.id === id);
    return catalog?.shortTitle ?? catalog?.title ?? id;
  };

  const insert = async (project: ProjectCandidate, suggestion: PurchaseSuggestion) => {
    try {
      const { edits, where } = purchaseInsert(tables, project.name, suggestion.entry, await host.getSelection());
      const code = suggestion.entry.code;
      onPreview({
        title: `插入目录代码 ${code}`,
        edits,
        notes: [`项目“${project.name}”：${code} ${suggestion.entry.name}，写入${where}。`],
        label: `插入目录代码 ${code} 到 ${where}`,
        grid: workbook.grid,
      });
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section aria-labelledby="assist-purchase">
      <Text as="h2" id="assist-purchase" weight="semibold" block>
        政府购买服务代码建议
      </Text>
      <Text size={200} block className={styles.muted}>
        目录（{SELECTION_NOTE[selection.reason]}）：{gps.length ? gps.map((c) => titleOf(c.id)).join('、') : '（没有政府购买服务目录）'}
        。有政府购买服务预算表时写入该项目行的目录代码单元格，否则写入当前单元格。
      </Text>
      {projects.length ? null : <Text block>没有识别到项目支出表中的项目。</Text>}
      <ul className={styles.projects}>
        {ranked.map(({ project, suggestions }) => (
          <li key={`${project.table.sheet}!${project.row.row}`}>
            <Text weight="semibold" block>
              {project.name}
            </Text>
            {project.description ? (
              <Text size={200} block className={styles.muted} title={project.description}>
                概况：{project.description.length > OVERVIEW_LENGTH ? `${project.description.slice(0, OVERVIEW_LENGTH)}…` : project.description}
              </Text>
            ) : null}
            {suggestions.length ? (
              <ol className={styles.suggestions}>
                {suggestions.map((suggestion) => (
                  <li key={`${suggestion.catalogId}|${suggestion.entry.department ?? ''}|${suggestion.entry.code}`} className={styles.suggestion}>
                    <span className={styles.text}>
                      <Text>
                        <Text weight="semibold">{suggestion.entry.code}</Text> {suggestion.entry.name}
                      </Text>
                      <Text size={200} className={styles.muted}>
                        {suggestion.path.join(' › ')} · {titleOf(suggestion.catalogId)}
                      </Text>
                      {suggestion.entry.description ? <Text size={200}>说明：{suggestion.entry.description}</Text> : null}
                    </span>
                    <Button size="small" aria-label={`插入 ${suggestion.entry.code} ${suggestion.entry.name}（${project.name}）`} onClick={() => void insert(project, suggestion)}>
                      插入
                    </Button>
                  </li>
                ))}
              </ol>
            ) : (
              <Text size={200} block>
                目录中没有相近的条目。
              </Text>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
