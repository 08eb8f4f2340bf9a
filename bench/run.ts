/**
 * `pnpm bench`: runs every benchmark and rewrites its rows in docs/benchmarks.md (rows of figures
 * not run this time are kept). Benchmarks never gate CI by time; this table is where the figures
 * an issue names are shown, measured on this machine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchFlowReplay } from './flowReplay';
import { benchKpiCatalog } from './kpiCatalog';
import { benchMoneySum } from './moneySum';
import { benchPartsPlan } from './partsPlan';
import type { BenchRow } from './table';

const benches: readonly (() => BenchRow[] | Promise<BenchRow[]>)[] = [
  benchMoneySum,
  benchFlowReplay,
  benchKpiCatalog,
  benchPartsPlan,
];

const file = fileURLToPath(new URL('../docs/benchmarks.md', import.meta.url));
const HEADER = '| figure | measured | target | baseline (same run) | date |';
const RULE = '| --- | ---: | --- | --- | --- |';

function render(row: BenchRow, date: string): string {
  return `| ${row.figure} | ${Math.round(row.measured)} | ${row.target} | ${row.baseline} | ${date} |`;
}

const date = new Date().toISOString().slice(0, 10);
const fresh: BenchRow[] = [];
for (const bench of benches) fresh.push(...(await bench()));
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
