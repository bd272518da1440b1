#!/usr/bin/env node
import { main } from './main';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns,
}).then((code) => {
  process.exitCode = code;
});
