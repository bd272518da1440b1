// Bundles the budget-check CLI into one CommonJS file so it starts fast without tsx.
import { build } from 'esbuild';
import shared from './esbuild-node.cjs';

// The batch worker and the PDF thread go next to the CLI, where src/host/node/bundled-entry.ts finds them.
await build({
  ...shared.nodeBundleOptions,
  entryPoints: { 'budget-check': 'src/cli/index.ts', ...shared.runtimeEntries },
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  sourcemap: true,
  logLevel: 'warning',
});
