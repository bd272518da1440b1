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
  await page.getByRole('tablist', { name: '工作表' }).getByRole('tab', { name: sheet, exact: true }).click();
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

/** The finding list item whose location link points at `where` and that offers a fix. */
const fixableFinding = (page, where) =>
  pane(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: `定位到 ${where}`, exact: true }) })
    .filter({ has: page.getByRole('button', { name: '修复', exact: true }) })
    .first();

async function runChecks(page) {
  await pane(page).getByRole('tab', { name: '检查' }).click();
  await pane(page).getByRole('button', { name: /^(开始检查|重新检查)$/ }).click();
  const counts = pane(page).getByLabel('检查结果统计');
  await counts.waitFor();
  return {
    summary: (await counts.textContent()) ?? '',
    findings: await pane(page).getByRole('button', { name: /^定位到 / }).count(),
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
    async ({ page, origin, screenshot }) => {
      await page.goto(`${origin}/preview.html`);
      await grid(page).waitFor();
      assert.equal(await grid(page).getAttribute('data-sheet'), '表1');
      await expectCellText(page, 'A1', '2026年预算收支总表');
      const tabs = await page.getByRole('tablist', { name: '工作表' }).getByRole('tab').count();
      assert.ok(tabs >= 13, `应有至少 13 个工作表标签，实际 ${tabs}`);
      await page.getByRole('button', { name: '下载修改后的工作簿' }).and(page.locator(':enabled')).waitFor();
      await pane(page).getByRole('button', { name: '开始检查' }).waitFor();
      await screenshot('示例工作簿');
    },
  ],
  [
    '检查示例工作簿并列出问题',
    async ({ page, screenshot }) => {
      const { summary, findings } = await runChecks(page);
      const tables = Number(/识别表格\s*(\d+)\s*张/.exec(summary)?.[1] ?? 0);
      assert.ok(tables >= 13, `应识别至少 13 张表，实际：${summary}`);
      assert.ok(findings > 0, `示例工作簿应列出问题，实际：${summary}`);
      await screenshot('示例检查结果');
      await pane(page).getByRole('button', { name: '在工作表中标记' }).click();
      await page.getByRole('tablist', { name: '工作表' }).locator('.fui-CounterBadge').first().waitFor();
    },
  ],
  [
    '点击问题定位到单元格',
    async ({ page, screenshot }) => {
      const link = pane(page).getByRole('button', { name: /^定位到 / }).first();
      const where = (await link.getAttribute('aria-label')).replace('定位到 ', '');
      const [sheet, a1] = where.split('!');
      await link.click();
      await grid(page).and(page.locator(`[data-sheet="${sheet}"]`)).waitFor();
      await grid(page).locator(`td[data-cell="${a1.split(':')[0]}"][data-selected]`).waitFor();
      assert.ok(await grid(page).locator(`td[data-cell="${a1.split(':')[0]}"]`).isVisible(), `${where} 应滚动到可见处`);
      await page.getByTestId('status').getByText(`选中 ${sheet}!${a1}`).waitFor();
      assert.ok(await grid(page).locator(`td[data-cell="${a1.split(':')[0]}"][data-mark]`).count(), `${where} 应带问题标记`);
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
    '拖入另一单位的工作簿并检查',
    async ({ page }) => {
      await dropFile(page, path.basename(OTHER_EXAMPLE), readFileSync(OTHER_EXAMPLE));
      await page.getByRole('alert').waitFor({ state: 'detached' });
      await page.getByText(path.basename(OTHER_EXAMPLE), { exact: true }).waitFor();
      await grid(page).locator('td', { hasText: /^2024年/ }).first().waitFor();
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
      await pane(page).getByRole('textbox', { name: '查码' }).fill('评审');
      const option = pane(page).getByRole('option').filter({ hasText: 'B0701' }).first();
      await option.waitFor();
      await screenshot('查码结果');
      await option.getByRole('button').click();
      await expectCellText(page, INSERT_TARGET.cell, 'B0701');
      await screenshot('插入编码后');
    },
  ],
  [
    '下载修改后的工作簿并重新读取',
    async ({ page, readXlsx, readFile }) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: '下载修改后的工作簿' }).click(),
      ]);
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
    async ({ page, readXlsx, readFile, screenshot }) => {
      await openFile(page, path.basename(PDF), readFileSync(PDF), 'application/pdf');
      await page.getByText(path.basename(PDF), { exact: true }).waitFor();
      await showSheet(page, PDF_SUMMARY_TITLE);
      await expectCellText(page, 'A1', PDF_SUMMARY_TITLE);
      const { summary, findings } = await runChecks(page);
      assert.match(summary, /识别表格 ([1-9]\d*) 张/);
      assert.ok(findings > 0, `应列出问题，实际：${summary}`);
      await pane(page).getByText(/^（第\d+页）$/).first().waitFor();
      await screenshot('PDF 检查结果');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '另存为 Excel 工作簿' }).click()]);
      assert.equal(download.suggestedFilename(), path.basename(PDF).replace(/\.pdf$/, '.xlsx'));
      const saved = await readXlsx(await readFile(await download.path()));
      const sheet = saved.sheets.find((s) => s.name === PDF_SUMMARY_TITLE);
      assert.ok(sheet, `另存的工作簿应有工作表“${PDF_SUMMARY_TITLE}”，实际：${saved.sheets.map((s) => s.name).join('、')}`);
      assert.equal(sheet.rows[0]?.[0]?.v, PDF_SUMMARY_TITLE);
      const fiscal = sheet.rows.find((row) => row?.[0]?.v === '一、财政拨款收入');
      assert.equal(fiscal?.[1]?.v, 9501164, '金额应保存为数值');
      assert.ok(saved.sheets.some((s) => s.name === '说明'), '情况说明应在“说明”工作表中');
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
      await grid(page).getByText(`已显示 ${drawn} / ${BIG_ROWS + 2} 行`).waitFor();
      await grid(page).getByRole('button', { name: '显示更多' }).click();
      await gridCell(page, `A${drawn + 1}`).waitFor();
      const elapsed = Date.now() - started;
      assert.ok(elapsed < 15_000, `打开并绘制 ${BIG_ROWS} 行用了 ${elapsed} ms`);
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
    async ({ page, screenshot }) => {
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
