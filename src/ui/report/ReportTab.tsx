/** 报告: the report on screen, as the CLI prints it; written to a 审核报告 worksheet with links, or downloaded as text. */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Catalog } from '../../core/catalog/types';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import { countsText, formatReportText } from '../../core/report-text';
import { catalogName } from '../shared/catalog-name';
import type { CheckState } from '../state/use-check';
import { REPORT_SHEET, reportSheetRows } from './report-rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'flex-start' },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
  text: {
    margin: 0,
    width: '100%',
    boxSizing: 'border-box',
    maxHeight: '60vh',
    overflow: 'auto',
    padding: '8px',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface ReportTabProps {
  host: WorkbookHost;
  check: CheckState;
  catalogs: Catalog[];
  onError(error: unknown): void;
}

export function ReportTab({ host, check, catalogs, onError }: ReportTabProps) {
  const styles = useStyles();
  const [written, setWritten] = useState<string>();
  const report = check.result?.report;
  // Every finding is in the report, ignored ones marked with their reason and counted apart.
  const text = useMemo(() => (report ? formatReportText(report, { catalogName: (id) => catalogName(catalogs, id) }) : ''), [report, catalogs]);
  if (!report) return <Text>请先在“检查”页运行检查，再生成报告。</Text>;

  const writeSheet = async () => {
    try {
      setWritten(await host.writeReportSheet?.(REPORT_SHEET, reportSheetRows(report)));
    } catch (error) {
      onError(error);
    }
  };

  const download = () => {
    const blob = new Blob([text], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${(report.file || '工作簿').replace(/\.xlsx$/i, '')}-审核报告.txt`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className={styles.root}>
      <Text>
        共 {report.diagnostics.length} 条结果：{countsText(report.summary)}。
      </Text>
      <div className={styles.actions}>
        {host.writeReportSheet ? (
          <Button appearance="primary" onClick={() => void writeSheet()}>
            写入新工作表“{REPORT_SHEET}”
          </Button>
        ) : null}
        <Button onClick={download}>下载文本报告</Button>
      </div>
      {written ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>已写入工作表“{written}”，点击位置可跳到对应单元格。</MessageBarBody>
        </MessageBar>
      ) : null}
      {check.stale ? <Text size={200}>{check.stale}</Text> : null}
      <pre className={styles.text} tabIndex={0} role="region" aria-label="文本报告内容" data-testid="report-text">
        {text}
      </pre>
    </div>
  );
}
