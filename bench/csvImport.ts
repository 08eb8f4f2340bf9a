import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamRecords } from '@aftersales/adapter-files';
import { generatePartsData } from '@aftersales/testkit';
import type { BenchRow } from './table';

// PapaParse is the adapter's dependency, not the root's: load the adapter's copy for the baseline.
const Papa = createRequire(new URL('../packages/adapters/files/package.json', import.meta.url))(
  'papaparse',
) as { parse: (text: string, config: { header: boolean }) => { data: unknown[] } };

const ROWS = 1_000_000;
const HEADER = ['流水号', '配件编号', '出入库类型', '数量', '成本单价', '发生时间', '工单号'];
// The generic profile's Chinese words for the movement types testkit generates.
const TYPE_WORDS: Readonly<Record<string, string>> = {
  receipt: '采购入库',
  issue_ro: '维修出库',
  counter_sale: '柜台销售',
  return_from_ro: '维修退料',
  stocktake_adjustment: '盘点调整',
};

/** `2024-03-08T14:30:00+08:00` as a DMS writes it in Beijing time: `2024/03/08 14:30:00`. */
const localText = (instant: string): string =>
  `${instant.slice(0, 10).replaceAll('-', '/')} ${instant.slice(11, 19)}`;

function writeMovementsCsv(path: string): number {
  // ~100 movements per part over 24 months: 10,500 parts give a little over a million rows.
  const { movements } = generatePartsData({ seed: 11, parts: 10_500 });
  const lines = [HEADER.join(',')];
  if (movements.length < ROWS)
    throw new Error(`testkit gave ${movements.length} movements, fewer than ${ROWS}`);
  const count = ROWS;
  for (let i = 0; i < count; i++) {
    const m = movements[i];
    if (m === undefined) break;
    const word = TYPE_WORDS[m.type] ?? m.type;
    lines.push(
      `${m.id},${m.partNumber},${word},${String(m.quantity)},${String(m.unitCost)},${localText(m.occurredAt)},${m.roId ?? ''}`,
    );
  }
  writeFileSync(path, `${lines.join('\r\n')}\r\n`);
  return count;
}

async function importOnce(path: string): Promise<{ ms: number; accepted: number; rejected: number }> {
  const start = performance.now();
  const stream = streamRecords(path, { kind: 'stockMovements', timeZone: 'Asia/Shanghai' });
  let accepted = 0;
  let rejected = 0;
  for await (const batch of stream.batches()) {
    for (const result of batch) {
      if (result.ok) accepted += 1;
      else rejected += 1;
    }
  }
  return { ms: performance.now() - start, accepted, rejected };
}

/**
 * CSV import with validation: a million stock movements (testkit's parts data) written to a CSV
 * file with the generic profile's Chinese headers, read back through `streamRecords` (decode,
 * parse, map, validate every row), best of 2. Baseline: PapaParse alone parsing the same text.
 */
export async function benchCsvImport(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'aftersales-csv-'));
  const path = join(dir, 'movements.csv');
  try {
    const rows = writeMovementsCsv(path);
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 2; round++) {
      const run = await importOnce(path);
      if (run.accepted !== rows || run.rejected !== 0) {
        throw new Error(
          `expected ${rows} accepted rows, got ${run.accepted} accepted and ${run.rejected} rejected`,
        );
      }
      best = Math.min(best, run.ms);
    }
    const text = readFileSync(path, 'utf8');
    let papaBest = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 2; round++) {
      const start = performance.now();
      const parsed = Papa.parse(text, { header: false });
      papaBest = Math.min(papaBest, performance.now() - start);
      if (parsed.data.length < rows) throw new Error('PapaParse read fewer rows than written');
    }
    return [
      {
        figure: 'CSV import with validation, 1,000,000 stock movements (rows/s)',
        measured: rows / (best / 1000),
        target: '≥ 150000',
        baseline: `PapaParse parse alone: ${Math.round(rows / (papaBest / 1000))}`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
