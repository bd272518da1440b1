/**
 * The pages the manifest points to: built by webpack.config.js from local templates, office.js
 * served by the add-in itself (DESIGN.md §6: no network calls), production output hashed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Configuration } from 'webpack';

const ROOT = path.resolve(__dirname, '..');
const LOCAL_OFFICE_JS = '<script src="assets/office-js/office.js"></script>';
const CDN = /appsforoffice\.microsoft\.com|<script[^>]+src="(https?:)?\/\//i;

interface Page {
  name: string;
  entry: string;
  template: string;
}
type ConfigFactory = ((env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>) & { PAGES: Page[] };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory: ConfigFactory = require('../webpack.config.js');

interface HtmlOptions {
  filename: string;
  templateContent: string;
  chunks: string[];
  scriptLoading: string;
}

async function production(): Promise<{ config: Configuration; pages: HtmlOptions[] }> {
  const config = await factory({}, { mode: 'production' });
  const pages = (config.plugins ?? [])
    .filter((plugin): plugin is HtmlWebpackPlugin => plugin instanceof HtmlWebpackPlugin)
    .map((plugin) => (plugin as unknown as { userOptions: HtmlOptions }).userOptions);
  return { config, pages };
}

const template = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

describe('page templates', () => {
  it('are the pages webpack emits, one per entry', async () => {
    const { pages } = await production();
    expect(pages.map((page) => page.filename)).toEqual(factory.PAGES.map((page) => `${page.name}.html`));
    expect(pages.map((page) => page.templateContent)).toEqual(factory.PAGES.map((page) => template(page.template)));
    expect(factory.PAGES.map((page) => page.name).sort()).toEqual(['preview', 'taskpane']);
  });

  it('load office.js from the add-in in the Office pages and never from a CDN', () => {
    for (const page of factory.PAGES) {
      const html = template(page.template);
      expect(html).not.toMatch(CDN);
      expect(html.includes(LOCAL_OFFICE_JS)).toBe(page.name !== 'preview');
    }
  });

  it('give the React entries the container element they render into', () => {
    for (const file of ['src/ui/taskpane/taskpane.html', 'src/preview/preview.html']) expect(template(file)).toContain('<div id="container">');
  });

  it('are Chinese pages', () => {
    for (const file of ['src/ui/taskpane/taskpane.html', 'src/preview/preview.html']) {
      expect(template(file)).toMatch(/<html lang="zh-CN">[\s\S]*<title>预算公开助手/);
    }
  });
});

describe('webpack production configuration', () => {
  it('emits hashed ES modules loaded with type="module"', async () => {
    const { config, pages } = await production();
    expect(config.experiments?.outputModule).toBe(true);
    expect(config.output?.module).toBe(true);
    expect(config.output?.filename).toContain('[contenthash');
    expect(config.output?.chunkFilename).toContain('[contenthash');
    expect(pages.every((page) => page.scriptLoading === 'module')).toBe(true);
    // Each page runs its own entry first; the ribbon commands and custom functions have no page (the task pane page loads them).
    expect(pages.map((page) => page.chunks[0])).toEqual(Object.keys(config.entry as object).filter((name) => !['commands', 'functions'].includes(name)));
  });

  it('keeps the CLI bundle that build:cli wrote into dist/', async () => {
    const { config } = await production();
    const keep = (config.output?.clean as { keep: RegExp }).keep;
    expect(keep.test('cli/budget-check.cjs')).toBe(true);
    expect(keep.test('taskpane.html')).toBe(false);
  });

  it('copies office.js and the icons into the build and rewrites the manifest for production', async () => {
    const previous = process.env.ADDIN_PUBLIC_URL;
    process.env.ADDIN_PUBLIC_URL = 'https://budget.example.org/addin';
    try {
      const { config } = await production();
      const copy = (config.plugins ?? []).find((plugin): plugin is CopyWebpackPlugin => plugin instanceof CopyWebpackPlugin);
      type Pattern = { from: string; to: string; transform?: (content: Buffer) => string };
      const patterns = (copy as unknown as { patterns: Pattern[] }).patterns;
      expect(patterns.find((p) => p.to === 'assets/office-js')?.from).toBe('node_modules/@microsoft/office-js/dist');
      expect(patterns.find((p) => p.from === 'assets')?.to).toBe('assets');
      const manifest = patterns.find((p) => p.from === 'manifest.xml');
      const built = manifest?.transform?.(readFileSync(path.join(ROOT, 'manifest.xml')));
      expect(built).toContain('<SourceLocation DefaultValue="https://budget.example.org/addin/taskpane.html"/>');
      expect(built).not.toContain('localhost');
    } finally {
      if (previous === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = previous;
    }
  });

  it('loads ExcelJS and the bundled catalogs lazily, in their own chunks', async () => {
    const { config } = await production();
    const groups = (config.optimization?.splitChunks as { cacheGroups: Record<string, { test: RegExp; chunks: string }> }).cacheGroups;
    expect(groups.exceljs.chunks).toBe('async');
    expect(groups.exceljs.test.test(path.join(ROOT, 'node_modules', 'exceljs', 'dist', 'exceljs.min.js'))).toBe(true);
    expect(groups.catalogs.chunks).toBe('async');
    expect(groups.catalogs.test.test(path.join(ROOT, 'src', 'data', 'catalogs', 'jiaozuo-2023.json'))).toBe(true);
  });
});
