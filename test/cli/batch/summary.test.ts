import type { FileOutcome } from '../../../src/cli/batch/check-file';
import { displayWidth, formatSummaryTable } from '../../../src/cli/batch/summary';
import { exitStatus } from '../../../src/cli/commands/check';
import type { Report } from '../../../src/core/report';

function outcome(file: string, error: number, warning: number, info: number): FileOutcome {
  const report: Report = { file, catalogs: [], sheets: [], tables: [], purchases: [], diagnostics: [], summary: { error, warning, info } };
  return { file, report };
}

describe('batch summary table', () => {
  const outcomes: FileOutcome[] = [outcome('甲局.xlsx', 2, 1, 0), outcome('b.xlsx', 0, 3, 1), outcome('c.xlsx', 0, 0, 4), { file: '坏.xlsx', error: '文件为空' }];

  it('lists every file with its counts and status, aligned for CJK text', () => {
    const lines = formatSummaryTable(outcomes).trimEnd().split('\n');
    expect(lines[1].split('|').map((s) => s.trim())).toEqual(['文件', '错误', '警告', '提示', '状态']);
    expect(lines[3].split('|').map((s) => s.trim())).toEqual(['甲局.xlsx', '2', '1', '0', '有错误']);
    expect(lines[4].split('|').map((s) => s.trim())).toEqual(['b.xlsx', '0', '3', '1', '有警告']);
    expect(lines[5].split('|').map((s) => s.trim())).toEqual(['c.xlsx', '0', '0', '4', '通过']);
    expect(lines[6].split('|').map((s) => s.trim())).toEqual(['坏.xlsx', '—', '—', '—', '无法读取']);
    const pipeColumns = lines.slice(1, 7).map((line) => displayWidth(line.slice(0, line.indexOf('|'))));
    expect(new Set(pipeColumns).size).toBe(1);
    expect(lines[7]).toBe('共 4 个文件：有错误 1，有警告 1，通过 1，无法读取 1');
  });

  it('shows ignored findings within their counts', () => {
    const [ignoring] = [outcome('乙局.xlsx', 2, 0, 0)];
    ignoring.report!.summary.ignored = { error: 1, warning: 0, info: 0 };
    const lines = formatSummaryTable([ignoring]).trimEnd().split('\n');
    expect(lines[3].split('|').map((s) => s.trim())).toEqual(['乙局.xlsx', '2（忽略 1）', '0', '0', '有错误']);
  });

  it('counts CJK characters as two columns', () => {
    expect(displayWidth('表1（万元）')).toBe(11);
  });
});

describe('exit status', () => {
  it('is 0 without error-level findings, 1 with, 2 when any input is unreadable', () => {
    expect(exitStatus([outcome('a', 0, 5, 5)])).toBe(0);
    expect(exitStatus([outcome('a', 0, 5, 5), outcome('b', 1, 0, 0)])).toBe(1);
    expect(exitStatus([outcome('a', 1, 0, 0), { file: 'x', error: '文件不存在。' }])).toBe(2);
  });
});
