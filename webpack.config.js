// Builds the add-in page (task pane, with the ribbon commands and custom functions) and the standalone browser preview into dist/.
// office.js is copied from node_modules and served by the add-in itself: no CDN, nothing leaves the machine.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { productionManifest } = require('./scripts/manifest/production.cjs');

const DEV_PORT = 3000;
const OFFICE_JS_DIR = 'assets/office-js';

/**
 * Excel custom functions. They share the task pane's runtime (manifest <Runtimes>), so the task pane page
 * loads their script; the manifest's <Script> needs a stable name, and functions.json comes from its JSDoc.
 */
const FUNCTIONS = { name: 'functions', entry: './src/functions/functions.ts', filename: 'functions.js', metadata: 'functions.json' };

/** The ribbon commands (runCheck) have no page of their own: they run in the task pane's shared runtime. */
const COMMANDS = { name: 'commands', entry: './src/ui/commands/commands.ts' };

/**
 * One page per entry; `office` pages load the local office.js before the bundle. `shared` entries also run
 * in the page: the task pane page is the shared runtime of the ribbon commands and the custom functions.
 */
const PAGES = [
  { name: 'taskpane', entry: './src/ui/taskpane/index.tsx', template: './src/ui/taskpane/taskpane.html', shared: [COMMANDS.name, FUNCTIONS.name] },
  { name: 'preview', entry: './src/preview/index.tsx', template: './src/preview/preview.html' },
];

/** An ES5 script every page loads first: in browsers that cannot run the bundles (IE11, old Edge) it explains why in Chinese. */
const PANE_CHECK = { from: 'src/bootstrap/pane-check.js', to: 'pane-check.js' };

/** pdf.js (browser preview, PDFs only): its worker and CMaps are served from here, never from a CDN (src/preview/pdf-engine.ts). */
const PDFJS_DIR = 'assets/pdfjs';

/** office.js loads host- and locale-specific scripts from its own folder; other Office hosts and debug builds are not needed. */
const OFFICE_JS_IGNORE = ['**/*.debug.js', '**/*vsdoc*', '**/*.d.ts', '**/{word,outlook,powerpoint,onenote,project,access,visio}*', '**/outlook_strings*'];

/** HTTPS options for the dev server: Office's trusted dev certificates when available, else a self-signed one. */
async function httpsServer() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return { type: 'https', options: await devCerts.getHttpsServerOptions() };
  } catch (error) {
    console.warn(`未能使用 Office 开发证书（${error instanceof Error ? error.message : error}），改用临时自签名证书；Excel 可能拒绝加载，请运行 npx office-addin-dev-certs install。`);
    return 'https';
  }
}

module.exports = async function config(env, argv) {
  const production = argv.mode === 'production';
  const hashed = production ? '.[contenthash:8]' : '';
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      ...Object.fromEntries(PAGES.map((page) => [page.name, page.entry])),
      [COMMANDS.name]: COMMANDS.entry,
      [FUNCTIONS.name]: { import: FUNCTIONS.entry, filename: FUNCTIONS.filename },
    },
    experiments: { outputModule: true },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: `[name]${hashed}.js`,
      chunkFilename: `[name]${hashed}.js`,
      assetModuleFilename: `assets/[name]${hashed}[ext]`,
      module: true,
      chunkFormat: 'module',
      chunkLoading: 'import',
      // dist/cli is written by build:cli just before webpack runs.
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js', '.json'] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
        { test: /\.xlsx$/, type: 'asset/resource' },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // Only the file paths (preview, catalog import) need ExcelJS: keep it in its own lazily loaded chunk.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', priority: 20, enforce: true },
          pdfjs: { test: /[\\/]node_modules[\\/]pdfjs-dist[\\/]/, name: 'pdfjs', chunks: 'async', priority: 20, enforce: true },
          catalogs: {
            test: /[\\/]src[\\/]data[\\/]catalogs[\\/].*\.json$/,
            name: (module) => `catalog-${path.basename(module.resource, '.json')}`,
            chunks: 'async',
            priority: 20,
            enforce: true,
          },
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', chunks: 'initial', priority: 10 },
          fluent: { test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg)[\\/]/, name: 'fluent', chunks: 'initial', priority: 10 },
        },
      },
    },
    performance: { hints: production ? 'warning' : false, maxEntrypointSize: 1_500_000, maxAssetSize: 1_500_000 },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            // The templates are plain HTML: passing the text skips the lodash template loader,
            // whose `with` statement is invalid in the ES-module output.
            templateContent: readFileSync(path.resolve(__dirname, page.template), 'utf8'),
            chunks: [page.name, ...(page.shared ?? [])],
            scriptLoading: 'module',
            inject: 'head',
          }),
      ),
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS.entry, output: FUNCTIONS.metadata }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          PANE_CHECK,
          { from: 'node_modules/@microsoft/office-js/dist', to: OFFICE_JS_DIR, globOptions: { ignore: OFFICE_JS_IGNORE } },
          // Shipped minified: terser need not (and should not) rework its 1.2 MB.
          { from: 'node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs', to: PDFJS_DIR, info: { minimized: true } },
          { from: 'node_modules/pdfjs-dist/cmaps', to: `${PDFJS_DIR}/cmaps` },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: production ? (content) => productionManifest(content.toString(), process.env.ADDIN_PUBLIC_URL || undefined) : undefined,
          },
        ],
      }),
    ],
    devServer: {
      port: DEV_PORT,
      server: env.WEBPACK_SERVE ? await httpsServer() : undefined,
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { warnings: false } },
    },
  };
};

module.exports.PAGES = PAGES;
module.exports.FUNCTIONS = FUNCTIONS;
module.exports.PANE_CHECK = PANE_CHECK;
