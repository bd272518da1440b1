// Bundles the budget-check CLI into one CommonJS file so it starts fast without tsx.
import { build } from 'esbuild';
import shared from './esbuild-node.cjs';

// The batch worker is a second entry next to the CLI: src/cli/batch/pool.ts looks for it there.
await build({
  ...shared.nodeBundleOptions,
  entryPoints: { 'budget-check': 'src/cli/index.ts', 'batch-worker': 'src/cli/batch/worker.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  sourcemap: true,
  logLevel: 'warning',
});
