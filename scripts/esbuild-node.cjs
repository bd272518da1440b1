/**
 * esbuild options shared by everything bundled to run under plain Node as CommonJS: the CLI and the
 * scripts it starts in processes and threads of their own. pdf.js stays outside the bundles: only PDFs
 * need its 3 MB, so it is loaded from node_modules when a PDF is read (on the PDF thread), and every
 * other command starts without parsing it. esbuild is only needed when running from source.
 */
const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  loader: { '.json': 'json' },
  external: ['esbuild', 'pdfjs-dist'],
};

/** Run in a process or thread of their own, found next to the CLI (src/host/node/bundled-entry.ts). */
const runtimeEntries = {
  'batch-worker': 'src/cli/batch/worker.ts',
  'pdf-thread': 'src/host/pdf/thread.ts',
};

module.exports = { nodeBundleOptions, runtimeEntries };
