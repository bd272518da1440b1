/**
 * Jest transform for pdf.js: its builds are ES modules (.mjs) and jest runs CommonJS, so esbuild turns
 * them into CommonJS, with import.meta.url pointing at the file itself as it would under Node.
 */
const { createHash } = require('node:crypto');
const { transformSync, version } = require('esbuild');

module.exports = {
  getCacheKey(source, filename) {
    return createHash('sha256').update(version).update(filename).update(source).digest('hex');
  },
  process(source, filename) {
    const { code } = transformSync(source, {
      loader: 'js',
      format: 'cjs',
      target: 'node20',
      sourcefile: filename,
      define: { 'import.meta.url': '__importMetaUrl' },
      banner: 'const __importMetaUrl = require("node:url").pathToFileURL(__filename).href;',
      logLevel: 'error',
    });
    return { code };
  },
};
