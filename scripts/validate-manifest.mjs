// npm run validate [-- <manifest.xml>] [--offline]
// Always runs the offline checks: the XSD schemas (scripts/manifest/schema.ts, xmllint) and the structural
// check (scripts/manifest/check.ts); when Microsoft's manifest validation service answers within a few
// seconds, also runs office-addin-manifest's validator.
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const SERVICE_HOST = 'validationgateway.omex.office.net';
const PROBE_TIMEOUT_MS = 3000;
const SERVICE_TIMEOUT_MS = 30000;

const args = process.argv.slice(2);
const offline = args.includes('--offline');
const manifestPath = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'manifest.xml');
// The built manifest sits beside its pages in dist/; the source manifest's assets are in the repository.
const root = path.dirname(manifestPath);
const requirePages = path.basename(root) === 'dist';

function reachable(host) {
  return new Promise((resolve) => {
    const req = request({ host, method: 'HEAD', path: '/', timeout: PROBE_TIMEOUT_MS }, () => {
      req.destroy();
      resolve(true);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(false));
    req.end();
  });
}

function withTimeout(promise, ms) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error(`${ms / 1000} 秒内没有响应`)), ms).unref())]);
}

async function onlineCheck() {
  if (offline || !(await reachable(SERVICE_HOST))) {
    console.log('清单校验服务不可达，只做离线结构检查。');
    return true;
  }
  const { validateManifest } = await import('office-addin-manifest');
  let validation;
  try {
    validation = await withTimeout(validateManifest(manifestPath), SERVICE_TIMEOUT_MS);
  } catch (error) {
    console.log(`清单校验服务调用失败（${error instanceof Error ? error.message : error}），只做离线结构检查。`);
    return true;
  }
  if (!validation.report) {
    console.log(`清单校验服务返回 ${validation.status ?? ''} ${validation.statusText ?? ''}，只做离线结构检查。`);
    return true;
  }
  for (const issue of validation.report.errors ?? []) console.error(`✗ [校验服务] ${issue.title ?? ''}：${issue.content ?? ''}${issue.line ? `（第 ${issue.line} 行）` : ''}`);
  for (const issue of validation.report.warnings ?? []) console.log(`! [校验服务] ${issue.title ?? ''}：${issue.content ?? ''}`);
  console.log(validation.isValid ? '✓ 清单校验服务：通过' : '✗ 清单校验服务：未通过');
  return validation.isValid;
}

let xml;
try {
  xml = readFileSync(manifestPath, 'utf8');
} catch {
  console.error(`无法读取清单文件 ${manifestPath}`);
  process.exit(1);
}
const { checkManifest } = await tsImport('./manifest/check.ts', import.meta.url);
const { schemaErrors } = await tsImport('./manifest/schema.ts', import.meta.url);
let schemaProblems;
try {
  schemaProblems = schemaErrors(manifestPath, path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..'));
} catch (error) {
  schemaProblems = [error instanceof Error ? error.message : String(error)];
}
for (const problem of schemaProblems) console.error(`✗ [XSD] ${problem}`);
console.log(schemaProblems.length === 0 ? '✓ XSD 架构校验通过' : `✗ XSD 架构校验发现 ${schemaProblems.length} 个问题`);
const problems = [...schemaProblems, ...checkManifest(xml, { root, requirePages })];
for (const problem of problems) console.error(`✗ ${problem}`);
console.log(problems.length === 0 ? `✓ 离线结构检查通过：${path.relative(process.cwd(), manifestPath)}` : `✗ 离线结构检查发现 ${problems.length} 个问题`);
const serviceOk = await onlineCheck();
process.exitCode = problems.length === 0 && serviceOk ? 0 : 1;
