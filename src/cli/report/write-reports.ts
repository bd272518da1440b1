/**
 * The reports of a check run: text, JSON or the HTML page on stdout (the page to -o when given), and
 * the reviewer's workbook (--summary). Report files are written whole or not at all.
 */
import path from 'node:path';
import { catalogLabel } from '../../core/catalog/lookup';
import type { Report } from '../../core/report';
import { formatReportText } from '../../core/report-text';
import { loadBundledCatalogs } from '../../data';
import type { FileOutcome } from '../batch/check-file';
import { formatSummaryTable } from '../batch/summary';
import type { CheckArgs } from '../commands/check-args';
import { formatFixTable, formatFixText } from '../fix/fix-text';
import type { CliIO } from '../io';
import { writeFileAtomic } from '../write-file';
import { renderHtmlReport } from './html-report';
import { summaryWorkbook } from './summary-workbook';

/** False when a report file could not be written (said on stderr). */
export async function writeReports(outcomes: FileOutcome[], args: CheckArgs, io: CliIO): Promise<boolean> {
  let ok = true;
  const write = async (file: string, content: () => Promise<Uint8Array | string>) => {
    try {
      await writeFileAtomic(path.resolve(io.cwd, file), await content());
    } catch (error) {
      io.stderr(`budget-check: 无法写入 ${file}：${error instanceof Error ? error.message : String(error)}\n`);
      ok = false;
    }
  };
  if (args.format === 'json') io.stdout(`${JSON.stringify(outcomes.map(toJson), null, 2)}\n`);
  else if (args.format === 'text') io.stdout(await formatText(outcomes));
  else if (args.output && !args.fix) await write(args.output, async () => renderHtmlReport(outcomes));
  else io.stdout(renderHtmlReport(outcomes));
  if (args.summary) await write(args.summary, () => summaryWorkbook(outcomes));
  return ok;
}

/** One JSON entry: the report (with what --fix did), or the file and why it could not be read. */
export function toJson(outcome: FileOutcome) {
  if (!outcome.report) return { file: outcome.file, error: outcome.error };
  return outcome.fixed ? { ...outcome.report, fixed: outcome.fixed } : outcome.report;
}

/** Each file's report (catalogs by their names, not ids), then the batch's tables. */
async function formatText(outcomes: FileOutcome[]): Promise<string> {
  const names = new Map((await loadBundledCatalogs()).map((catalog) => [catalog.id, catalogLabel(catalog)]));
  const reportText = (report: Report) => formatReportText(report, { catalogName: (id) => names.get(id) });
  const reports = outcomes.flatMap((outcome) => (outcome.report ? [reportText(outcome.report) + (outcome.fixed ? `\n${formatFixText(outcome.fixed)}` : '')] : []));
  const several = outcomes.length > 1;
  const fixing = outcomes.some((outcome) => outcome.fixed);
  return [...reports, ...(several ? [formatSummaryTable(outcomes)] : []), ...(several && fixing ? [formatFixTable(outcomes)] : [])].join('\n');
}
