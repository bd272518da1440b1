/**
 * Enforces the dependency rule of DESIGN.md §2: core is pure TypeScript, and the task pane reaches
 * workbooks only through the WorkbookHost port (entry files wire the concrete hosts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

interface SourceFile {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  text: string;
}

interface Violation {
  file: string;
  specifier: string;
  reason: string;
}

const ROOT = path.resolve(__dirname, '..');
/** Shipped source files; tests may read fixtures from disk through the file host. */
const SOURCE_PATTERN = /(?<!\.test)\.(ts|tsx)$/;
/** Scripts in plain JavaScript, checked for imports from test/ too. */
const SCRIPT_PATTERN = /(?<!\.test)\.(mjs|cjs|js)$/;

/** Packages that bring Node, the DOM or Office into core; pure JS libraries stay allowed. */
const CORE_FORBIDDEN_PACKAGES = [/^react(-dom)?(\/|$)/, /^@fluentui\//, /^@microsoft\/office-js/, /^office-/, /^exceljs(\/|$)/, /^pdfjs-dist(\/|$)/];

/** Files that wire concrete hosts into the UI; everything else in src/ui sees only WorkbookHost. */
const UI_ENTRY_FILES = new Set(['src/ui/taskpane/index.tsx', 'src/ui/commands/commands.ts']);
const UI_FORBIDDEN_DIRS = ['src/host/excel', 'src/host/file', 'src/host/pdf', 'src/cli'];

function isNodeBuiltin(specifier: string): boolean {
  return specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0]);
}

function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((file) => file.fileName);
}

/** Resolves a relative specifier to a repository-relative path (without extension). */
function resolveRelative(from: string, specifier: string): string {
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
}

function isInside(target: string, dir: string): boolean {
  return target === dir || target.startsWith(`${dir}/`);
}

function coreViolation(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) {
    const target = resolveRelative(file, specifier);
    return isInside(target, 'src/core') ? undefined : `core 引用了 core 之外的模块 ${target}`;
  }
  if (isNodeBuiltin(specifier)) return 'core 不得使用 Node 内置模块';
  if (CORE_FORBIDDEN_PACKAGES.some((pattern) => pattern.test(specifier))) return 'core 不得依赖 React、Office、ExcelJS 或 pdf.js';
  return undefined;
}

function uiViolation(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.') || UI_ENTRY_FILES.has(file)) return undefined;
  const target = resolveRelative(file, specifier);
  const dir = UI_FORBIDDEN_DIRS.find((forbidden) => isInside(target, forbidden));
  return dir ? `界面代码只能通过 WorkbookHost 接口访问工作簿，不得直接引用 ${dir}` : undefined;
}

/** Tests are the only code that may use test/ helpers: shipped code and scripts must not depend on them. */
function testImportViolation(file: string, specifier: string): string | undefined {
  return specifier.startsWith('.') && isInside(resolveRelative(file, specifier), 'test') ? `只有测试可以引用 test/ 中的代码（${resolveRelative(file, specifier)}）` : undefined;
}

function findLayeringViolations(files: SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const file of files) {
    const rule = isInside(file.path, 'src/core') ? coreViolation : isInside(file.path, 'src/ui') ? uiViolation : undefined;
    for (const specifier of importsOf(file.text)) {
      const reason = rule?.(file.path, specifier) ?? testImportViolation(file.path, specifier);
      if (reason) violations.push({ file: file.path, specifier, reason });
    }
  }
  return violations;
}

function readSources(dir: string): SourceFile[] {
  const absolute = path.join(ROOT, dir);
  return readdirSync(absolute, { recursive: true, encoding: 'utf8' })
    .filter((name) => SOURCE_PATTERN.test(name) || SCRIPT_PATTERN.test(name))
    .map((name) => {
      const relative = path.posix.join(dir, name.split(path.sep).join('/'));
      return { path: relative, text: readFileSync(path.join(ROOT, relative), 'utf8') };
    });
}

describe('layering of the real source tree', () => {
  const core = readSources('src/core');
  const ui = readSources('src/ui');

  it('scans a non-trivial tree', () => {
    expect(core.length).toBeGreaterThan(5);
    expect(ui.length).toBeGreaterThan(0);
  });

  it('keeps src/core pure and src/ui behind WorkbookHost', () => {
    expect(findLayeringViolations([...core, ...ui])).toEqual([]);
  });

  it('keeps every shipped file and script independent of test/', () => {
    const all = [...readSources('src'), ...readSources('scripts'), ...readSources('bin')];
    expect(all.filter((file) => isInside(file.path, 'scripts')).length).toBeGreaterThan(5);
    expect(findLayeringViolations(all).filter((v) => v.reason.startsWith('只有测试'))).toEqual([]);
  });
});

describe('findLayeringViolations', () => {
  const one = (file: string, text: string) => findLayeringViolations([{ path: file, text }]);

  it('rejects a core import that climbs out of core', () => {
    expect(one('src/core/rules/x.ts', "import { a } from '../../host/file/xlsx-reader';")).toEqual([
      { file: 'src/core/rules/x.ts', specifier: '../../host/file/xlsx-reader', reason: 'core 引用了 core 之外的模块 src/host/file/xlsx-reader' },
    ]);
    expect(one('src/core/engine.ts', "import data from '../data/catalogs.json';")[0].reason).toBe('core 引用了 core 之外的模块 src/data/catalogs.json');
  });

  it('rejects Node built-ins, with or without the node: prefix, also via require and dynamic import', () => {
    const text = "import fs from 'node:fs';\nconst p = require('path');\nconst z = await import('zlib');";
    expect(one('src/core/a.ts', text).map((v) => v.specifier)).toEqual(['node:fs', 'path', 'zlib']);
  });

  it('rejects React, Fluent UI, Office and ExcelJS in core', () => {
    const text = ["import React from 'react';", "import { Button } from '@fluentui/react-components';", "import 'office-addin-mock';", "export { Workbook } from 'exceljs';"].join('\n');
    expect(one('src/core/a.ts', text)).toHaveLength(4);
  });

  it('allows pure libraries and imports within core', () => {
    const text = "import Decimal from 'decimal.js';\nimport { pinyin } from 'pinyin-pro';\nimport type { Grid } from '../grid';";
    expect(one('src/core/tables/a.ts', text)).toEqual([]);
  });

  it('rejects a UI component that reaches a concrete host, but not the entry file', () => {
    const text = "import { ExcelHost } from '../../../host/excel/excel-host';";
    expect(one('src/ui/taskpane/components/Panel.tsx', text)).toEqual([
      {
        file: 'src/ui/taskpane/components/Panel.tsx',
        specifier: '../../../host/excel/excel-host',
        reason: '界面代码只能通过 WorkbookHost 接口访问工作簿，不得直接引用 src/host/excel',
      },
    ]);
    expect(one('src/ui/taskpane/index.tsx', "import { ExcelHost } from '../../host/excel/excel-host';")).toEqual([]);
  });

  it('rejects a script or shipped module that imports from test/', () => {
    expect(one('scripts/rules-doc.ts', "import { MUTATION_CASES } from '../test/engine/mutation-cases';")[0].reason).toBe('只有测试可以引用 test/ 中的代码（test/engine/mutation-cases）');
    expect(one('src/cli/main.ts', "import { fixture } from '../../test/engine/support';")).toHaveLength(1);
  });

  it('allows the UI to use the WorkbookHost port from core', () => {
    expect(one('src/ui/taskpane/App.tsx', "import type { WorkbookHost } from '../../core/ports/workbook-host';")).toEqual([]);
  });
});
