#!/usr/bin/env node
/**
 * End-to-end tests of the browser preview in Debian's Chromium (playwright-core, no test runner):
 * serves dist/ on 127.0.0.1, drives the page through the reviewer's path, writes screenshots to
 * test-results/screenshots/ and counts to test-results/e2e.json. axe-core audits every tab and dialog
 * (`audit(state)`): the violations of each state are printed and written to test-results/axe.json,
 * and a critical or serious one fails the scenario. Exit status 1 when any scenario fails.
 * E2E_DIST=<folder> serves another build; CHROMIUM_PATH=<file> drives another Chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { require as tsxRequire } from 'tsx/cjs/api';
import { serveStatic } from './static-server.mjs';
import { scenarios } from './scenarios.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.E2E_DIST ?? path.join(ROOT, 'dist');
const RESULTS = path.join(ROOT, 'test-results');
const AXE_SCRIPT = path.join(ROOT, 'node_modules/axe-core/axe.min.js');
/** Impacts that fail a state; moderate and minor ones are reported only. */
const BLOCKING_IMPACTS = ['critical', 'serious'];
const SCREENSHOTS = path.join(RESULTS, 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** The browser run must stay well under five minutes; a hung browser must not hang CI. */
const RUN_LIMIT_MS = 4 * 60_000;

function ensureBuild() {
  if (existsSync(path.join(DIST, 'preview.html'))) return;
  console.log('dist/preview.html 不存在，先构建：npx webpack --mode production');
  const build = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0 || !existsSync(path.join(DIST, 'preview.html'))) {
    throw new Error('构建失败：没有生成 dist/preview.html');
  }
}

/** Screenshots are for people: without a CJK font every Chinese character renders as a box. */
function warnWithoutChineseFont() {
  const fonts = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  if (fonts.status === 0 && !fonts.stdout.trim()) {
    console.log('提示：系统没有中文字体，截图中的汉字会显示为方框（apt-get install -y fonts-wqy-microhei）。测试结果不受影响。');
  }
}

let axeScript;
async function axeSource() {
  axeScript ??= await readFile(AXE_SCRIPT, 'utf8');
  return axeScript;
}

async function writeResults(passed, failed) {
  await mkdir(RESULTS, { recursive: true });
  await writeFile(path.join(RESULTS, 'e2e.json'), `${JSON.stringify({ numPassed: passed, numFailed: failed }, null, 2)}\n`);
}

async function main() {
  const started = Date.now();
  if (!existsSync(CHROMIUM)) throw new Error(`找不到 Chromium：${CHROMIUM}（apt-get install -y chromium）`);
  ensureBuild();
  warnWithoutChineseFont();
  // The limit covers the browser run, not a first build on a slow machine.
  const watchdog = setTimeout(async () => {
    console.error(`端到端测试超时（超过 ${RUN_LIMIT_MS / 1000} 秒），中止。`);
    await writeResults(0, 1);
    process.exit(1);
  }, RUN_LIMIT_MS);
  await rm(SCREENSHOTS, { recursive: true, force: true });
  await mkdir(SCREENSHOTS, { recursive: true });

  const server = await serveStatic(DIST);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'budget-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  let shot = 0;
  const audits = [];
  const env = {
    page,
    origin: server.origin,
    requests,
    pageErrors,
    // The product's own reader, through tsx's CommonJS loader (its ESM loader trips on the lazy ExcelJS import).
    readXlsx: (bytes) => tsxRequire('../../src/host/file/xlsx-reader.ts', import.meta.url).readXlsx(bytes),
    readFile,
    /**
     * Runs axe-core on the preview page (or on `target`, e.g. the CLI's HTML report) as it is; throws
     * when a critical or serious violation is found. axe is evaluated, not added as a <script>, so a
     * page whose CSP forbids scripts (the HTML report) is audited too.
     */
    audit: async (state, target = page) => {
      if (!(await target.evaluate(() => Boolean(window.axe)))) await target.evaluate(await axeSource());
      // Colours are judged once dialogs have faded in.
      await target.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
      const violations = await target.evaluate(async () => {
        // Fluent's focus-trap bumpers (tabster's aria-hidden, focusable <i data-tabster-dummy>) are a
        // documented false positive of aria-hidden-focus: they pass focus on and are never read.
        const result = await window.axe.run({ include: [document], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0]?.target?.join(' ') ?? '' }));
      });
      const count = (impact) => violations.filter((v) => v.impact === impact).reduce((sum, v) => sum + v.nodes, 0);
      const entry = { state, critical: count('critical'), serious: count('serious'), moderate: count('moderate'), minor: count('minor'), violations };
      audits.push(entry);
      console.log(`      axe「${state}」：严重 ${entry.critical}，重要 ${entry.serious}，中等 ${entry.moderate}，轻微 ${entry.minor}`);
      const blocking = violations.filter((v) => BLOCKING_IMPACTS.includes(v.impact));
      if (blocking.length) {
        throw new Error(`axe「${state}」：${blocking.map((v) => `${v.id}（${v.impact}，${v.nodes} 处，如 ${v.target}）`).join('；')}`);
      }
    },
    /** Screenshot of the preview page, or of `target` (another page, e.g. a report); `fullPage` for the whole page. */
    screenshot: async (name, target = page, fullPage = false) => {
      shot += 1;
      const file = path.join(SCREENSHOTS, `${String(shot).padStart(2, '0')}-${name}.png`);
      await target.screenshot({ path: file, fullPage });
      return file;
    },
  };

  let passed = 0;
  let failed = 0;
  try {
    for (const [name, run] of scenarios) {
      const begin = Date.now();
      try {
        await run(env);
        passed += 1;
        console.log(`  ✓ ${name} (${Date.now() - begin} ms)`);
      } catch (error) {
        failed += 1;
        const lines = String(error?.message ?? error)
          .split('\n')
          .slice(0, 8);
        console.log(`  ✗ ${name} (${Date.now() - begin} ms)\n      ${lines.join('\n      ')}`);
        await env.screenshot(`失败-${name}`).catch(() => undefined);
        // A dialog left open by a failed scenario must not take the following ones down with it.
        await page.keyboard.press('Escape').catch(() => undefined);
      }
    }
  } finally {
    await context.close();
    await server.close();
    await rm(userDataDir, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
  await writeResults(passed, failed);
  await writeFile(path.join(RESULTS, 'axe.json'), `${JSON.stringify(audits, null, 2)}\n`);
  const blockingTotal = audits.reduce((sum, a) => sum + a.critical + a.serious, 0);
  console.log(`\naxe-core：检查了 ${audits.length} 个界面状态，严重与重要问题共 ${blockingTotal} 处（详见 test-results/axe.json）`);
  console.log(`端到端：${passed} 通过，${failed} 失败，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒；截图在 ${path.relative(ROOT, SCREENSHOTS)}/`);
  return failed === 0;
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  async (error) => {
    console.error(`端到端测试无法运行：${error?.message ?? error}`);
    await writeResults(0, 1);
    process.exit(1);
  },
);
