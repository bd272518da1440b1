/**
 * esbuild options shared by everything bundled to run under plain Node as CommonJS (the CLI and its
 * batch worker). pdf.js stays outside the bundle: only PDFs need its 3 MB, so it is loaded from
 * node_modules when a PDF is read (an ES module, which Node ≥ 20.19 loads through require), and
 * every other command starts without parsing it. esbuild is only needed when running from source.
 */
const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  loader: { '.json': 'json' },
  external: ['esbuild', 'pdfjs-dist'],
};

module.exports = { nodeBundleOptions };
