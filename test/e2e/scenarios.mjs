/**
 * The reviewer's path through the preview, in order: each scenario builds on the page state the
 * previous one left. Selectors use roles and visible Chinese names, plus the grid's data-cell marks.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE = path.join(ROOT, 'examples/泽州县财政局-2026-部门预算公开.xlsx');
const OTHER_EXAMPLE = path.join(ROOT, 'examples/永和县行政审批服务管理局-2024-单位预算公开.xlsx');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A planted error: the 支出总表 合计 row no longer equals 基本支出 + 项目支出 (test/fixtures/fixtures.json). */
const PLANTED = { sheet: '表3', cell: 'C5', correct: '2541.25', wrong: 2542.25 };
const PLANTED_NAME = '泽州县财政局-2026-部门预算公开-核对练习.xlsx';
/** An empty cell of the 政府购买服务 narrative sheet where the looked-up code is inserted. */
const INSERT_TARGET = { sheet: '说明', cell: 'B40' };

const grid = (page) => page.locator('[role=grid][data-sheet]');
const gridCell = (page, a1) => grid(page).locator(`td[data-cell="${a1}"]`);
const pane = (page) => page.getByRole('complementary', { name: '任务窗格' });

async function plantedWorkbook() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(EXAMPLE));
  workbook.getWorksheet(PLANTED.sheet).getCell(PLANTED.cell).value = PLANTED.wrong;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function openFile(page, name, buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: XLSX_TYPE, buffer });
}

async function showSheet(page, sheet) {
  await page.getByRole('tab', { name: new RegExp(`^${sheet}`) }).click();
  await grid(page).and(page.locator(`[data-sheet="${sheet}"]`)).waitFor();
}

async function expectCellText(page, a1, text) {
  const cell = gridCell(page, a1);
  await cell.waitFor();
  await page.waitForFunction(
    ([selector, expected]) => document.querySelector(selector)?.textContent === expected,
    [`[role=grid] td[data-cell="${a1}"]`, text],
    { timeout: 10_000 },
  ).catch(async () => assert.equal(await cell.textContent(), text, `${a1} 的显示值`));
}

export const scenarios = [
  [
    '打开页面即载入示例工作簿',
    async ({ page, origin, screenshot }) => {
      await page.goto(`${origin}/preview.html`);
      await grid(page).waitFor();
      assert.equal(await grid(page).getAttribute('data-sheet'), '表1');
      await expectCellText(page, 'A1', '2026年预算收支总表');
      const tabs = await page.getByRole('tab').allTextContents();
      assert.ok(tabs.length >= 13, `应有至少 13 个工作表标签，实际 ${tabs.length}`);
      await page.getByRole('button', { name: '下载修改后的工作簿' }).and(page.locator(':enabled')).waitFor();
      await screenshot('示例工作簿');
    },
  ],
  [
    '点击单元格即选中（状态栏与标记）',
    async ({ page }) => {
      await gridCell(page, 'D5').click();
      await grid(page).locator('td[data-cell="D5"][data-selected]').waitFor();
      await page.getByTestId('status').getByText('选中 表1!D5：2134.19').waitFor();
    },
  ],
  [
    '打开无法读取的文件时显示中文错误且保留当前工作簿',
    async ({ page, screenshot }) => {
      await openFile(page, '损坏的工作簿.xlsx', Buffer.from('这不是一个 xlsx 文件'));
      const alert = page.getByRole('alert');
      await alert.getByText('无法打开“损坏的工作簿.xlsx”').waitFor();
      assert.match(await alert.textContent(), /不是有效的 \.xlsx 工作簿/);
      await screenshot('无法读取的文件');
      await expectCellText(page, 'A1', '2026年预算收支总表');
    },
  ],
  [
    '打开另一单位的工作簿',
    async ({ page }) => {
      await openFile(page, path.basename(OTHER_EXAMPLE), readFileSync(OTHER_EXAMPLE));
      await page.getByRole('alert').waitFor({ state: 'detached' });
      await page.getByText(path.basename(OTHER_EXAMPLE), { exact: true }).waitFor();
      await grid(page).locator('td', { hasText: /^2024年/ }).first().waitFor();
    },
  ],
  [
    '下载的工作簿可以重新读取',
    async ({ page, readXlsx, readFile }) => {
      await openFile(page, PLANTED_NAME, await plantedWorkbook());
      await page.getByText(PLANTED_NAME, { exact: true }).waitFor();
      await showSheet(page, PLANTED.sheet);
      await expectCellText(page, PLANTED.cell, String(PLANTED.wrong));
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载修改后的工作簿' }).click(),
      ]);
      assert.equal(download.suggestedFilename(), PLANTED_NAME.replace('.xlsx', '（已修改）.xlsx'));
      const saved = await readXlsx(await readFile(await download.path()));
      const sheet = saved.sheets.find((s) => s.name === PLANTED.sheet);
      assert.equal(sheet.rows[4][2].v, PLANTED.wrong);
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
];
