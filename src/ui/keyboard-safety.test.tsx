/** @jest-environment jsdom */
/**
 * Safe and clear at the keyboard: no silent writes, honest counts, focus that never drops to the
 * page, announcements. Each block is one numbered case of the walkthrough that found them.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { gridFromRows, type Grid } from '../core/grid';
import { addIgnore, EMPTY_IGNORES, type IgnoreStore } from '../core/ignores';
import { IGNORED_SETTING } from '../core/settings';
import type { Report } from '../core/report';
import type { Diagnostic } from '../core/rules/types';
import { MemoryHost } from '../host/memory/memory-host';
import { FixPreviewDialog } from './check/FixPreviewDialog';
import { C9_FINDING, NOTE_FINDING, checkOf, fixedCheck, fixedReport, renderPane, runCheck, valueAt, workbook } from './testing/pane';

const PARAGRAPH = '（四）政府购买服务情况：行政事业性国有资产清查审计评估费及信息系统服务费759.1万元，属于B0702-评估服务。';

/** 表3 with a recognised 支出总表 (name column B, amounts C–E) and a 说明 sheet holding a paragraph. */
function narrativeWorkbook(): Grid {
  return {
    sheets: [
      gridFromRows('表3', [
        ['2026年部门支出总表'],
        ['部门名称：某某局', null, null, null, '单位：万元'],
        ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
        ['201', '一般公共服务支出', 938.7, 900, 38.7],
        ['2010101', '行政运行', 938.7, 900, 38.7],
        [null, '合计', 938.7, 900, 38.7],
      ]),
      gridFromRows('说明', [['情况说明'], [PARAGRAPH]]),
    ],
  };
}

async function searchAndPick(query: string, withName = false) {
  fireEvent.click(screen.getByRole('tab', { name: '查码' }));
  const box = screen.getByRole('combobox', { name: '查码' });
  await waitFor(() => {
    fireEvent.change(box, { target: { value: query } });
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
  });
  if (withName) fireEvent.click(screen.getByRole('checkbox', { name: '同时在右侧单元格填入名称（仅限空单元格或名称列）' }));
  return box;
}

const announced = () => screen.getByTestId('announcer').textContent ?? '';

describe('case 1: 查码 never writes over content without asking', () => {
  it('shows both values before replacing a paragraph with a code; cancelling changes nothing and gives focus back', async () => {
    const host = new MemoryHost(narrativeWorkbook());
    await host.selectCell({ sheet: '说明', cell: 'A2' });
    await renderPane(host);
    const box = await searchAndPick('审查');
    const code = /^Z\d+/.exec(screen.getAllByRole('option')[0].textContent ?? '')?.[0];
    box.focus();
    fireEvent.keyDown(box, { key: 'Enter' });
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('说明!A2')).toBeTruthy();
    expect(dialog.querySelector('[data-change=removed]')?.textContent).toContain('B0702');
    expect(dialog.querySelector('[data-change=added]')?.textContent).toBe(code);
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(valueAt(host, '说明', 1, 0)).toBe(PARAGRAPH);
    await waitFor(() => expect(document.activeElement).toBe(box));
  });

  it('puts the name only into an empty cell or a name column, and the undo step names every cell', async () => {
    const host = new MemoryHost(narrativeWorkbook());
    await host.selectCell({ sheet: '表3', cell: 'B5' });
    await renderPane(host);
    const box = await searchAndPick('审查', true);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    // B5 holds a name, not a code: asked first. C5 holds the amount 938.70: never replaced by a name.
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('将修改以下 1 个单元格（一次完成，可撤销）：')).toBeTruthy();
    expect(within(dialog).getByText('右侧单元格 表3!C5 有内容（938.7）且不是名称列，未填入名称。')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: '应用修改（1）' }));
    await waitFor(() => expect(valueAt(host, '表3', 4, 1)).toBe('Z0101'));
    expect(valueAt(host, '表3', 4, 2)).toBe(938.7);
    expect(screen.getByRole('button', { name: '撤销：插入编码 Z0101：表3!B5' })).toBeTruthy();
  });

  it('writes at once into an empty cell, with the name beside it', async () => {
    const host = new MemoryHost(narrativeWorkbook());
    await host.selectCell({ sheet: '表3', cell: 'G5' });
    await renderPane(host);
    const box = await searchAndPick('审查', true);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(valueAt(host, '表3', 4, 6)).toBe('Z0101'));
    expect(valueAt(host, '表3', 4, 7)).toBe('样例审查服务');
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(announced()).toContain('已修改 2 个单元格：插入编码 Z0101：表3!G5、表3!H5'));
  });
});

describe('case 2: 忽略 is a decision with a reason, visible to everyone', () => {
  it('asks for a reason, keeps the finding listed and counted apart, and stores no cell text', async () => {
    const host = new MemoryHost(workbook());
    await renderPane(host, fixedCheck([C9_FINDING, NOTE_FINDING]));
    await runCheck();
    fireEvent.click(screen.getByRole('button', { name: '忽略 表3!A1' }));
    const dialog = await screen.findByRole('dialog', { name: '忽略这条问题' });
    fireEvent.click(within(dialog).getByRole('button', { name: '忽略', hidden: true }));
    await within(dialog).findByText(/请写明忽略的理由/);
    // Fluent's modalizer may mark the surface aria-hidden in jsdom: the field is found by tag.
    fireEvent.change(dialog.querySelector('input') as HTMLInputElement, { target: { value: '单位已在表头注明“万元”' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '忽略', hidden: true }));
    await waitFor(() => expect(screen.queryByRole('dialog', { hidden: true })).toBeNull());
    await waitFor(() => expect(announced()).toContain('已忽略 表3!A1，理由：单位已在表头注明“万元”。'));

    expect(screen.getByText('表格未注明金额单位。')).toBeTruthy();
    expect(screen.getByText('忽略理由：单位已在表头注明“万元”')).toBeTruthy();
    expect(within(screen.getByLabelText('检查结果统计')).getByText('警告 1（已忽略 1）')).toBeTruthy();
    const stored = await host.getSetting<IgnoreStore>(IGNORED_SETTING);
    expect(stored?.entries).toEqual([{ key: expect.stringMatching(/^meta\/unit-label\|表3\|A1\|[0-9a-z]+$/), reason: '单位已在表头注明“万元”', date: expect.any(String) }]);
    expect(JSON.stringify(stored)).not.toContain('未注明金额单位');

    fireEvent.click(screen.getByRole('tab', { name: '报告' }));
    const text = screen.getByRole('region', { name: '文本报告内容' }).textContent ?? '';
    expect(text).toContain('[警告，已忽略] 表3!A1 表格未注明金额单位。');
    expect(text).toContain('合计：错误 1，警告 1（其中已忽略 1），提示 0');

    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    fireEvent.click(screen.getByRole('button', { name: '取消忽略 表3!A1' }));
    await waitFor(() => expect(screen.queryByText(/忽略理由/)).toBeNull());
    expect(within(screen.getByLabelText('检查结果统计')).getByText('警告 1')).toBeTruthy();
  });

  it('a reviewer opening the workbook sees what was ignored and why', async () => {
    const host = new MemoryHost(workbook());
    await host.setSetting(IGNORED_SETTING, addIgnore(EMPTY_IGNORES, C9_FINDING, '已与财政局核对', new Date('2026-03-01')));
    await renderPane(host, fixedCheck([C9_FINDING, NOTE_FINDING]));
    await runCheck();
    expect(within(screen.getByLabelText('检查结果统计')).getByText('错误 1（已忽略 1）')).toBeTruthy();
    expect(screen.getByText('忽略理由：已与财政局核对')).toBeTruthy();
    expect(screen.getByText(C9_FINDING.message)).toBeTruthy();
  });
});

describe('case 3: 全部修复 says what it leaves out', () => {
  const paragraphFix = (code: string): Diagnostic => ({
    rule: 'gps/name-matches-code',
    severity: 'error',
    message: `目录代码应为 ${code}。`,
    sheet: '说明',
    cell: 'A2',
    fix: { kind: 'fix', description: `将目录代码改为 ${code}`, edits: [{ sheet: '说明', cell: 'A2', value: PARAGRAPH.replace('B0702', code) }] },
  });

  it('is disabled with the reason when the only fixes touch one cell two ways', async () => {
    const host = new MemoryHost(narrativeWorkbook());
    await renderPane(host, fixedCheck([paragraphFix('B0703'), paragraphFix('B0704')]));
    await runCheck();
    const button = screen.getByRole('button', { name: '全部修复（0）' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toBe('全部修复不可用：说明!A2：2 条修复都要修改这个单元格，且改法不同，未包含在全部修复中，请逐条查看后修复。');
  });

  it('applies the other fixes and lists what it left out', async () => {
    const host = new MemoryHost(narrativeWorkbook());
    const ok: Diagnostic = { ...C9_FINDING, sheet: '表3', cell: 'C4', fix: { kind: 'fix', description: '', edits: [{ sheet: '表3', cell: 'C4', value: 938.7 }] } };
    await renderPane(host, fixedCheck([paragraphFix('B0703'), paragraphFix('B0704'), ok]));
    await runCheck();
    fireEvent.click(screen.getByRole('button', { name: '全部修复（1）' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(within(dialog).getByRole('list', { name: '说明' })).getByText(/^说明!A2：2 条修复都要修改这个单元格/)).toBeTruthy();
  });
});

describe('case 4: focus never drops to the page, and results are announced', () => {
  it('keeps focus on the start button through a check and announces the counts', async () => {
    await renderPane(new MemoryHost(workbook()), fixedCheck([C9_FINDING, NOTE_FINDING]));
    const start = screen.getByRole('button', { name: '开始检查' });
    start.focus();
    fireEvent.click(start);
    await screen.findByRole('button', { name: '重新检查' });
    expect(document.activeElement).toBe(start);
    await waitFor(() => expect(announced()).toBe('检查完成：错误 1，警告 1，提示 0。'));
  });

  it('after a fix focus goes to the next finding; after the last undo to the current tab', async () => {
    const host = new MemoryHost(workbook());
    await renderPane(host, fixedCheck([C9_FINDING, NOTE_FINDING]));
    await runCheck();
    fireEvent.click(screen.getByRole('button', { name: '修复' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '应用修改（1）' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '定位到 表3!A1' })));
    fireEvent.click(screen.getByRole('button', { name: '撤销：修复：表3!C3' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('tab', { name: '检查' })));
    expect(announced()).toMatch(/已撤销“修复：表3!C3”，恢复了 表3!C3。|检查完成/);
  });

  it('Escape in the ignore dialog gives focus back to 忽略', async () => {
    await renderPane(new MemoryHost(workbook()), fixedCheck([NOTE_FINDING]));
    await runCheck();
    const opener = screen.getByRole('button', { name: '忽略 表3!A1' });
    opener.focus();
    fireEvent.click(opener);
    const dialog = await screen.findByRole('dialog');
    fireEvent.keyDown(within(dialog).getByRole('textbox'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it('查码 names the highlighted result to screen readers and scrolls it into view', async () => {
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    await renderPane(new MemoryHost(workbook()));
    const box = await searchAndPick('服务');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const active = box.getAttribute('aria-activedescendant');
    expect(active).toBe('lookup-option-1');
    expect(document.getElementById(active!)?.getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-controls')).toBe('lookup-results');
    await waitFor(() => expect(scrolled).toContain('lookup-option-1'));
    expect(screen.getByRole('listbox').querySelectorAll('button')).toHaveLength(0);
  });
});

describe('case 5: counts and marks follow every change; stale results say so', () => {
  it('re-marks the sheet after a fix', async () => {
    const host = new MemoryHost(workbook());
    await renderPane(host, fixedCheck([C9_FINDING, NOTE_FINDING]));
    await runCheck();
    fireEvent.click(screen.getByRole('button', { name: '在工作表中标记' }));
    await waitFor(() => expect(host.highlights.map((h) => h.cell).sort()).toEqual(['A1', 'C3']));
    expect(host.highlights.find((h) => h.cell === 'C3')?.message).toBe(C9_FINDING.message);
    fireEvent.click(screen.getByRole('button', { name: '修复' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '应用修改（1）' }));
    await waitFor(() => expect(host.highlights.map((h) => h.cell)).toEqual(['A1']));
  });

  it('says the results may be out of date when the catalog selection changes', async () => {
    await renderPane(new MemoryHost(workbook()), fixedCheck([NOTE_FINDING]));
    await runCheck();
    expect(screen.queryByText(/目录选择已改变/)).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: '目录' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /测试目录/ }));
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    await within(screen.getByRole('tabpanel')).findByText('目录选择已改变，结果可能已过时，请重新检查。');
  });
});

describe('case 6: the fix preview marks the changed words', () => {
  it('shows B0702 → B0703 inside a long paragraph, and the whole text on request', async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <FixPreviewDialog
          title="将目录代码改为 B0703"
          previews={[{ edit: { sheet: '说明', cell: 'A40', value: 'x' }, current: `${'前文'.repeat(40)}${PARAGRAPH}`, next: `${'前文'.repeat(40)}${PARAGRAPH.replace('B0702', 'B0703')}` }]}
          onApply={() => undefined}
          onCancel={() => undefined}
        />
      </FluentProvider>,
    );
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelector('[data-change=removed]')?.textContent).toBe('B0702');
    expect(dialog.querySelector('[data-change=added]')?.textContent).toBe('B0703');
    expect(dialog.textContent).not.toContain('前文前文前文前文前文前文前文前文前文');
    fireEvent.click(within(dialog).getByRole('button', { name: '显示全文' }));
    expect(dialog.textContent).toContain('前文'.repeat(40));
  });
});

describe('case 7: the report on screen before download', () => {
  it('shows the text report with rule titles, errors first, in the 报告 tab', async () => {
    const info: Diagnostic = { rule: 'income/hierarchy', severity: 'info', message: '尾差：相差 0.01万元，不必修改。', sheet: '表1', cell: 'C19', expected: '70.16', actual: '70.15' };
    await renderPane(new MemoryHost(workbook()), fixedCheck([info, C9_FINDING]));
    await runCheck();
    fireEvent.click(screen.getByRole('tab', { name: '报告' }));
    const text = screen.getByRole('region', { name: '文本报告内容' }).textContent ?? '';
    expect(text.indexOf('【表3')).toBeLessThan(text.indexOf('【表1'));
    expect(text).toContain('〔支出各行合计等于基本支出加项目支出〕');
    expect(text).not.toContain('〔expenditure/row-sum〕');
    expect(text).toContain('[提示] 表1!C19 尾差：相差 0.01万元，不必修改。（参考值 70.16，本处 70.15）');
  });
});

describe('case 8: 目录 import and delete', () => {
  it('shows the result beside the button and focused, claims completeness only for a whole hierarchy, keeps the name, asks before deleting', async () => {
    await renderPane(new MemoryHost(workbook()));
    fireEvent.click(screen.getByRole('tab', { name: '目录' }));
    fireEvent.change(screen.getByRole('textbox', { name: '目录名称' }), { target: { value: '本市服务目录' } });
    fireEvent.change(screen.getByRole('textbox', { name: '粘贴表格内容（含表头：编码、名称、说明）' }), {
      target: { value: '编码\t名称\nY01\t测试一\nY0101\t测试二\nX0101\t测试三' },
    });
    const button = screen.getByRole('button', { name: '导入粘贴的内容' });
    fireEvent.click(button);
    const outcome = await screen.findByRole('region', { name: '导入结果' });
    await waitFor(() => expect(document.activeElement).toBe(outcome));
    expect(outcome.textContent).toContain('已从粘贴的文本导入“本市服务目录”，共 3 条（层级不完整，按部分目录使用）。');
    expect(button.compareDocumentPosition(outcome) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(outcome.compareDocumentPosition(screen.getByLabelText('选择目录文件')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const item = within(screen.getByRole('list', { name: '目录列表' }))
      .getByText(/本市服务目录/)
      .closest('li') as HTMLElement;
    expect(within(item).getByText('部分')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: '查码' }));
    fireEvent.change(screen.getByRole('combobox', { name: '查码' }), { target: { value: '测试二' } });
    const option = await screen.findByRole('option', { name: /Y0101/ });
    expect(option.textContent).toContain('本市服务目录');
    expect(option.textContent).not.toContain('imported-');

    fireEvent.click(screen.getByRole('tab', { name: '目录' }));
    fireEvent.click(screen.getByRole('button', { name: '删除导入的目录“本市服务目录”' }));
    const confirm = await screen.findByRole('alertdialog');
    fireEvent.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(within(screen.getByRole('list', { name: '目录列表' })).getByText(/本市服务目录/)).toBeTruthy();
  });
});

describe('case 9: tables are counted, not blocks', () => {
  it('counts the 绩效目标 blocks of one sheet as one table', async () => {
    const check = checkOf((grid: Grid): Report => ({
      ...fixedReport([])(grid),
      tables: [
        { kind: 'expenditure', sheet: '表3', range: 'A1:E3', title: '2026年部门支出总表' },
        ...['A1:E4', 'A6:E9', 'A11:E14'].map((range) => ({ kind: 'performance-target' as const, sheet: '绩效目标', range, title: '2026年项目支出绩效目标表' })),
      ],
    }));
    await renderPane(new MemoryHost(workbook()), check);
    await runCheck();
    expect(screen.getByText('识别表格 2 张')).toBeTruthy();
  });
});
