// Bundles the budget-check CLI into one CommonJS file so it starts fast without tsx.
import { build } from 'esbuild';

// The batch worker is a second entry next to the CLI: src/cli/batch/pool.ts looks for it there.
await build({
  entryPoints: { 'budget-check': 'src/cli/index.ts', 'batch-worker': 'src/cli/batch/worker.ts' },
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  loader: { '.json': 'json' },
  // Only needed when running from source (src/cli/batch/pool.ts bundles the worker on the fly).
  external: ['esbuild'],
});
