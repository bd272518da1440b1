/**
 * Gzip size of what the task pane page loads at start (the <script> bundles of taskpane.html,
 * office.js excepted). Measured on dist/ when it holds a production build; otherwise a production
 * build is made in a temporary folder, so a development build in dist/ is neither measured nor replaced.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { round } from './stats';

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
/** Production builds name bundles with a content hash (webpack.config.js); development builds do not. */
const PRODUCTION_NAME = /\.[0-9a-f]{8}\.js$/;

export interface BundleFigures {
  taskpaneGzipKB: number | null;
  details?: { source: string; scripts: Array<{ file: string; bytes: number; gzipBytes: number }> };
  notes: string[];
}

export function benchBundle(allowBuild: boolean): BundleFigures {
  const inDist = initialScripts(DIST);
  if (inDist.length && inDist.every((file) => PRODUCTION_NAME.test(file))) return measure(inDist, 'dist/', []);
  const reason = inDist.length ? 'dist/ 中是开发构建' : 'dist/ 中没有任务窗格包';
  if (!allowBuild) return { taskpaneGzipKB: null, notes: [`${reason}，且指定了 --no-build。`] };
  if (!readdirSync(ROOT).some((name) => /^webpack\.config\.(c|m)?(j|t)s$/.test(name))) {
    return { taskpaneGzipKB: null, notes: [`${reason}，且仓库中没有 webpack 配置，无法构建。`] };
  }
  const out = mkdtempSync(path.join(tmpdir(), 'budget-taskpane-'));
  try {
    const result = spawnSync('npx', ['webpack', '--mode', 'production', '--output-path', out], { cwd: ROOT, encoding: 'utf8', timeout: 900_000 });
    if (result.status !== 0) {
      return { taskpaneGzipKB: null, notes: [`${reason}；生产构建失败：${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' ')}`] };
    }
    const scripts = initialScripts(out);
    if (!scripts.length) return { taskpaneGzipKB: null, notes: [`${reason}；生产构建中找不到 taskpane.html 的脚本。`] };
    return measure(scripts, '临时生产构建', [`${reason}，已在临时目录做生产构建（webpack --mode production）后测量。`]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function measure(scripts: string[], source: string, notes: string[]): BundleFigures {
  const measured = scripts.map((file) => {
    const bytes = readFileSync(file);
    return { file: path.basename(file), bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  return { taskpaneGzipKB: round(measured.reduce((sum, s) => sum + s.gzipBytes, 0) / 1024, 1), details: { source, scripts: measured }, notes };
}

/** Local scripts named by taskpane.html, in load order. */
function initialScripts(dir: string): string[] {
  const html = path.join(dir, 'taskpane.html');
  if (!existsSync(html)) return [];
  // Minified HTML leaves attribute values unquoted.
  const sources = [...readFileSync(html, 'utf8').matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].map((m) => m[1] ?? m[2] ?? m[3]);
  return sources
    .filter((src) => !/^(https?:)?\/\//.test(src) && !src.includes('office.js'))
    .map((src) => path.join(dir, src.split('?')[0]))
    .filter((file) => existsSync(file));
}
