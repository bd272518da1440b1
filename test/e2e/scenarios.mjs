/**
 * The reviewer's path through the preview, in order: each scenario builds on the page state the
 * previous one left. Selectors use roles and visible Chinese names, plus the grid's data-cell marks.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = path.join(ROOT, 'examples/泽州县财政局-2026-部门预算公开.xlsx');
const OTHER_EXAMPLE = path.join(ROOT, 'examples/永和县行政审批服务管理局-2024-单位预算公开.xlsx');
/** A published disclosure PDF (test/fixtures/pdf): opened, checked and saved as a workbook. */
const PDF = path.join(ROOT, 'test/fixtures/pdf/上海市普陀区社会福利院-2024-单位预算.pdf');
const PDF_SUMMARY_TITLE = '2024年预算单位财务收支预算总表';
const BIG_ROWS = 20_000;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A planted error: the 支出总表 合计 row no longer equals 基本支出 + 项目支出 (test/fixtures/fixtures.json). */
const PLANTED = { sheet: '表3', cell: 'C5', correct: '2541.25', wrong: 2542.25 };
const PLANTED_NAME = '泽州县财政局-2026-部门预算公开-核对练习.xlsx';
/** An empty cell of the 政府购买服务 narrative sheet where the looked-up code is inserted. */
const INSERT_TARGET = { sheet: '说明', cell: 'B40' };

/** The paragraph of 政府购买服务 statements whose two fixes both rewrite it. */
const PARAGRAPH_CELL = { sheet: '说明', cell: 'A40' };

const grid = (page) => page.locator('[role=grid][data-sheet]');
const gridCell = (page, a1) => grid(page).locator(`td[data-cell="${a1}"]`);
const pane = (page) => page.getByRole('complementary', { name: '任务窗格' });

async function plantedWorkbook() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(EXAMPLE));
  workbook.getWorksheet(PLANTED.sheet).getCell(PLANTED.cell).value = PLANTED.wrong;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function openFile(page, name, buffer, mimeType = XLSX_TYPE) {
  await page.getByLabel('选择工作簿文件').setInputFiles({ name, mimeType, buffer });
}

/** Drops a file onto the page the way a file manager does. */
async function dropFile(page, name, buffer) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, base64, type]) => {
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([bytes], fileName, { type }));
      return transfer;
    },
    [name, buffer.toString('base64'), XLSX_TYPE],
  );
  await page.dispatchEvent('[role=grid]', 'dragover', { dataTransfer });
  await page.dispatchEvent('[role=grid]', 'drop', { dataTransfer });
}

async function showSheet(page, sheet) {
  // A sheet tab's name is the sheet's, followed by its count of marks when it has some.
  const name = new RegExp(`^${sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\d+ 处标记)?$`);
  await page.getByRole('tablist', { name: '工作表' }).getByRole('tab', { name }).click();
  await grid(page)
    .and(page.locator(`[data-sheet="${sheet}"]`))
    .waitFor();
}

/** What a cell shows, without the mark's symbol and the words said only to screen readers. */
function shownText(cell) {
  return cell.evaluate((td) =>
    [...td.childNodes]
      .filter((node) => !(node instanceof Element && node.matches('[aria-hidden], [data-sr]')))
      .map((node) => node.textContent)
      .join(''),
  );
}

async function expectCellText(page, a1, text) {
  const cell = gridCell(page, a1);
  await cell.waitFor();
  await page
    .waitForFunction(
      ([selector, expected]) => {
        const td = document.querySelector(selector);
        const shown =
          td &&
          [...td.childNodes]
            .filter((node) => !(node instanceof Element && node.matches('[aria-hidden], [data-sr]')))
            .map((node) => node.textContent)
            .join('');
        return shown === expected;
      },
      [`[role=grid] td[data-cell="${a1}"]`, text],
      { timeout: 10_000 },
    )
    .catch(async () => assert.equal(await shownText(cell), text, `${a1} 的显示值`));
}

/** The focused element, described: never <body> while the keyboard drives the page. */
async function focused(page) {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return { body: true, name: '' };
    const labelled = element.getAttribute('aria-labelledby');
    const name =
      element.getAttribute('aria-label') || (labelled && document.getElementById(labelled)?.textContent) || element.labels?.[0]?.textContent || element.textContent?.trim().slice(0, 60) || '';
    return { body: false, name, tag: element.tagName.toLowerCase(), role: element.getAttribute('role') ?? '', visible: element.matches(':focus-visible') };
  });
}

async function expectFocusKept(page, after) {
  // Focus is handed on once the closing dialog has unmounted: allow it a moment, never <body> for long.
  await page.waitForFunction(() => document.activeElement && document.activeElement !== document.body, null, { timeout: 2_000 }).catch(() => undefined);
  const now = await focused(page);
  assert.ok(!now.body, `${after}后焦点落到了页面 <body> 上`);
  return now;
}

/** Presses an arrow key inside a composite (tab list, radio group) until the focused item's name matches. */
async function arrowTo(page, key, pattern, limit = 30) {
  for (let i = 0; i < limit; i++) {
    if (pattern.test((await focused(page)).name)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`按 ${limit} 次 ${key} 也没有到达 ${pattern}`);
}

/** Presses Tab (or Shift+Tab) until the focused element's name matches; keyboard only, like a user. */
async function tabTo(page, pattern, { back = false, role, limit = 150 } = {}) {
  for (let i = 0; i < limit; i++) {
    const now = await focused(page);
    if (!now.body && pattern.test(now.name) && (!role || now.role === role)) {
      assert.ok(now.visible, `“${now.name}”有焦点但没有可见的焦点标记`);
      return now;
    }
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`按 ${limit} 次 ${back ? 'Shift+Tab' : 'Tab'} 也没有到达 ${pattern}`);
}

/** The button of a suggestion (a judgement the user confirms; 全部修复 leaves it out); a fix's says 修复. */
const SUGGESTION = '按建议修改';

/** The finding list item whose location link points at `where` and that offers a fix (or a suggestion). */
const fixableFinding = (page, where, action = '修复') =>
  pane(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: `定位到 ${where}`, exact: true }) })
    .filter({ has: page.getByRole('button', { name: action, exact: true }) })
    .first();

/** Opening another workbook over changes not yet downloaded asks first (window.confirm); the user says yes. */
async function discardingChanges(page, open) {
  const asked = new Promise((resolve) =>
    page.once('dialog', async (dialog) => {
      resolve(dialog.message());
      await dialog.accept();
    }),
  );
  await open();
  assert.match(await asked, /有尚未下载的修改/);
}

async function runChecks(page) {
  await pane(page).getByRole('tab', { name: '检查' }).click();
  await pane(page)
    .getByRole('button', { name: /^(开始检查|重新检查)$/ })
    .click();
  const counts = pane(page).getByLabel('检查结果统计');
  await counts.waitFor();
  return {
    summary: (await counts.textContent()) ?? '',
    findings: await pane(page)
      .getByRole('button', { name: /^定位到 / })
      .count(),
  };
}

/** budget-check from the repository (it bundles itself when dist/cli is missing); exit 1 = findings, not a failure. */
function budgetCheck(args, cwd) {
  try {
    return execFileSync(process.execPath, [path.join(ROOT, 'bin/budget-check.cjs'), ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (error) {
    if (error.status === 1) return error.stdout;
    throw error;
  }
}

export const scenarios = [
  [
    '打开页面即载入示例工作簿',
    async ({ page, origin, screenshot, audit }) => {
      await page.goto(`${origin}/preview.html`);
      await grid(page).waitFor();
      assert.equal(await grid(page).getAttribute('data-sheet'), '表1');
      await expectCellText(page, 'A1', '2026年预算收支总表');
      const tabs = await page.getByRole('tablist', { name: '工作表' }).getByRole('tab').count();
      assert.ok(tabs >= 13, `应有至少 13 个工作表标签，实际 ${tabs}`);
      await page.getByRole('button', { name: '下载修改后的工作簿' }).and(page.locator(':enabled')).waitFor();
      await pane(page).getByRole('button', { name: '开始检查' }).waitFor();
      await screenshot('示例工作簿');
      await audit('检查页（未检查）');
    },
  ],
  [
    '检查示例工作簿并列出问题',
    async ({ page, screenshot, audit }) => {
      const { summary, findings } = await runChecks(page);
      const tables = Number(/识别表格\s*(\d+)\s*张/.exec(summary)?.[1] ?? 0);
      // 13 disclosure tables and one 绩效目标表 of eight project blocks: tables, not blocks, are counted.
      assert.equal(tables, 14, `应识别 14 张表（绩效目标表的 8 个项目块算一张），实际：${summary}`);
      assert.ok(findings > 0, `示例工作簿应列出问题，实际：${summary}`);
      await screenshot('示例检查结果');
      await pane(page).getByRole('button', { name: '在工作表中标记' }).click();
      await page.getByRole('tablist', { name: '工作表' }).locator('.fui-CounterBadge').first().waitFor();
      await audit('检查页（结果与工作表标记）');
    },
  ],
  [
    '模板：显示本次按哪个模板检查，用键盘改选后提示结果可能过时',
    async ({ page, screenshot, audit }) => {
      await pane(page).getByTestId('checked-family').getByText('本次检查按自动识别的模板：山西 部门/单位预算公开（13 张表）').waitFor();
      const picker = pane(page).getByRole('combobox', { name: '模板' });
      assert.equal(await picker.inputValue(), '');
      await tabTo(page, /^模板$/, { back: true });
      await page.keyboard.press('ArrowDown');
      assert.equal(await picker.inputValue(), 'shanxi');
      const stale = pane(page).getByRole('tabpanel', { name: '检查' }).getByText('模板选择已改变，结果可能已过时，请重新检查。');
      await stale.waitFor();
      await screenshot('模板改变后提示');
      await audit('检查页（模板已改变）');
      await page.keyboard.press('ArrowUp');
      assert.equal(await picker.inputValue(), '');
      await stale.waitFor({ state: 'detached' });
      assert.equal((await focused(page)).name, '模板');
    },
  ],
  [
    '点击问题定位到单元格',
    async ({ page, screenshot }) => {
      const link = pane(page)
        .getByRole('button', { name: /^定位到 / })
        .first();
      const where = (await link.getAttribute('aria-label')).replace('定位到 ', '');
      const [sheet, a1] = where.split('!');
      await link.click();
      await grid(page)
        .and(page.locator(`[data-sheet="${sheet}"]`))
        .waitFor();
      await grid(page)
        .locator(`td[data-cell="${a1.split(':')[0]}"][data-selected]`)
        .waitFor();
      assert.ok(
        await grid(page)
          .locator(`td[data-cell="${a1.split(':')[0]}"]`)
          .isVisible(),
        `${where} 应滚动到可见处`,
      );
      await page.getByTestId('status').getByText(`选中 ${sheet}!${a1}`).waitFor();
      assert.ok(
        await grid(page)
          .locator(`td[data-cell="${a1.split(':')[0]}"][data-mark]`)
          .count(),
        `${where} 应带问题标记`,
      );
      await screenshot('定位到问题单元格');
    },
  ],
  [
    '点击单元格即选中，方向键移动选中',
    async ({ page }) => {
      await showSheet(page, '表1');
      await gridCell(page, 'D5').click();
      await grid(page).locator('td[data-cell="D5"][data-selected]').waitFor();
      await page.getByTestId('status').getByText('选中 表1!D5：2134.19').waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowRight');
      await grid(page).locator('td[data-cell="E6"][data-selected]').waitFor();
    },
  ],
  [
    '标记的单元格用文字说出问题，长文本可以全文阅读',
    async ({ page, screenshot, audit }) => {
      await showSheet(page, PARAGRAPH_CELL.sheet);
      const cell = gridCell(page, PARAGRAPH_CELL.cell);
      assert.equal(await cell.getAttribute('data-mark'), 'error');
      assert.match(await cell.getAttribute('title'), /\n错误：.*B0702/s, '悬停提示应以文字说出问题和级别');
      assert.equal(await cell.locator('[aria-hidden]').textContent(), '✖', '标记不只靠颜色：错误有自己的符号');
      await cell.click();
      await page
        .getByTestId('status')
        .getByText(/选中 说明!A40：.*… · 错误：/)
        .waitFor();
      // The selection is an outline: a selected marked cell keeps its mark's colour.
      const marked = await cell.evaluate((td) => getComputedStyle(td).backgroundColor);
      await gridCell(page, 'B41').click();
      const plain = await gridCell(page, 'B41').evaluate((td) => getComputedStyle(td).backgroundColor);
      assert.notEqual(marked, plain, '选中的标记单元格仍应显示标记颜色');
      await cell.click();
      const open = page.getByRole('button', { name: '查看全文' });
      await open.click();
      const dialog = page.getByRole('dialog', { name: '说明!A40 全文' });
      await dialog.waitFor();
      assert.match(await dialog.getByRole('region', { name: '单元格内容' }).textContent(), /属于B0702-评估服务/);
      await dialog.getByRole('list', { name: '此单元格的问题' }).waitFor();
      await screenshot('单元格全文');
      await audit('单元格全文对话框');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal((await expectFocusKept(page, '关闭全文')).name, '查看全文');
    },
  ],
  [
    '全部修复不可用时说明原因',
    async ({ page, screenshot }) => {
      await pane(page).getByRole('tab', { name: '检查' }).click();
      const button = pane(page).getByRole('button', { name: /^全部修复/ });
      assert.equal(await button.getAttribute('aria-disabled'), 'true');
      const reason = pane(page).locator(`#${await button.getAttribute('aria-describedby')}`);
      // The example's only changes are the two rewrites of the 说明!A40 paragraph: suggestions, which 全部修复 never applies.
      assert.match(await reason.textContent(), /^全部修复不可用：2 条是需要判断的建议，请逐条确认后修复。/);
      await reason.scrollIntoViewIfNeeded();
      await screenshot('全部修复不可用的原因');
    },
  ],
  [
    '修复预览标出改动的编码，Esc 关闭后焦点回到修复按钮',
    async ({ page, screenshot, audit }) => {
      const fix = fixableFinding(page, '说明!A40', SUGGESTION).getByRole('button', { name: SUGGESTION, exact: true });
      await fix.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      const removed = await dialog.locator('[data-change=removed]').textContent();
      const added = await dialog.locator('[data-change=added]').textContent();
      assert.match(removed, /^B07\d\d$/);
      assert.match(added, /^B07\d\d$/);
      assert.notEqual(removed, added);
      await screenshot('修复预览（标出改动）');
      await audit('修复预览对话框');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal((await expectFocusKept(page, '取消修复')).name, SUGGESTION);
    },
  ],
  [
    '忽略要写理由，忽略的问题仍列出并单独计数',
    async ({ page, screenshot, audit }) => {
      const finding = pane(page).getByRole('listitem').filter({ hasText: '含“购置”' }).first();
      await finding.getByRole('button', { name: /^忽略 / }).click();
      const dialog = page.getByRole('dialog', { name: '忽略这条问题' });
      await dialog.waitFor();
      await audit('忽略对话框');
      await page.keyboard.type('已核实：购置费另行列支');
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await finding.getByText('忽略理由：已核实：购置费另行列支').waitFor();
      await pane(page).getByLabel('检查结果统计').getByText('警告 1（已忽略 1）').waitFor();
      await screenshot('忽略后仍列出');
      await pane(page).getByRole('tab', { name: '报告' }).click();
      const text = await pane(page).getByRole('region', { name: '文本报告内容' }).textContent();
      assert.match(text, /\[警告，已忽略\] 说明!A40 /);
      assert.match(text, /忽略理由：已核实：购置费另行列支/);
      assert.match(text, /合计：错误 2，警告 1（其中已忽略 1），提示 \d+/);
      assert.doesNotMatch(text, /〔[a-z-]+\/[a-z-]+〕/, '文本报告应写规则名称而不是规则编号');
      assert.ok(text.indexOf('【说明】') < text.indexOf('【表2'), '有错误的表应排在只有提示的表之前');
      await screenshot('报告页');
      await audit('报告页');
    },
  ],
  [
    '查码：写入有内容的单元格前先确认，高亮结果随方向键滚动',
    async ({ page, screenshot, audit }) => {
      await gridCell(page, PARAGRAPH_CELL.cell).click();
      await pane(page).getByRole('tab', { name: '查码' }).click();
      await audit('查码页');
      const box = pane(page).getByRole('combobox', { name: '查码' });
      await box.fill('评审');
      await pane(page).getByRole('option').filter({ hasText: 'B0701' }).first().waitFor();
      await box.press('Enter');
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      assert.match(await dialog.locator('[data-change=removed]').textContent(), /属于B0702-评估服务|政府购买服务/);
      assert.equal(await dialog.locator('[data-change=added]').textContent(), 'B0701');
      await screenshot('查码覆盖前确认');
      await audit('查码覆盖确认对话框');
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.match(await shownText(gridCell(page, PARAGRAPH_CELL.cell)), /属于B0702-评估服务/, '取消后单元格不变');
      assert.equal((await expectFocusKept(page, '取消查码写入')).role, 'combobox');

      await box.fill('服务');
      for (let i = 0; i < 14; i++) await box.press('ArrowDown');
      const active = await box.getAttribute('aria-activedescendant');
      assert.equal(active, 'lookup-option-14');
      const option = page.locator(`#${active}`);
      assert.equal(await option.getAttribute('aria-selected'), 'true');
      const box14 = await option.boundingBox();
      const viewport = page.viewportSize();
      assert.ok(box14 && box14.y >= 0 && box14.y + box14.height <= viewport.height, `第 15 个结果应在可见区域内，实际 y=${box14?.y}`);
      await screenshot('查码方向键滚动');
    },
  ],
  [
    '目录：导入结果出现在眼前，部分目录不称完整，删除前确认',
    async ({ page, screenshot, audit }) => {
      await pane(page).getByRole('tab', { name: '目录' }).click();
      await audit('目录页');
      await pane(page).getByRole('textbox', { name: '目录名称' }).fill('本市服务目录');
      await pane(page)
        .getByRole('textbox', { name: /粘贴表格内容/ })
        .fill('编码\t名称\nY01\t测试一\nY0101\t测试二\nX0101\t测试三');
      await pane(page).getByRole('button', { name: '导入粘贴的内容' }).click();
      const outcome = pane(page).getByRole('region', { name: '导入结果' });
      await outcome.getByText(/层级不完整/).waitFor();
      assert.ok(await outcome.evaluate((element) => element === document.activeElement), '导入结果应获得焦点');
      const box = await outcome.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + Math.min(box.height, 40) <= page.viewportSize().height, `导入结果应在可见区域内，实际 y=${box?.y}`);
      const item = pane(page).getByRole('list', { name: '目录列表' }).getByRole('listitem').filter({ hasText: '本市服务目录' });
      await item.getByText('部分', { exact: true }).waitFor();
      await screenshot('目录导入结果');
      await audit('目录页（导入结果）');
      await item.getByRole('button', { name: '删除导入的目录“本市服务目录”' }).click();
      const confirm = page.getByRole('alertdialog');
      await confirm.waitFor();
      await audit('删除目录确认对话框');
      await confirm.getByRole('button', { name: '删除' }).click();
      await item.waitFor({ state: 'detached' });
    },
  ],
  [
    '填报页可访问',
    async ({ page, audit }) => {
      await pane(page).getByRole('tab', { name: '填报' }).click();
      await pane(page)
        .getByText(/已读取 \d+ 张表/)
        .waitFor();
      await audit('填报页');
    },
  ],
  [
    '打开无法读取的文件时显示中文错误且保留当前工作簿',
    async ({ page, screenshot }) => {
      await showSheet(page, '表1');
      // The ignore with its reason is a change of the workbook's settings, not yet downloaded.
      await discardingChanges(page, () => openFile(page, '损坏的工作簿.xlsx', Buffer.from('这不是一个 xlsx 文件')));
      const alert = page.getByRole('alert');
      await alert.getByText('无法打开“损坏的工作簿.xlsx”').waitFor();
      assert.match(await alert.textContent(), /不是有效的 \.xlsx 工作簿/);
      await screenshot('无法读取的文件');
      await expectCellText(page, 'A1', '2026年预算收支总表');
    },
  ],
  [
    '拖入另一单位的工作簿并检查',
    async ({ page }) => {
      await discardingChanges(page, () => dropFile(page, path.basename(OTHER_EXAMPLE), readFileSync(OTHER_EXAMPLE)));
      await page.getByRole('alert').waitFor({ state: 'detached' });
      await page.getByText(path.basename(OTHER_EXAMPLE), { exact: true }).waitFor();
      await grid(page)
        .locator('td', { hasText: /^2024年/ })
        .first()
        .waitFor();
      const { summary } = await runChecks(page);
      assert.match(summary, /识别表格 ([1-9]\d*) 张/);
    },
  ],
  [
    '修复植入的错误后表格更新',
    async ({ page, screenshot }) => {
      await openFile(page, PLANTED_NAME, await plantedWorkbook());
      await page.getByText(PLANTED_NAME, { exact: true }).waitFor();
      await runChecks(page);
      const where = `${PLANTED.sheet}!${PLANTED.cell}`;
      const finding = fixableFinding(page, where);
      await finding.getByRole('button', { name: `定位到 ${where}` }).click();
      await gridCell(page, PLANTED.cell).and(page.locator('[data-selected]')).waitFor();
      await expectCellText(page, PLANTED.cell, String(PLANTED.wrong));
      await finding.getByRole('button', { name: '修复', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await screenshot('修复预览');
      await dialog.getByRole('button', { name: /^应用修改/ }).click();
      await dialog.waitFor({ state: 'detached' });
      await expectCellText(page, PLANTED.cell, PLANTED.correct);
      await pane(page).getByText(`已修改：修复：${where}`).waitFor();
      await pane(page).evaluate((element) => element.scrollTo(0, 0));
      await screenshot('修复后');
    },
  ],
  [
    '撤销修复恢复原值',
    async ({ page }) => {
      await pane(page).getByRole('button', { name: /^撤销/ }).first().click();
      await expectCellText(page, PLANTED.cell, String(PLANTED.wrong));
    },
  ],
  [
    '查码“评审”并把 B0701 插入选中的单元格',
    async ({ page, screenshot }) => {
      await showSheet(page, INSERT_TARGET.sheet);
      await gridCell(page, INSERT_TARGET.cell).click();
      await page.getByTestId('status').getByText(`选中 ${INSERT_TARGET.sheet}!${INSERT_TARGET.cell}`).waitFor();
      await pane(page).getByRole('tab', { name: '查码' }).click();
      await pane(page).getByRole('combobox', { name: '查码' }).fill('评审');
      const option = pane(page).getByRole('option').filter({ hasText: 'B0701' }).first();
      await option.waitFor();
      await screenshot('查码结果');
      await option.click();
      await expectCellText(page, INSERT_TARGET.cell, 'B0701');
      await screenshot('插入编码后');
    },
  ],
  [
    '下载修改后的工作簿并重新读取',
    async ({ page, readXlsx, readFile }) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载修改后的工作簿' }).click()]);
      assert.equal(download.suggestedFilename(), PLANTED_NAME.replace('.xlsx', '（已修改）.xlsx'));
      const saved = await readXlsx(await readFile(await download.path()));
      const at = (sheet, row, col) => saved.sheets.find((s) => s.name === sheet)?.rows[row]?.[col]?.v;
      assert.equal(at(INSERT_TARGET.sheet, 39, 1), 'B0701', '插入的编码应保存在下载的文件中');
      assert.equal(at(PLANTED.sheet, 4, 2), PLANTED.wrong, '撤销后的原值应保存在下载的文件中');
      assert.equal(at('表1', 0, 0), '2026年预算收支总表');
    },
  ],
  [
    '打开公开的 PDF，检查（问题注明页码）并另存为 Excel 工作簿',
    async ({ page, readXlsx, readFile, screenshot, audit }) => {
      await openFile(page, path.basename(PDF), readFileSync(PDF), 'application/pdf');
      await page.getByText(path.basename(PDF), { exact: true }).waitFor();
      await showSheet(page, PDF_SUMMARY_TITLE);
      await expectCellText(page, 'A1', PDF_SUMMARY_TITLE);
      const { summary, findings } = await runChecks(page);
      assert.match(summary, /识别表格 ([1-9]\d*) 张/);
      assert.ok(findings > 0, `应列出问题，实际：${summary}`);
      await pane(page)
        .getByText(/^（第\d+页）$/)
        .first()
        .waitFor();
      await audit('检查页（PDF，问题注明页码）');
      await screenshot('PDF 检查结果');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '另存为 Excel 工作簿' }).click()]);
      assert.equal(download.suggestedFilename(), path.basename(PDF).replace(/\.pdf$/, '.xlsx'));
      const saved = await readXlsx(await readFile(await download.path()));
      const sheet = saved.sheets.find((s) => s.name === PDF_SUMMARY_TITLE);
      assert.ok(sheet, `另存的工作簿应有工作表“${PDF_SUMMARY_TITLE}”，实际：${saved.sheets.map((s) => s.name).join('、')}`);
      assert.equal(sheet.rows[0]?.[0]?.v, PDF_SUMMARY_TITLE);
      const fiscal = sheet.rows.find((row) => row?.[0]?.v === '一、财政拨款收入');
      assert.equal(fiscal?.[1]?.v, 9501164, '金额应保存为数值');
      assert.ok(
        saved.sheets.some((s) => s.name === '说明'),
        '情况说明应在“说明”工作表中',
      );
    },
  ],
  [
    '大工作表分页绘制',
    async ({ page }) => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('明细');
      for (let row = 1; row <= BIG_ROWS; row++) sheet.addRow([`项目${row}`, row, row * 1.5, row * 2, '备注']);
      const started = Date.now();
      await openFile(page, '大工作簿.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
      await page.getByText('大工作簿.xlsx', { exact: true }).waitFor();
      await gridCell(page, 'A1').waitFor();
      const drawn = await grid(page).locator('tbody tr').count();
      assert.ok(drawn <= 250, `应分页绘制，实际绘制了 ${drawn} 行`);
      await page.getByText(`已显示 ${drawn} / ${BIG_ROWS + 2} 行`).waitFor();
      await page.getByRole('button', { name: '显示更多' }).click();
      await gridCell(page, `A${drawn + 1}`).waitFor();
      const elapsed = Date.now() - started;
      assert.ok(elapsed < 15_000, `打开并绘制 ${BIG_ROWS} 行用了 ${elapsed} ms`);
    },
  ],
  [
    '只用键盘完成五个页签的操作并撤销，焦点始终可见',
    async ({ page, origin, screenshot }) => {
      await page.goto(`${origin}/preview.html`);
      await grid(page).waitFor();
      await pane(page).getByRole('button', { name: '开始检查' }).and(page.locator('[aria-disabled=false], :not([aria-disabled])')).waitFor();
      await page.getByText(/正在载入目录/).waitFor({ state: 'detached' });

      // 检查: run, fix, undo, ignore and take it back.
      await tabTo(page, /^开始检查$/);
      await page.keyboard.press('Enter');
      await pane(page).getByLabel('检查结果统计').waitFor();
      assert.equal((await expectFocusKept(page, '开始检查')).name, '重新检查');
      await screenshot('键盘-检查完成');
      await tabTo(page, new RegExp(`^${SUGGESTION}$`));
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await tabTo(page, /^应用修改/);
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await pane(page)
        .getByText(new RegExp(`^已修改：${SUGGESTION}：说明!A40`))
        .waitFor();
      await page.waitForFunction(() => document.activeElement?.closest('[data-finding]'));
      await expectFocusKept(page, '应用修改');
      await screenshot('键盘-修复后');
      await tabTo(page, /^撤销：/, { back: true });
      await page.keyboard.press('Enter');
      await pane(page)
        .getByText(/^已修改：/)
        .waitFor({ state: 'detached' });
      assert.equal((await expectFocusKept(page, '撤销')).role, 'tab');
      await screenshot('键盘-撤销后');
      await tabTo(page, /^忽略 /);
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.type('键盘操作：已核实');
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await expectFocusKept(page, '忽略');
      await screenshot('键盘-忽略后');
      await tabTo(page, /^取消忽略 /, { back: true });
      await page.keyboard.press('Enter');
      await pane(page)
        .getByText(/^忽略理由/)
        .waitFor({ state: 'detached' });
      await expectFocusKept(page, '取消忽略');

      // The grid: choose 表1 in the sheet tabs, then move to an empty cell with the arrows.
      await tabTo(page, /^(表\d+|说明|绩效目标)/, { back: true, role: 'tab' });
      await arrowTo(page, 'ArrowLeft', /^表1(?!\d)/);
      await page.keyboard.press('Enter');
      await tabTo(page, /^工作表 表1/, { role: 'grid' });
      for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.getByTestId('status').getByText('选中 表1!G3：').waitFor();
      await screenshot('键盘-选中单元格');

      // 查码: insert into the empty cell, then undo.
      await tabTo(page, /^检查$/, { role: 'tab' });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await tabTo(page, /^查码$/, { role: 'combobox' });
      await page.keyboard.type('评审');
      await pane(page).getByRole('option').first().waitFor();
      await page.keyboard.press('Enter');
      await pane(page)
        .getByText(/^已修改：插入编码 .*表1!G3/)
        .waitFor();
      await expectFocusKept(page, '查码插入');
      await screenshot('键盘-查码插入');
      await tabTo(page, /^撤销：/, { back: true });
      await page.keyboard.press('Enter');
      await expectCellText(page, 'G3', '');
      await expectFocusKept(page, '撤销查码');

      // 填报: preview a fill command; apply and undo when it has cells to fill.
      await tabTo(page, /^查码$/, { role: 'tab', back: true });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await pane(page)
        .getByText(/已读取 \d+ 张表/)
        .waitFor();
      await tabTo(page, /^写数值$/);
      await page.keyboard.press('ArrowRight');
      await tabTo(page, /^预览：写入小计与合计$/);
      await page.keyboard.press('Enter');
      const fillDialog = page.getByRole('dialog');
      if (
        await fillDialog.waitFor({ timeout: 5_000 }).then(
          () => true,
          () => false,
        )
      ) {
        await tabTo(page, /^应用修改/);
        await page.keyboard.press('Enter');
        await fillDialog.waitFor({ state: 'detached' });
        await pane(page)
          .getByText(/^已修改：填报/)
          .waitFor();
        await screenshot('键盘-填报后');
        await tabTo(page, /^撤销：/, { back: true });
        await page.keyboard.press('Enter');
        await pane(page)
          .getByText(/^已修改：/)
          .waitFor({ state: 'detached' });
      }
      await expectFocusKept(page, '填报');

      // 目录: choose a catalog and take it back, import a pasted list, delete it.
      await tabTo(page, /^填报$/, { role: 'tab', back: true });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await tabTo(page, /^山西省政府购买服务指导性目录（B类）/);
      await page.keyboard.press('Space');
      await pane(page).getByText('检查和查码只使用勾选的政府购买服务目录。').waitFor();
      await page.keyboard.press('Space');
      await tabTo(page, /^目录名称$/);
      await page.keyboard.type('键盘导入的目录');
      await tabTo(page, /粘贴表格内容/);
      await page.keyboard.type('编码,名称\nY,测试类\nY01,测试一\nY0101,测试二');
      await tabTo(page, /^导入粘贴的内容$/);
      await page.keyboard.press('Enter');
      await pane(page)
        .getByRole('region', { name: '导入结果' })
        .getByText(/层级完整/)
        .waitFor();
      await expectFocusKept(page, '导入');
      await screenshot('键盘-目录导入');
      await tabTo(page, /^删除导入的目录“键盘导入的目录”$/, { back: true });
      await page.keyboard.press('Enter');
      await page.getByRole('alertdialog').waitFor();
      await tabTo(page, /^删除$/);
      await page.keyboard.press('Enter');
      await page.getByRole('alertdialog').waitFor({ state: 'detached' });
      await expectFocusKept(page, '删除目录');

      // 报告: read it on screen, download it.
      await tabTo(page, /^目录$/, { role: 'tab', back: true });
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await tabTo(page, /^下载文本报告$/);
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      assert.match(download.suggestedFilename(), /审核报告\.txt$/);
      await tabTo(page, /^文本报告内容$/);
      await screenshot('键盘-报告');
    },
  ],
  [
    '页面只请求本站资源',
    async ({ requests, origin, pageErrors }) => {
      assert.ok(requests.length > 0, '没有记录到任何请求');
      const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
      assert.deepEqual(foreign, [], `页面请求了站外地址：${foreign.join(', ')}`);
      assert.deepEqual(pageErrors, [], `页面脚本出错：${pageErrors.join('; ')}`);
    },
  ],
  [
    '不能运行加载项的浏览器（IE11、旧版 Edge）中，任务窗格显示中文说明和审核页面链接而非空白',
    async ({ page, origin }) => {
      const legacy = await page.context().newPage();
      try {
        // Such a browser has no module scripts: only the ES5 check runs.
        await legacy.addInitScript(() => {
          delete HTMLScriptElement.prototype.noModule;
        });
        await legacy.route(/\.js(\?|$)/, (route) => (/\/pane-check\.js/.test(route.request().url()) ? route.continue() : route.abort()));
        await legacy.goto(`${origin}/taskpane.html`);
        const alert = legacy.getByRole('alert');
        await alert.getByRole('heading', { name: '预算公开助手无法在此版本的 Excel 中运行' }).waitFor();
        assert.equal(await alert.getByRole('link').getAttribute('href'), `${origin}/preview.html`);
        await legacy.screenshot({ path: path.join(ROOT, 'test-results/screenshots/不支持的浏览器-任务窗格.png') });
      } finally {
        await legacy.close();
      }
    },
  ],
  [
    '命令行的 HTML 审核报告：自包含、不发任何请求，数字与 JSON 报告一致',
    async ({ page, screenshot, audit }) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'budget-html-'));
      const report = await page.context().newPage();
      try {
        await writeFile(path.join(dir, PLANTED_NAME), await plantedWorkbook());
        const inputs = [PLANTED_NAME, EXAMPLE, OTHER_EXAMPLE];
        const json = JSON.parse(budgetCheck(['--format', 'json', ...inputs], dir));
        budgetCheck(['--format', 'html', '-o', 'report.html', ...inputs], dir);
        const url = pathToFileURL(path.join(dir, 'report.html')).href;
        const requests = [];
        report.on('request', (request) => requests.push(request.url()));
        await report.setViewportSize({ width: 1280, height: 900 });
        await report.goto(url);
        await report.getByRole('heading', { name: '预算公开审核报告' }).waitFor();
        const shown = await report.evaluate(() =>
          [...document.querySelectorAll('table.summary tbody tr')].map((row) => ({
            file: row.getAttribute('data-file'),
            counts: [...row.querySelectorAll('td[data-severity]')].map((cell) => Number(cell.getAttribute('data-count'))),
            listed: document.querySelector(`article[data-file="${CSS.escape(row.getAttribute('data-file'))}"]`).querySelectorAll('li.finding').length,
            bars: [...document.querySelectorAll('#chart-units g.bar')].find((bar) => bar.getAttribute('data-label') === row.getAttribute('data-file')).querySelectorAll('rect[data-count]').length,
          })),
        );
        assert.deepEqual(
          shown.map((row) => ({ file: row.file, counts: row.counts, listed: row.listed, bars: row.bars })),
          json.map((entry) => ({ file: entry.file, counts: [entry.summary.error, entry.summary.warning, entry.summary.info], listed: entry.diagnostics.length, bars: 3 })),
        );
        const planted = report.locator(`article[data-file="${PLANTED_NAME}"] li`).filter({ has: report.locator('code.cell', { hasText: `${PLANTED.sheet}!${PLANTED.cell}` }) });
        assert.ok((await planted.count()) > 0, `报告中应有 ${PLANTED.sheet}!${PLANTED.cell} 的问题`);
        const box = await report.locator('#chart-units-svg').boundingBox();
        assert.ok(box && box.width > 300 && box.height > 50, `按单位条形图应当绘制出来：${JSON.stringify(box)}`);
        await audit('命令行 HTML 审核报告', report);
        await screenshot('HTML审核报告', report);
        await screenshot('HTML审核报告-整页', report, true);
        assert.deepEqual(requests, [url], `报告页面不应请求任何其他资源：${requests.join(', ')}`);
      } finally {
        await report.close();
        await rm(dir, { recursive: true, force: true });
      }
    },
  ],
];
