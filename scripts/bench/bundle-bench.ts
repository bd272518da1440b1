/** Gzip size of what the task pane page loads at start (its <script> bundles), from dist/. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');

export interface BundleFigures {
  taskpaneGzipKB: number | null;
  details?: { scripts: Array<{ file: string; bytes: number; gzipBytes: number }> };
  notes: string[];
}

export function benchBundle(allowBuild: boolean): BundleFigures {
  const notes: string[] = [];
  if (!initialScripts().length && allowBuild) {
    const config = readdirSync(ROOT).find((name) => /^webpack\.config\.(c|m)?(j|t)s$/.test(name));
    if (!config) return { taskpaneGzipKB: null, notes: ['dist/ 中没有任务窗格包，且仓库中没有 webpack 配置，无法构建。'] };
    notes.push('dist/ 中没有任务窗格包，已运行 webpack --mode production。');
    const result = spawnSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
    if (result.status !== 0) {
      return { taskpaneGzipKB: null, notes: [...notes, `webpack 构建失败：${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}`] };
    }
  }
  const scripts = initialScripts();
  if (!scripts.length) return { taskpaneGzipKB: null, notes: [...notes, 'dist/ 中找不到任务窗格入口（taskpane.html 的脚本或 taskpane*.js）。'] };
  const measured = scripts.map((file) => {
    const bytes = readFileSync(file);
    return { file: path.relative(ROOT, file), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { taskpaneGzipKB: round(measured.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024, 1), details: { scripts: measured }, notes };
}

/** Scripts named by dist/taskpane.html (what loads before the pane shows), else taskpane*.js. */
function initialScripts(): string[] {
  const html = path.join(DIST, 'taskpane.html');
  if (existsSync(html)) {
    // Minified HTML leaves attribute values unquoted.
    const sources = [...readFileSync(html, 'utf8').matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
    const local = sources.filter((src) => !/^(https?:)?\/\//.test(src)).map((src) => path.join(DIST, src.split('?')[0]));
    return local.filter((file) => existsSync(file) && !file.includes('office.js'));
  }
  if (!existsSync(DIST)) return [];
  return readdirSync(DIST)
    .filter((name) => /^taskpane.*\.js$/.test(name))
    .map((name) => path.join(DIST, name));
}
