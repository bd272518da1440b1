/**
 * Offline structural check of the add-in manifest: what Office needs to load it and what this
 * project promises (Excel only, ExcelApi 1.4, https everywhere, local icons of the right sizes).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { child, children, descendants, localName, parseXml, XmlSyntaxError, type XmlElement } from './xml';

export interface ManifestCheckOptions {
  /** Directory the add-in's base URL maps to: the repository for manifest.xml, dist/ for the built copy. */
  root: string;
  /** Also require every page the manifest points to (taskpane.html, functions.json…) to exist under root. */
  requirePages?: boolean;
}

/** Highest ExcelApi requirement the add-in may declare: it must load on Excel 2016 retail. */
export const MAX_EXCEL_API = '1.4';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d+(\.\d+){0,3}$/;
const LOCALE = /^[a-z]{2,3}-[A-Z]{2}$/;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;
const MAX_RESID_LENGTH = 32;

/** Which resource section a resid must live in, by the referring element's name. */
const RESOURCE_KIND: Record<string, string> = {
  Image: 'Images',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  LearnMoreUrl: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

class Problems {
  readonly list: string[] = [];
  add(message: string, element?: XmlElement): void {
    this.list.push(element ? `第 ${element.line} 行：${message}` : message);
  }
}

export function checkManifest(xml: string, options: ManifestCheckOptions): string[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return [`清单不是有效的 XML：${error.message}`];
    throw error;
  }
  const problems = new Problems();
  if (localName(root) !== 'OfficeApp') return [`根元素应为 OfficeApp，实际为 ${root.name}`];
  if (root.attributes['xsi:type'] !== 'TaskPaneApp') problems.add(`OfficeApp 的 xsi:type 应为 TaskPaneApp，实际为“${root.attributes['xsi:type'] ?? '（无）'}”`, root);

  checkIdentity(root, problems);
  checkHostAndPermissions(root, problems);
  checkUrls(root, problems);
  const resources = checkResources(root, problems);
  checkCommands(root, problems);
  checkFiles(root, resources, options, problems);
  return problems.list;
}

function textOf(root: XmlElement, name: string): string | undefined {
  return child(root, name)?.text.trim();
}

function checkIdentity(root: XmlElement, problems: Problems): void {
  const id = textOf(root, 'Id');
  if (!id || !GUID.test(id)) problems.add(`Id 必须是 GUID，实际为“${id ?? '（缺失）'}”`, child(root, 'Id'));
  const version = textOf(root, 'Version');
  if (!version || !VERSION.test(version)) problems.add(`Version 必须形如 1.0.0.0，实际为“${version ?? '（缺失）'}”`, child(root, 'Version'));
  if (!textOf(root, 'ProviderName')) problems.add('缺少 ProviderName（提供者名称）');
  const locale = textOf(root, 'DefaultLocale');
  if (!locale || !LOCALE.test(locale)) problems.add(`DefaultLocale 必须形如 zh-CN，实际为“${locale ?? '（缺失）'}”`);
  for (const [name, limit] of [
    ['DisplayName', 125],
    ['Description', 250],
  ] as const) {
    const value = child(root, name)?.attributes.DefaultValue?.trim();
    if (!value) problems.add(`缺少 ${name} 的 DefaultValue`, child(root, name));
    else if (value.length > limit) problems.add(`${name} 超过 ${limit} 个字符（${value.length} 个）`, child(root, name));
  }
}

function checkHostAndPermissions(root: XmlElement, problems: Problems): void {
  const hosts = children(child(root, 'Hosts'), 'Host').map((host) => host.attributes.Name);
  if (!hosts.includes('Workbook')) problems.add(`Hosts 中必须有 Workbook（Excel），实际为：${hosts.join('、') || '（无）'}`);
  const permissions = textOf(root, 'Permissions');
  if (permissions !== 'ReadWriteDocument') problems.add(`Permissions 应为 ReadWriteDocument（写回修复需要），实际为“${permissions ?? '（缺失）'}”`, child(root, 'Permissions'));
  const excelApi = children(child(child(root, 'Requirements'), 'Sets'), 'Set').find((set) => set.attributes.Name === 'ExcelApi');
  if (!excelApi) {
    problems.add(`Requirements 中缺少 ExcelApi 要求集（最低版本应不高于 ${MAX_EXCEL_API}）`);
    return;
  }
  const min = excelApi.attributes.MinVersion;
  if (!min || !VERSION.test(min)) problems.add(`ExcelApi 的 MinVersion 无效：“${min ?? '（缺失）'}”`, excelApi);
  else if (compareVersions(min, MAX_EXCEL_API) > 0) problems.add(`ExcelApi 的 MinVersion 为 ${min}，高于 ${MAX_EXCEL_API}：较旧的 Excel 将无法加载`, excelApi);
}

function checkUrls(root: XmlElement, problems: Problems): void {
  for (const element of [root, ...descendants(root)]) {
    // Namespace URIs (xmlns) are names, not addresses Office fetches.
    const values = [
      ...Object.entries(element.attributes)
        .filter(([name]) => !name.startsWith('xmlns'))
        .map(([, value]) => value),
      element.text.trim(),
    ];
    for (const value of values) {
      if (URL_LIKE.test(value) && !value.toLowerCase().startsWith('https://')) problems.add(`地址必须使用 https：${value}`, element);
    }
  }
}

/** Resource ids by section (Images, Urls, ShortStrings, LongStrings) → id → DefaultValue. */
type Resources = Map<string, Map<string, string>>;

function checkResources(root: XmlElement, problems: Problems): Resources {
  const overrides = child(root, 'VersionOverrides');
  const resources: Resources = new Map();
  if (!overrides) return resources;
  for (const section of child(overrides, 'Resources')?.children ?? []) {
    const entries = new Map<string, string>();
    for (const entry of section.children) {
      const id = entry.attributes.id ?? '';
      if (!id) problems.add(`${section.name} 中有资源缺少 id`, entry);
      else if (id.length > MAX_RESID_LENGTH) problems.add(`资源 id“${id}”超过 ${MAX_RESID_LENGTH} 个字符`, entry);
      else if ([...resources.values()].some((other) => other.has(id)) || entries.has(id)) problems.add(`资源 id“${id}”重复`, entry);
      entries.set(id, entry.attributes.DefaultValue ?? '');
    }
    resources.set(localName(section), entries);
  }
  for (const element of descendants(overrides)) {
    const resid = element.attributes.resid;
    if (resid === undefined) continue;
    const kind = RESOURCE_KIND[localName(element)];
    const home = [...resources].find(([, entries]) => entries.has(resid))?.[0];
    if (!home) problems.add(`${element.name} 引用的资源“${resid}”在 Resources 中不存在`, element);
    else if (kind && home !== kind) problems.add(`${element.name} 引用的资源“${resid}”应在 bt:${kind} 中，实际在 bt:${home} 中`, element);
  }
  return resources;
}

function checkCommands(root: XmlElement, problems: Problems): void {
  const overrides = child(root, 'VersionOverrides');
  if (!overrides) return;
  const all = [...descendants(overrides)];
  const seen = new Set<string>();
  for (const element of all.filter((e) => ['Control', 'Group', 'CustomTab'].includes(localName(e)))) {
    const id = element.attributes.id;
    if (!id) problems.add(`${element.name} 缺少 id`, element);
    else if (seen.has(id)) problems.add(`控件 id“${id}”重复`, element);
    seen.add(id ?? '');
  }
  const actions = all.filter((e) => localName(e) === 'Action');
  for (const action of actions) {
    const type = action.attributes['xsi:type'];
    if (type === 'ExecuteFunction' && !child(action, 'FunctionName')?.text.trim()) problems.add('ExecuteFunction 按钮缺少 FunctionName', action);
    if (type === 'ShowTaskpane' && !child(action, 'SourceLocation')) problems.add('ShowTaskpane 按钮缺少 SourceLocation', action);
  }
  if (actions.some((a) => a.attributes['xsi:type'] === 'ExecuteFunction') && !all.some((e) => localName(e) === 'FunctionFile')) {
    problems.add('有 ExecuteFunction 按钮，但缺少 FunctionFile');
  }
}

/** The directory URL of the task pane page: every other URL of the add-in lives under it. */
function baseUrl(root: XmlElement): string | undefined {
  const source = child(child(root, 'DefaultSettings'), 'SourceLocation')?.attributes.DefaultValue;
  return source ? source.slice(0, source.lastIndexOf('/') + 1) : undefined;
}

function checkFiles(root: XmlElement, resources: Resources, options: ManifestCheckOptions, problems: Problems): void {
  const base = baseUrl(root);
  if (!base) {
    problems.add('缺少 DefaultSettings/SourceLocation（任务窗格地址）');
    return;
  }
  const fileOf = (url: string) => (url.startsWith(base) ? path.join(options.root, url.slice(base.length).split(/[?#]/)[0]) : undefined);

  const icons: Array<[string, string | undefined, number]> = [
    ['IconUrl', child(root, 'IconUrl')?.attributes.DefaultValue, 32],
    ['HighResolutionIconUrl', child(root, 'HighResolutionIconUrl')?.attributes.DefaultValue, 64],
  ];
  const images = resources.get('Images') ?? new Map<string, string>();
  const overrides = child(root, 'VersionOverrides');
  for (const image of overrides ? [...descendants(overrides)].filter((e) => localName(e) === 'Image' && e.attributes.size) : []) {
    icons.push([`图标资源 ${image.attributes.resid}`, images.get(image.attributes.resid ?? ''), Number(image.attributes.size)]);
  }
  const checked = new Set<string>();
  for (const [label, url, size] of icons) {
    if (!url) {
      problems.add(`缺少 ${label}`);
      continue;
    }
    const key = `${url}@${size}`;
    if (checked.has(key)) continue;
    checked.add(key);
    checkPng(label, url, size, fileOf(url), problems);
  }

  if (!options.requirePages) return;
  const pages = [child(child(root, 'DefaultSettings'), 'SourceLocation')?.attributes.DefaultValue, child(root, 'SupportUrl')?.attributes.DefaultValue, ...(resources.get('Urls')?.values() ?? [])];
  for (const url of new Set(pages.filter((page): page is string => Boolean(page)))) {
    const file = fileOf(url);
    if (!file) problems.add(`${url} 不在加载项地址 ${base} 之下`);
    else if (!existsSync(file)) problems.add(`${url} 对应的文件 ${file} 不存在`);
  }
}

function checkPng(label: string, url: string, size: number, file: string | undefined, problems: Problems): void {
  if (!file) {
    problems.add(`${label} 的地址 ${url} 不在加载项自身地址之下（图标应由加载项提供）`);
    return;
  }
  if (!existsSync(file)) {
    problems.add(`${label} 对应的文件 ${file} 不存在`);
    return;
  }
  const dimensions = pngSize(readFileSync(file));
  if (!dimensions) problems.add(`${label} 对应的文件 ${file} 不是 PNG 图片`);
  else if (dimensions.width !== size || dimensions.height !== size) {
    problems.add(`${label} 应为 ${size}×${size} 像素，${file} 实际为 ${dimensions.width}×${dimensions.height}`);
  }
}
