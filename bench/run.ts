/**
 * `pnpm bench [name…]`: runs the benchmarks (all, or those named: money, replay, kpi, parts, warranty, claims, csv, sql) and
 * rewrites their rows in docs/benchmarks.md (rows of figures not run this time are kept).
 * Benchmarks never gate CI by time; this table is where the figures an issue names are shown,
 * measured on this machine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchCsvImport } from './csvImport';
import { benchFlowReplay } from './flowReplay';
import { benchKpiCatalog } from './kpiCatalog';
import { benchKpiSql } from './kpiSql';
import { benchMoneySum } from './moneySum';
import { benchPartsPlan } from './partsPlan';
import type { BenchRow } from './table';
import { benchWarrantyAudit } from './warrantyAudit';
import { benchWarrantyEligibility } from './warrantyEligibility';

const benches: Readonly<Record<string, () => BenchRow[] | Promise<BenchRow[]>>> = {
  money: benchMoneySum,
  replay: benchFlowReplay,
  kpi: benchKpiCatalog,
  parts: benchPartsPlan,
  warranty: benchWarrantyEligibility,
  claims: benchWarrantyAudit,
  csv: benchCsvImport,
  sql: benchKpiSql,
};

// `pnpm bench parts kpi` runs only those (by name); no names: all of them.
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length > 0)
  throw new Error(`unknown bench ${unknown.join(', ')}; known: ${Object.keys(benches).join(', ')}`);

const file = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const HEADER = '| figure | measured | target | baseline (same run) | date |';
const RULE = '| --- | ---: | --- | --- | --- |';

function render(row: BenchRow, date: string): string {
  return `| ${row.figure} | ${Math.round(row.measured)} | ${row.target} | ${row.baseline} | ${date} |`;
}

const date = new Date().toISOString().slice(0, 10);
const fresh: BenchRow[] = [];
for (const [name, bench] of Object.entries(benches)) {
  if (wanted.length === 0 || wanted.includes(name)) fresh.push(...(await bench()));
}
const text = readFileSync(file, 'utf8');
const lines = text.split('\n');
const start = lines.indexOf(HEADER);
if (start < 0) throw new Error(`docs/benchmarks.md has no table header "${HEADER}"`);
let end = start + 2;
while (end < lines.length && lines[end]?.startsWith('|')) end += 1;
const kept = lines
  .slice(start + 2, end)
  .filter((line) => !fresh.some((row) => line.startsWith(`| ${row.figure} |`)));
const table = [HEADER, RULE, ...kept, ...fresh.map((row) => render(row, date))];
writeFileSync(file, [...lines.slice(0, start), ...table, ...lines.slice(end)].join('\n'));

console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
console.table(
  fresh.map((row) => ({
    figure: row.figure,
    measured: Math.round(row.measured),
    target: row.target,
    baseline: row.baseline,
  })),
);
