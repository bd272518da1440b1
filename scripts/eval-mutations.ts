/**
 * npm run eval:mutations — how well the checker diagnoses single-cell defects in real workbooks.
 *
 * Injects defects into every clean real workbook of the fixtures (the two Shanxi disclosures in both
 * layouts, the Shanghai corpus): small and large amount changes, swapped digits, deleted amounts, and
 * names swapped between rows. Cells a workbook's own findings already point at are left alone. Each
 * mutated workbook is checked; against the clean workbook's report it counts:
 *   detectable  the mutated amount takes part in an identity the checker compares, by more than the
 *               identity's rounding envelope (a name: the checker compares it with a catalog or
 *               another table)
 *   detected    a new error or warning appears
 *   located     a new finding sits at the mutated cell
 *   fixesOffered / fixesCorrect / wrongFixes  fixes of kind `fix` among the new findings, and whether
 *               each restores the original value of the mutated cell and touches nothing else
 *   abstained   detected, with no fix offered
 * Prints one JSON object. Options: --per-workbook N (mutations per workbook, default 60), --seed S,
 * --verbose (one line per wrong fix and per missed detectable mutation, on stderr).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Amount, convertAmount } from '../src/core/amount';
import { analyse, type Analysis } from '../src/core/engine';
import { parseA1, refToA1, type Grid, type GridCell } from '../src/core/grid';
import type { Diagnostic, Identity } from '../src/core/rules/types';
import { bundledCatalogs } from '../src/data/bundled-sync';
import { readXlsx } from '../src/host/file/xlsx-reader';

const FIXTURES = join(__dirname, '../test/fixtures');
const WORKBOOKS = [
  '泽州县财政局-2026-部门预算公开-A.xlsx',
  '泽州县财政局-2026-部门预算公开-B.xlsx',
  '永和县行政审批服务管理局-2024-单位预算公开-A.xlsx',
  '永和县行政审批服务管理局-2024-单位预算公开-B.xlsx',
  ...Object.keys(JSON.parse(readFileSync(join(FIXTURES, 'shanghai/expected.json'), 'utf8'))),
  ...Object.keys(JSON.parse(readFileSync(join(FIXTURES, 'shanghai/expected-from-pdf.json'), 'utf8'))),
].map((name) => (name.startsWith('上海') ? `shanghai/${name}` : name));

type Kind = 'small' | 'large' | 'swap-digits' | 'delete' | 'name-swap';

interface Mutation {
  kind: Kind;
  sheet: string;
  cell: string;
  original: number | string;
  value: number | string | null;
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const key = (sheet: string, cell: string) => `${sheet}!${cell}`;

function cellsOf(d: Diagnostic): string[] {
  return [...(d.sheet && d.cell ? [key(d.sheet, d.cell)] : []), ...(d.related ?? []).map((r) => key(r.sheet, r.cell))];
}

function findingKey(d: Diagnostic): string {
  return [d.rule, d.severity, d.sheet, d.cell, d.expected, d.actual].join('|');
}

/** A one-cell copy of the grid. */
function withCell(grid: Grid, sheetName: string, a1: string, value: number | string | null): Grid {
  const sheet = grid.sheets.find((s) => s.name === sheetName)!;
  const at = parseA1(a1)!;
  const rows = sheet.rows.slice();
  const row = (rows[at.row] ?? []).slice();
  const cell: GridCell = { v: value };
  row[at.col] = cell;
  rows[at.row] = row;
  return { ...grid, sheets: grid.sheets.map((s) => (s === sheet ? { ...s, rows } : s)) };
}

interface Site {
  sheet: string;
  cell: string;
  amount: Amount;
  /** Smallest published step of the cell's table: 0.01 (万元) or 1 (whole 元). */
  step: number;
}

function amountSites(analysis: Analysis): Site[] {
  const sites = new Map<string, Site>();
  for (const identity of analysis.identities) {
    for (const term of [identity.target, ...identity.addends]) {
      if (term.figure || term.cell.problem || !term.cell.amount) continue;
      const cell = refToA1(term.cell.ref);
      sites.set(key(term.cell.ref.sheet, cell), { sheet: term.cell.ref.sheet, cell, amount: term.cell.amount, step: 10 ** -term.decimals });
    }
  }
  return [...sites.values()];
}

function swapDigits(text: string, rand: () => number): string | undefined {
  const positions = [...text].flatMap((ch, i) => (i + 1 < text.length && /\d/.test(ch) && /\d/.test(text[i + 1]) && ch !== text[i + 1] ? [i] : []));
  if (positions.length === 0) return undefined;
  const i = positions[Math.floor(rand() * positions.length)];
  return text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
}

function mutationsOf(analysis: Analysis, avoid: Set<string>, count: number, rand: () => number): Mutation[] {
  const sites = amountSites(analysis).filter((site) => !avoid.has(key(site.sheet, site.cell)));
  const nonZero = sites.filter((site) => !site.amount.isZero());
  const names = analysis.reading.tables.flatMap((table) =>
    table.rows.flatMap((row) => (row.code && row.name && (table.kind === 'expenditure' || table.kind === 'general-expenditure') ? [{ table, row }] : [])),
  );
  const out: Mutation[] = [];
  const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
  const kinds: Kind[] = ['small', 'large', 'swap-digits', 'delete', 'name-swap'];
  for (let i = 0; out.length < count && i < count * 20; i++) {
    const kind = kinds[i % kinds.length];
    if (kind === 'name-swap') {
      if (names.length < 2) continue;
      const a = pick(names);
      const b = pick(names.filter((n) => n.table === a.table && n.row.name!.text !== a.row.name!.text));
      if (!b) continue;
      const cell = refToA1(a.row.name!.ref);
      if (avoid.has(key(a.table.sheet, cell))) continue;
      out.push({ kind, sheet: a.table.sheet, cell, original: a.row.name!.text, value: b.row.name!.text });
      continue;
    }
    const site = pick(kind === 'delete' || kind === 'swap-digits' ? nonZero : sites);
    if (!site) continue;
    const original = site.amount.toNumber();
    const decimals = Math.max(0, -Math.round(Math.log10(site.step)));
    let value: number | null;
    if (kind === 'small') value = Number(site.amount.plus(new Amount(site.step).mul((2 + Math.floor(rand() * 8)) * (rand() < 0.5 ? -1 : 1))).toFixed(decimals));
    else if (kind === 'large') value = Number(site.amount.plus(new Amount(site.step).mul(1000 + Math.floor(rand() * 9000))).toFixed(decimals));
    else if (kind === 'delete') value = null;
    else {
      const swapped = swapDigits(site.amount.toFixed(decimals), rand);
      if (swapped === undefined) continue;
      value = Number(swapped);
    }
    if (value !== null && (value < 0 || value === original)) continue;
    out.push({ kind, sheet: site.sheet, cell: site.cell, original, value });
  }
  return out;
}

/** An identity sees the change when the mutated amount is one of its terms and the change exceeds its envelope. */
function detectable(mutation: Mutation, clean: Analysis, mutated: Analysis): boolean {
  if (mutation.kind === 'name-swap') return mutated.report.diagnostics.some((d) => d.sheet === mutation.sheet && d.cell === mutation.cell && d.severity !== 'info');
  const before = Number(mutation.original);
  const after = mutation.value === null ? 0 : Number(mutation.value);
  const delta = new Amount(after).minus(before).abs();
  return clean.identities.some(
    (identity: Identity) =>
      identity.fixable &&
      [identity.target, ...identity.addends].some(
        (term) =>
          !term.figure && key(term.cell.ref.sheet, refToA1(term.cell.ref)) === key(mutation.sheet, mutation.cell) && convertAmount(delta, term.unit, identity.target.unit).gt(identity.envelope),
      ),
  );
}

async function main(): Promise<void> {
  const perWorkbook = arg('--per-workbook', 60);
  const verbose = process.argv.includes('--verbose');
  const rand = random(arg('--seed', 20261129));
  const catalogSet = bundledCatalogs();
  const totals = { mutations: 0, detectable: 0, detected: 0, detectedOfDetectable: 0, located: 0, locatedOfDetectable: 0, fixesOffered: 0, fixesCorrect: 0, wrongFixes: 0, abstained: 0 };
  const byKind: Record<string, { mutations: number; detectable: number; detected: number; located: number; fixesOffered: number; fixesCorrect: number }> = {};
  for (const name of WORKBOOKS) {
    const grid = await readXlsx(readFileSync(join(FIXTURES, name)), name);
    const clean = analyse(grid, { catalogSet });
    const baseline = new Set(clean.report.diagnostics.map(findingKey));
    const avoid = new Set(clean.report.diagnostics.filter((d) => d.severity !== 'info').flatMap(cellsOf));
    for (const mutation of mutationsOf(clean, avoid, perWorkbook, rand)) {
      const mutated = analyse(withCell(grid, mutation.sheet, mutation.cell, mutation.value), { catalogSet });
      const fresh = mutated.report.diagnostics.filter((d) => d.severity !== 'info' && !baseline.has(findingKey(d)));
      const fixes = fresh.filter((d) => d.fix?.kind === 'fix');
      const correct = fixes.filter((d) => {
        const edits = d.fix!.edits;
        return edits.length === 1 && edits[0].sheet === mutation.sheet && edits[0].cell === mutation.cell && String(edits[0].value) === String(mutation.original);
      });
      const isDetectable = detectable(mutation, clean, mutated);
      const detected = fresh.length > 0;
      const located = fresh.some((d) => d.sheet === mutation.sheet && d.cell === mutation.cell);
      const stats = (byKind[mutation.kind] ??= { mutations: 0, detectable: 0, detected: 0, located: 0, fixesOffered: 0, fixesCorrect: 0 });
      stats.mutations += 1;
      stats.detectable += Number(isDetectable);
      stats.detected += Number(detected);
      stats.located += Number(located);
      stats.fixesOffered += fixes.length;
      stats.fixesCorrect += correct.length;
      totals.mutations += 1;
      totals.detectable += Number(isDetectable);
      totals.detected += Number(detected);
      totals.detectedOfDetectable += Number(detected && isDetectable);
      totals.located += Number(located);
      totals.locatedOfDetectable += Number(located && isDetectable);
      totals.fixesOffered += fixes.length;
      totals.fixesCorrect += correct.length;
      totals.wrongFixes += fixes.length - correct.length;
      totals.abstained += Number(detected && fixes.length === 0);
      if (verbose && fixes.length > correct.length)
        process.stderr.write(`wrong fix ${name} ${mutation.kind} ${mutation.sheet}!${mutation.cell} ${mutation.original}→${mutation.value}: ${fixes.map((d) => d.fix!.description).join('; ')}\n`);
      if (verbose && isDetectable && detected && !located)
        process.stderr.write(
          `unlocated ${name} ${mutation.kind} ${mutation.sheet}!${mutation.cell} ${mutation.original}→${mutation.value}: ${fresh.map((d) => `${d.sheet}!${d.cell} ${d.rule}`).join('; ')}\n`,
        );
      if (verbose && isDetectable && !detected) process.stderr.write(`missed ${name} ${mutation.kind} ${mutation.sheet}!${mutation.cell} ${mutation.original}→${mutation.value}\n`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : Number((a / b).toFixed(4)));
  const result = {
    ...totals,
    workbooks: WORKBOOKS.length,
    fixPrecision: ratio(totals.fixesCorrect, totals.fixesOffered),
    wrongFixRate: ratio(totals.wrongFixes, totals.mutations),
    detectionRate: ratio(totals.detectedOfDetectable, totals.detectable),
    locationRate: ratio(totals.locatedOfDetectable, totals.detectable),
    byKind,
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
