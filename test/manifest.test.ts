import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkManifest, pngSize } from '../scripts/manifest/check';
import { DEFAULT_PUBLIC_URL, productionManifest } from '../scripts/manifest/production.cjs';
import { parseXml, XmlSyntaxError } from '../scripts/manifest/xml';

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const check = (xml: string) => checkManifest(xml, { root: ROOT });

/** Replaces exactly one occurrence, so a variant cannot silently equal the original. */
function variant(from: string | RegExp, to: string): string {
  const matches = MANIFEST.match(typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : from);
  expect(matches).toHaveLength(1);
  return MANIFEST.replace(from, to);
}

describe('the real manifest', () => {
  it('passes the offline structural check', () => {
    expect(check(MANIFEST)).toEqual([]);
  });

  it('declares an Excel task pane with the promised settings', () => {
    const root = parseXml(MANIFEST);
    const text = (name: string) => root.children.find((c) => c.name === name)?.text.trim();
    expect(root.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(text('DefaultLocale')).toBe('zh-CN');
    expect(text('Permissions')).toBe('ReadWriteDocument');
    expect(MANIFEST).toContain('<Set Name="ExcelApi" MinVersion="1.4"/>');
    expect(MANIFEST).toContain('<FunctionName>runCheck</FunctionName>');
    expect(MANIFEST).toContain('DefaultValue="运行检查"');
  });

  it('uses only the development origin, which the build replaces', () => {
    const origins = new Set([...MANIFEST.matchAll(/https:\/\/[\w.:-]+/g)].map((m) => m[0]));
    expect([...origins].filter((origin) => !origin.includes('schemas.microsoft.com'))).toEqual(['https://localhost:3000']);
  });
});

describe('broken manifests fail with a clear message', () => {
  it('a resid with no resource', () => {
    expect(check(variant('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'))).toEqual([expect.stringMatching(/Label 引用的资源“Group\.Missing”在 Resources 中不存在/)]);
  });

  it('a resid pointing at the wrong kind of resource', () => {
    expect(check(variant('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Group.Label"/>'))).toEqual([
      expect.stringMatching(/FunctionFile 引用的资源“Group\.Label”应在 bt:Urls 中，实际在 bt:ShortStrings 中/),
    ]);
  });

  it('an http URL', () => {
    const problems = check(variant('<SupportUrl DefaultValue="https://localhost:3000/assets/help.html"/>', '<SupportUrl DefaultValue="http://localhost:3000/assets/help.html"/>'));
    expect(problems).toEqual([expect.stringMatching(/^第 \d+ 行：地址必须使用 https：http:\/\/localhost:3000\/assets\/help\.html$/)]);
  });

  it('the wrong permissions', () => {
    expect(check(variant('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadDocument</Permissions>'))).toEqual([
      expect.stringContaining('Permissions 应为 ReadWriteDocument（写回修复需要），实际为“ReadDocument”'),
    ]);
  });

  it('an ExcelApi requirement above 1.4, compared as a version (1.10 > 1.4)', () => {
    expect(check(variant('MinVersion="1.4"', 'MinVersion="1.10"'))).toEqual([expect.stringContaining('ExcelApi 的 MinVersion 为 1.10，高于 1.4')]);
    expect(check(variant('MinVersion="1.4"', 'MinVersion="1.3"'))).toEqual([]);
  });

  it('a missing ExcelApi requirement, host or GUID', () => {
    expect(check(variant('<Set Name="ExcelApi" MinVersion="1.4"/>', ''))).toEqual([expect.stringContaining('Requirements 中缺少 ExcelApi 要求集')]);
    expect(check(variant('<Host Name="Workbook"/>', '<Host Name="Document"/>'))).toEqual([expect.stringContaining('Hosts 中必须有 Workbook（Excel），实际为：Document')]);
    expect(check(variant(/<Id>[^<]+<\/Id>/, '<Id>budget-assistant</Id>'))).toEqual([expect.stringContaining('Id 必须是 GUID，实际为“budget-assistant”')]);
  });

  it('an icon of the wrong size or a missing icon file', () => {
    expect(
      check(
        variant('<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"/>', '<bt:Image id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"/>'),
      ),
    ).toEqual([expect.stringMatching(/图标资源 Icon\.80x80 应为 80×80 像素，.*icon-64\.png 实际为 64×64/)]);
    expect(check(variant('assets/icon-16.png', 'assets/icon-17.png'))).toEqual([expect.stringMatching(/图标资源 Icon\.16x16 对应的文件 .*icon-17\.png 不存在/)]);
  });

  it('an icon served from another origin', () => {
    expect(check(variant('<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>', '<IconUrl DefaultValue="https://cdn.example.com/icon-32.png"/>'))).toEqual([
      expect.stringContaining('IconUrl 的地址 https://cdn.example.com/icon-32.png 不在加载项自身地址之下'),
    ]);
  });

  it('a command button without its function file', () => {
    expect(check(variant('<FunctionFile resid="Taskpane.Url"/>', ''))).toEqual([expect.stringContaining('有 ExecuteFunction 按钮，但缺少 FunctionFile')]);
  });

  it('malformed XML', () => {
    expect(check(variant('</Permissions>', '</Permission>'))).toEqual([expect.stringMatching(/^清单不是有效的 XML：第 \d+ 行：结束标签 <\/Permission> 与开始标签 <Permissions> 不匹配$/)]);
  });
});

describe('built manifest pages', () => {
  it('requires every page under the add-in URL to exist when checking a build', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'manifest-dist-'));
    mkdirSync(path.join(dist, 'assets'));
    for (const size of [16, 32, 64, 80]) copyFileSync(path.join(ROOT, `assets/icon-${size}.png`), path.join(dist, `assets/icon-${size}.png`));
    for (const page of ['taskpane.html', 'assets/help.html', 'functions.js']) writeFileSync(path.join(dist, page), '<!doctype html>');
    expect(checkManifest(MANIFEST, { root: dist, requirePages: true })).toEqual([expect.stringMatching(/functions\.json 对应的文件 .*functions\.json 不存在/)]);
    writeFileSync(path.join(dist, 'functions.json'), '{}');
    expect(checkManifest(MANIFEST, { root: dist, requirePages: true })).toEqual([]);
  });
});

describe('production manifest', () => {
  it('moves every URL to ADDIN_PUBLIC_URL, the app domain to its origin, and still passes the check', () => {
    const xml = productionManifest(MANIFEST, 'https://budget.example.org/addin/');
    expect(xml).not.toContain('localhost');
    expect(xml).toContain('<AppDomain>https://budget.example.org</AppDomain>');
    expect(xml).toContain('<SourceLocation DefaultValue="https://budget.example.org/addin/taskpane.html"/>');
    expect(check(xml)).toEqual([]);
  });

  it('defaults to the placeholder address', () => {
    expect(productionManifest(MANIFEST)).toContain(`<IconUrl DefaultValue="${DEFAULT_PUBLIC_URL}/assets/icon-32.png"/>`);
  });

  it('refuses http, malformed addresses and query strings', () => {
    expect(() => productionManifest(MANIFEST, 'http://budget.example.org')).toThrow('ADDIN_PUBLIC_URL 必须使用 https：“http://budget.example.org”');
    expect(() => productionManifest(MANIFEST, 'budget.example.org')).toThrow('ADDIN_PUBLIC_URL 不是有效的地址：“budget.example.org”');
    expect(() => productionManifest(MANIFEST, 'https://a.org/?x=1&y=2')).toThrow(/不能包含查询参数/);
  });
});

describe('helpers', () => {
  it('reads PNG dimensions and rejects other files', () => {
    expect(pngSize(readFileSync(path.join(ROOT, 'assets/icon-80.png')))).toEqual({ width: 80, height: 80 });
    expect(pngSize(Buffer.from('GIF89a……………………………………'))).toBeUndefined();
  });

  it('parses entities, CDATA and comments, and reports unclosed elements', () => {
    const root = parseXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b>&lt;ok&gt;</b><c><![CDATA[<raw>]]></c></a>');
    expect(root.attributes.x).toBe('1 & 2');
    expect(root.children.map((c) => c.text)).toEqual(['<ok>', '<raw>']);
    expect(() => parseXml('<a><b></b>')).toThrow(new XmlSyntaxError('元素 <a>（第 1 行）没有结束标签'));
  });
});
