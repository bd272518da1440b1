#!/usr/bin/env node
// Runs the bundled CLI when built (npm run build:cli), otherwise the TypeScript source through tsx.
const fs = require('node:fs');
const path = require('node:path');

const bundled = path.join(__dirname, '..', 'dist', 'cli', 'budget-check.cjs');
if (fs.existsSync(bundled)) {
  require(bundled);
} else {
  require('tsx/cjs');
  require(path.join(__dirname, '..', 'src', 'cli', 'index.ts'));
}
