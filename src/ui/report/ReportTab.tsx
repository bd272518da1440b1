/** 报告: the findings as a 审核报告 worksheet with links, or the CLI's text report as a download. */
import { Button, MessageBar, MessageBarBody, Text, makeStyles } from '@fluentui/react-components';
import { useState } from 'react';
import type { WorkbookHost } from '../../core/ports/workbook-host';
import { formatReportText } from '../../core/report-text';
import type { CheckState } from '../state/use-check';
import { countBySeverity } from '../check/findings';
import { REPORT_SHEET, reportSheetRows } from './report-rows';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: '8px', alignItems: 'flex-start' } });

export interface ReportTabProps {
  host: WorkbookHost;
  check: CheckState;
  onError(error: unknown): void;
}

export function ReportTab({ host, check, onError }: ReportTabProps) {
  const styles = useStyles();
  const [written, setWritten] = useState<string>();
  const result = check.result;
  if (!result) return <Text>请先在“检查”页运行检查，再生成报告。</Text>;
  // The report lists what the user still sees: dismissed findings are left out, counts follow.
  const report = { ...result.report, diagnostics: check.findings, summary: countBySeverity(check.findings) };

  const writeSheet = async () => {
    try {
      setWritten(await host.writeReportSheet?.(REPORT_SHEET, reportSheetRows(report, check.findings)));
    } catch (error) {
      onError(error);
    }
  };

  const download = () => {
    const blob = new Blob([formatReportText(report)], { type: 'text/plain;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${(report.file || '工作簿').replace(/\.xlsx$/i, '')}-审核报告.txt`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className={styles.root}>
      <Text>共 {check.findings.length} 条结果（错误 {report.summary.error}，警告 {report.summary.warning}，提示 {report.summary.info}）。</Text>
      {host.writeReportSheet ? (
        <Button appearance="primary" onClick={() => void writeSheet()}>
          写入新工作表“{REPORT_SHEET}”
        </Button>
      ) : null}
      <Button onClick={download}>下载文本报告</Button>
      {written ? (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>已写入工作表“{written}”，点击位置可跳到对应单元格。</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
