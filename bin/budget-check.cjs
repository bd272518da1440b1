#!/usr/bin/env node
// Runs the bundled CLI, building the bundle first when it is missing (fresh clone, `npx budget-check`).
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const bundled = path.join(root, 'dist', 'cli', 'budget-check.cjs');
if (!fs.existsSync(bundled)) {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
require(bundled);
