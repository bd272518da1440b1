/**
 * How Excel finds the custom functions: metadata generated from the JSDoc, a stable script name, the task
 * pane page as their shared runtime, and requirements that gate only the shared-runtime features.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import type { Configuration } from 'webpack';
import { parseXml, type XmlElement } from '../../scripts/manifest/xml';

const ROOT = path.resolve(__dirname, '../..');
const FUNCTIONS_FILE = 'src/functions/functions.ts';

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory: ConfigFactory = require('../../webpack.config.js');

function all(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(all)];
}
const manifest = parseXml(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
const elements = all(manifest);
const named = (name: string) => elements.filter((e) => e.name === name);
const url = (id: string) => named('bt:Url').find((e) => e.attributes.id === id)?.attributes.DefaultValue;
const shortString = (id: string) => named('bt:String').find((e) => e.attributes.id === id)?.attributes.DefaultValue;

describe('custom functions metadata', () => {
  it('is generated from the JSDoc: BUDGET.NAME/CODE and BUDGET.GPS.NAME/CODE with an optional catalog id', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
    const result = await generateCustomFunctionsMetadata(path.join(ROOT, FUNCTIONS_FILE));
    expect(result.errors).toEqual([]);
    const functions = JSON.parse(result.metadataJson).functions as Array<{ id: string; parameters: Array<{ name: string; optional?: boolean }>; result: { type: string } }>;
    expect(functions.map((f) => `${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')}) → ${f.result.type}`)).toEqual([
      'NAME(code) → string',
      'CODE(name) → string',
      'GPS.NAME(code, [catalog]) → string',
      'GPS.CODE(name, [catalog]) → string',
    ]);
  });

  it('is associated once per id in the built script: by the plugin’s loader, not again by hand', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Plugin = require('custom-functions-metadata-plugin');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loader = require('custom-functions-metadata-plugin/lib/loader.js');
    const file = path.join(ROOT, FUNCTIONS_FILE);
    Plugin.generateResults[FUNCTIONS_FILE] = await generateCustomFunctionsMetadata([file], true);
    const built: string = loader.call({ getOptions: () => ({ input: FUNCTIONS_FILE, file }) }, readFileSync(file, 'utf8'));
    const associated = [...built.matchAll(/CustomFunctions\.associate\(["']([^"']+)["']/g)].map((m) => m[1]);
    expect(associated).toEqual(['NAME', 'CODE', 'GPS.NAME', 'GPS.CODE']);
  });
});

describe('webpack', () => {
  it('builds the functions script under the stable name the manifest uses, with functions.json beside it', async () => {
    const config = await factory({}, { mode: 'production' });
    expect((config.entry as Record<string, unknown>).functions).toEqual({ import: `./${FUNCTIONS_FILE}`, filename: 'functions.js' });
    const metadata = (config.plugins ?? []).find((plugin) => plugin?.constructor.name === 'CustomFunctionsMetadataPlugin') as unknown as { options: { input: string; output: string } };
    expect(metadata.options).toEqual({ input: `./${FUNCTIONS_FILE}`, output: 'functions.json' });
    expect(url('Functions.Script.Url')).toBe('https://localhost:3000/functions.js');
    expect(url('Functions.Metadata.Url')).toBe('https://localhost:3000/functions.json');
  });

  it('loads the ribbon commands and the functions in the task pane page, the shared runtime', async () => {
    const config = await factory({}, { mode: 'production' });
    const pages = (config.plugins ?? [])
      .filter((plugin): plugin is HtmlWebpackPlugin => plugin instanceof HtmlWebpackPlugin)
      .map((plugin) => (plugin as unknown as { userOptions: { filename: string; chunks: string[] } }).userOptions);
    expect(pages.find((page) => page.filename === 'taskpane.html')?.chunks).toEqual(['taskpane', 'commands', 'functions']);
    expect(pages.filter((page) => page.chunks.includes('functions')).map((page) => page.filename)).toEqual(['taskpane.html']);
  });
});

/** Relative modules reachable from a file by static or dynamic import, and the packages they import. */
function importGraph(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  if (file.endsWith('.json')) return packages;
  const source = readFileSync(file, 'utf8');
  for (const [, specifier] of source.matchAll(/(?:from|import\()\s*'([^']+)'/g)) {
    if (!specifier.startsWith('.')) {
      packages.add(specifier);
      continue;
    }
    const base = path.resolve(path.dirname(file), specifier);
    const resolved = [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => {
      try {
        return readFileSync(candidate) && true;
      } catch {
        return false;
      }
    });
    if (!resolved) throw new Error(`${file}: cannot resolve ${specifier}`);
    importGraph(resolved, seen, packages);
  }
  return packages;
}

describe('the functions script', () => {
  it('pulls in neither ExcelJS nor React: only pure core code and its pure libraries', () => {
    const modules = new Set<string>();
    const packages = [...importGraph(path.join(ROOT, FUNCTIONS_FILE), modules)];
    expect(modules).toContain(path.join(ROOT, 'src/data/index.ts'));
    expect(packages.filter((name) => !['decimal.js', 'pinyin-pro'].includes(name))).toEqual([]);
  });
});

describe('manifest', () => {
  it('keeps ExcelApi 1.4 as the only base requirement, so Excel 2016 still loads the task pane', () => {
    const base = manifest.children.find((e) => e.name === 'Requirements')!;
    expect(
      all(base)
        .filter((e) => e.name === 'Set')
        .map((e) => `${e.attributes.Name} ${e.attributes.MinVersion}`),
    ).toEqual(['ExcelApi 1.4']);
  });

  it('gates the ribbon, the functions and the shared runtime on SharedRuntime 1.1 and the CustomFunctionsRuntime the functions use', () => {
    const overrides = manifest.children.find((e) => e.name === 'VersionOverrides')!;
    expect(overrides.children.map((e) => e.name)).toEqual(['Requirements', 'Hosts', 'Resources']);
    // The set each CustomFunctions member used by the functions needs, as its type definitions say.
    const types = readFileSync(path.join(ROOT, 'node_modules/@types/custom-functions-runtime/index.d.ts'), 'utf8');
    const used = [...new Set([...readFileSync(path.join(ROOT, FUNCTIONS_FILE), 'utf8').matchAll(/CustomFunctions\.ErrorCode\.(\w+)/g)].map((m) => m[1]))];
    const needed = used.map((member) => {
      const doc = new RegExp(`Api set: CustomFunctionsRuntime (\\d+\\.\\d+)\\][^/]*\\*/\\s*${member} =`).exec(types);
      return Number(doc![1].split('.')[1]);
    });
    expect(used.length).toBeGreaterThan(0);
    expect(
      all(overrides.children[0])
        .filter((e) => e.name === 'bt:Set')
        .map((e) => `${e.attributes.Name} ${e.attributes.MinVersion}`),
    ).toEqual(['SharedRuntime 1.1', `CustomFunctionsRuntime 1.${Math.max(...needed)}`]);
  });

  it('runs the pane, the ribbon commands and the functions in one long-lived runtime: the task pane page', () => {
    const host = named('Host').find((e) => e.attributes['xsi:type'] === 'Workbook')!;
    expect(host.children.map((e) => e.name)).toEqual(['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
    expect(named('Runtime').map((e) => e.attributes)).toEqual([{ resid: 'Taskpane.Url', lifetime: 'long' }]);
    expect(named('FunctionFile').map((e) => e.attributes.resid)).toEqual(['Taskpane.Url']);
    const point = named('ExtensionPoint').find((e) => e.attributes['xsi:type'] === 'CustomFunctions')!;
    const source = (name: string) => point.children.find((e) => e.name === name)?.children.find((e) => e.name === 'SourceLocation')?.attributes.resid;
    expect([source('Script'), source('Page'), source('Metadata')]).toEqual(['Functions.Script.Url', 'Taskpane.Url', 'Functions.Metadata.Url']);
    expect(shortString(point.children.find((e) => e.name === 'Namespace')!.attributes.resid)).toBe('BUDGET');
  });
});
