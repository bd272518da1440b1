/**
 * 目录: choose this workbook's catalogs; import one from the selected range, pasted text or a file. The
 * result of an import appears beside the control that started it and takes focus; deleting asks first.
 */
import { Badge, Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { parseDelimitedText } from '../../core/catalog/delimited';
import { importCatalogFromRows, type CellInput, type ImportOptions, type ImportResult } from '../../core/catalog/import';
import type { Catalog } from '../../core/catalog/types';
import { parseA1 } from '../../core/grid';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import type { CatalogsState } from '../state/use-catalogs';
import { ConfirmDialog } from '../shared/ConfirmDialog';
import { errorText } from '../shared/errors';
import { focusLater } from '../shared/focus';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { padding: '4px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  meta: { color: tokens.colorNeutralForeground3, display: 'block', paddingLeft: '32px', fontSize: tokens.fontSizeBase200 },
  problems: { margin: 0, paddingLeft: '16px', maxHeight: '160px', overflowY: 'auto' },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** Reads an .xlsx file into an import result; supplied by entries that may load a workbook reader. */
export type XlsxImporter = (data: ArrayBuffer, options: ImportOptions) => Promise<ImportResult>;

export interface CatalogsTabProps {
  host: WorkbookHost;
  catalogs: CatalogsState;
  importXlsx?: XlsxImporter;
  onAnnounce(text: string): void;
}

type Source = 'range' | 'paste' | 'file';

interface Outcome {
  result?: ImportResult;
  /** Why nothing could be read, when nothing could. */
  error?: string;
  source: Source;
  /** "选中区域", "粘贴的文本" or the file name. */
  from: string;
}

export function CatalogsTab({ host, catalogs, importXlsx, onAnnounce }: CatalogsTabProps) {
  const styles = useStyles();
  const [title, setTitle] = useState('');
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [removing, setRemoving] = useState<Catalog>();
  const [selectionError, setSelectionError] = useState<string>();
  const outcomeRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // The result is where the user is looking: next to what they pressed, in view and focused.
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);

  const options = (file: string, firstRow = 1): ImportOptions => {
    const name = title.trim() || `导入的目录（${file}）`;
    return { id: `imported-${slug(name)}`, title: name, file, firstRow };
  };

  const finish = (result: ImportResult, source: Source, from: string) => {
    // The result takes focus, so it is read out there; the live region would say it twice.
    setOutcome({ result, source, from });
    if (result.catalog) catalogs.addImported(result.catalog);
  };

  const guarded = (source: Source, from: string, action: () => Promise<void>) => async () => {
    try {
      await action();
    } catch (failure) {
      setOutcome({ error: errorText(failure), source, from });
    }
  };

  const fromRange = guarded('range', '选中区域', async () => {
    const selection = await host.getSelectedRange();
    const rows = selection?.values ?? [];
    if (!selection || rows.length < 2) throw new Error('请先在工作表中选中包含表头（编码、名称）和条目的区域，再点击导入。');
    const firstRow = (parseA1(selection.cell.split(':')[0])?.row ?? 0) + 1;
    finish(importCatalogFromRows(rows, options(`${selection.sheet}!${selection.cell}`, firstRow)), 'range', '选中区域');
  });

  const fromText = guarded('paste', '粘贴的文本', async () => {
    if (!pasted.trim()) throw new Error('请先粘贴从表格复制的目录内容（含表头）。');
    finish(importCatalogFromRows(parseDelimitedText(pasted), options('粘贴的文本')), 'paste', '粘贴的文本');
  });

  const fromFile = (file: File | undefined) =>
    void guarded('file', file?.name ?? '文件', async () => {
      if (!file) return;
      if (/\.xlsx$/i.test(file.name)) {
        if (!importXlsx) throw new Error('此处不支持读取 .xlsx 文件，请在 Excel 中打开该文件并用“从选中区域导入”，或另存为 CSV。');
        finish(await importXlsx(await file.arrayBuffer(), options(file.name)), 'file', file.name);
      } else {
        const rows: CellInput[][] = parseDelimitedText(await file.text());
        finish(importCatalogFromRows(rows, options(file.name)), 'file', file.name);
      }
    })();

  const toggle = (id: string, checked: boolean) => {
    setSelectionError(undefined);
    catalogs.setSelected(checked ? [...catalogs.selectedIds, id] : catalogs.selectedIds.filter((selected) => selected !== id)).catch((failure: unknown) => setSelectionError(errorText(failure)));
  };

  const remove = (catalog: Catalog) => {
    setRemoving(undefined);
    catalogs.removeImported(catalog.id);
    if (catalogs.selectedIds.includes(catalog.id)) toggle(catalog.id, false);
    onAnnounce(`已删除导入的目录“${catalog.title}”。`);
    focusLater(listRef.current);
  };

  const result = (source: Source) =>
    outcome?.source === source ? (
      <div ref={outcomeRef} tabIndex={-1} role="region" aria-label="导入结果">
        <ImportOutcome outcome={outcome} />
      </div>
    ) : null;

  return (
    <div className={styles.root}>
      <h2 className={styles.heading}>本工作簿适用的目录</h2>
      <Text size={200}>{catalogs.selectedIds.length ? '检查和查码只使用勾选的政府购买服务目录。' : '未勾选时，检查会根据工作簿内容自动判断适用的目录。'}</Text>
      {catalogs.loading ? <Text>正在载入目录…</Text> : null}
      {catalogs.loadError || selectionError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{catalogs.loadError ?? selectionError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {catalogs.storeError ? (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{catalogs.storeError}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.list} aria-label="目录列表" ref={listRef} tabIndex={-1}>
        {catalogs.all.map((catalog) => (
          <li key={catalog.id} className={styles.item}>
            <Checkbox
              checked={catalogs.selectedIds.includes(catalog.id)}
              onChange={(_, data) => toggle(catalog.id, Boolean(data.checked))}
              label={
                <>
                  {catalog.title}{' '}
                  <Badge appearance="tint" color={catalog.complete ? 'success' : 'warning'} size="small">
                    {catalog.complete ? '完整' : '部分'}
                  </Badge>
                </>
              }
            />
            <span className={styles.meta}>
              {catalog.document} · {catalog.entries.length} 条{catalog.complete ? '' : ' · 部分目录：未收录的编码无法核对，可导入完整目录'}
              {catalogs.imported.some((imported) => imported.id === catalog.id) ? (
                <>
                  {' · 用户导入 '}
                  <Button size="small" appearance="subtle" onClick={() => setRemoving(catalog)} aria-label={`删除导入的目录“${catalog.title}”`}>
                    删除…
                  </Button>
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      <h2 className={styles.heading}>导入目录</h2>
      <Field label="目录名称">
        <Input value={title} onChange={(_, data) => setTitle(data.value)} placeholder="如：某市政府购买服务指导性目录" />
      </Field>
      <Button onClick={() => void fromRange()}>从选中区域导入</Button>
      {result('range')}
      <Field label="粘贴表格内容（含表头：编码、名称、说明）">
        <Textarea value={pasted} onChange={(_, data) => setPasted(data.value)} resize="vertical" />
      </Field>
      <Button onClick={() => void fromText()}>导入粘贴的内容</Button>
      {result('paste')}
      <Field label="从文件导入（.csv、.txt 或 .xlsx）">
        <input
          type="file"
          accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="选择目录文件"
          onChange={(event) => {
            fromFile(event.target.files?.[0]);
            event.target.value = '';
          }}
        />
      </Field>
      {result('file')}
      {removing ? (
        <ConfirmDialog title={`删除导入的目录“${removing.title}”？`} confirmLabel="删除" onConfirm={() => remove(removing)} onCancel={() => setRemoving(undefined)}>
          删除后检查和查码不再使用其中的 {removing.entries.length} 条；目录数据不会保留，需要时请重新导入。
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function outcomeText(result: ImportResult, from: string): string {
  if (!result.catalog) return `未能从${from}导入目录。`;
  const completeness = result.catalog.complete ? '层级完整' : '层级不完整，按部分目录使用';
  return `已从${from}导入“${result.catalog.title}”，共 ${result.catalog.entries.length} 条（${completeness}）。`;
}

function ImportOutcome({ outcome }: { outcome: Outcome }) {
  const styles = useStyles();
  const { result, error, from } = outcome;
  const intent = error || !result?.catalog ? 'error' : result.problems.length ? 'warning' : 'success';
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        {error ?? (result ? outcomeText(result, from) : '')}
        {result?.problems.length ? (
          <ul className={styles.problems} aria-label="导入问题">
            {result.problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

function slug(text: string): string {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash.toString(36);
}
