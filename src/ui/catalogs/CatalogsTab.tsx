/** 目录: choose this workbook's catalogs; import one from the selected range, pasted text or a file. */
import { Badge, Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { parseDelimitedText } from '../../core/catalog/delimited';
import { importCatalogFromRows, type CellInput, type ImportOptions, type ImportResult } from '../../core/catalog/import';
import { parseA1 } from '../../core/grid';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import type { CatalogsState } from '../state/use-catalogs';
import { errorText } from '../shared/errors';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { padding: '4px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  meta: { color: tokens.colorNeutralForeground3, display: 'block', paddingLeft: '32px', fontSize: tokens.fontSizeBase200 },
  row: { display: 'flex', flexWrap: 'wrap', gap: '6px', alignItems: 'center' },
  problems: { margin: 0, paddingLeft: '16px', maxHeight: '160px', overflowY: 'auto' },
});

/** Reads an .xlsx file into an import result; supplied by entries that may load a workbook reader. */
export type XlsxImporter = (data: ArrayBuffer, options: ImportOptions) => Promise<ImportResult>;

export interface CatalogsTabProps {
  host: WorkbookHost;
  catalogs: CatalogsState;
  importXlsx?: XlsxImporter;
}

interface Outcome {
  result: ImportResult;
  source: string;
}

export function CatalogsTab({ host, catalogs, importXlsx }: CatalogsTabProps) {
  const styles = useStyles();
  const [title, setTitle] = useState('');
  const [pasted, setPasted] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [error, setError] = useState<string>();

  const options = (file: string, firstRow = 1): ImportOptions => {
    const name = title.trim() || `导入的目录（${file}）`;
    return { id: `imported-${slug(name)}`, title: name, file, firstRow };
  };

  const finish = (result: ImportResult, source: string) => {
    setOutcome({ result, source });
    if (result.catalog) catalogs.addImported(result.catalog);
  };

  const guarded = (action: () => Promise<void>) => async () => {
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(errorText(failure));
    }
  };

  const fromRange = guarded(async () => {
    const selection = await host.getSelectedRange();
    const rows = selection?.values ?? [];
    if (!selection || rows.length < 2) throw new Error('请先在工作表中选中包含表头（编码、名称）和条目的区域，再点击导入。');
    const firstRow = (parseA1(selection.cell.split(':')[0])?.row ?? 0) + 1;
    finish(importCatalogFromRows(rows, options(`${selection.sheet}!${selection.cell}`, firstRow)), '选中区域');
  });

  const fromText = guarded(async () => {
    if (!pasted.trim()) throw new Error('请先粘贴从表格复制的目录内容（含表头）。');
    finish(importCatalogFromRows(parseDelimitedText(pasted), options('粘贴的文本')), '粘贴的文本');
  });

  const fromFile = (file: File | undefined) =>
    void guarded(async () => {
      if (!file) return;
      if (/\.xlsx$/i.test(file.name)) {
        if (!importXlsx) throw new Error('此处不支持读取 .xlsx 文件，请在 Excel 中打开该文件并用“从选中区域导入”，或另存为 CSV。');
        finish(await importXlsx(await file.arrayBuffer(), options(file.name)), file.name);
      } else {
        const rows: CellInput[][] = parseDelimitedText(await file.text());
        finish(importCatalogFromRows(rows, options(file.name)), file.name);
      }
    })();

  const toggle = (id: string, checked: boolean) =>
    void guarded(() => catalogs.setSelected(checked ? [...catalogs.selectedIds, id] : catalogs.selectedIds.filter((selected) => selected !== id)))();

  const remove = (id: string) => {
    catalogs.removeImported(id);
    if (catalogs.selectedIds.includes(id)) toggle(id, false);
  };

  return (
    <div className={styles.root}>
      <Text weight="semibold">本工作簿适用的目录</Text>
      <Text size={200}>{catalogs.selectedIds.length ? '检查和查码只使用勾选的政府购买服务目录。' : '未勾选时，检查会根据工作簿内容自动判断适用的目录。'}</Text>
      {catalogs.loading ? <Text>正在载入目录…</Text> : null}
      {catalogs.loadError ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{catalogs.loadError}</MessageBarBody>
        </MessageBar>
      ) : null}
      {catalogs.storeError ? (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>{catalogs.storeError}</MessageBarBody>
        </MessageBar>
      ) : null}
      <ul className={styles.list} aria-label="目录列表">
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
                  <Button size="small" appearance="subtle" onClick={() => remove(catalog.id)} aria-label={`删除导入的目录“${catalog.title}”`}>
                    删除
                  </Button>
                </>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      <Text weight="semibold">导入目录</Text>
      <Field label="目录名称">
        <Input value={title} onChange={(_, data) => setTitle(data.value)} placeholder="如：某市政府购买服务指导性目录" />
      </Field>
      <Button onClick={() => void fromRange()}>从选中区域导入</Button>
      <Field label="粘贴表格内容（含表头：编码、名称、说明）">
        <Textarea value={pasted} onChange={(_, data) => setPasted(data.value)} resize="vertical" />
      </Field>
      <Button onClick={() => void fromText()}>导入粘贴的内容</Button>
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
      {error ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {outcome ? <ImportOutcome outcome={outcome} /> : null}
    </div>
  );
}

function ImportOutcome({ outcome: { result, source } }: { outcome: Outcome }) {
  const styles = useStyles();
  return (
    <MessageBar intent={result.catalog ? (result.problems.length ? 'warning' : 'success') : 'error'} layout="multiline">
      <MessageBarBody>
        {result.catalog ? `已从${source}导入“${result.catalog.title}”，共 ${result.catalog.entries.length} 条。` : `未能从${source}导入目录。`}
        {result.problems.length ? (
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
