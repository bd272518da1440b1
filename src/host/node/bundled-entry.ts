/**
 * Scripts that run in a process or thread of their own (the batch worker, the PDF thread) ship as .cjs
 * files next to the bundled CLI (dist/cli, see scripts/build-cli.mjs), where a bundle finds them from
 * its own folder. Run from TypeScript source (tsx, jest) they are all bundled together on first use the
 * same way, into node_modules/.cache, so that they find one another and, in node_modules, pdf.js.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

let developmentBundles: string | undefined;

/** The runnable file of a runtime entry ("batch-worker", "pdf-thread"). */
export function bundledEntry(name: string): string {
  const shipped = path.join(__dirname, `${name}.cjs`);
  if (existsSync(shipped)) return shipped;
  developmentBundles ??= bundleAll();
  return path.join(developmentBundles, `${name}.cjs`);
}

function bundleAll(): string {
  const root = path.resolve(__dirname, '../../..');
  /* eslint-disable @typescript-eslint/no-require-imports -- esbuild and the build options load only in development, when no shipped bundle exists */
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  const { nodeBundleOptions, runtimeEntries } = require(path.join(root, 'scripts/esbuild-node.cjs')) as {
    nodeBundleOptions: import('esbuild').BuildOptions;
    runtimeEntries: Record<string, string>;
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const cache = path.join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(path.join(cache, 'budget-check-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const entryPoints = Object.fromEntries(Object.entries(runtimeEntries).map(([name, file]) => [name, path.join(root, file)]));
  buildSync({ ...nodeBundleOptions, entryPoints, outdir: dir, outExtension: { '.js': '.cjs' }, logLevel: 'warning' });
  return dir;
}
