import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '@aftersales/cli';
import { describe, expect, it } from 'vitest';
import { cliIo } from './cliIo';

/**
 * `aftersales audit star=…` with STAR's own example repair_line_item_split.json (RO
 * ROR-2026-0724-99 of dealer DLR-10492, opened 2026-07-24T09:50:00Z, in repair, currency USD; see
 * tests/adapters/star-to-service.test.ts). The example carries no VIN, so as it is the document is
 * refused; with `vehicle_reference.vin` added it is audited.
 */
const EXAMPLE = fileURLToPath(
  new URL('../../packages/adapters/star/fixtures/examples/repair_line_item_split.json', import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), 'aftersales-star-'));
const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Record<string, unknown>;
writeFileSync(join(dir, 'as-sent.json'), JSON.stringify(doc));
writeFileSync(
  join(dir, 'with-vin.json'),
  JSON.stringify([{ ...doc, vehicle_reference: { vin: '1FTFW1E51NFA00001' } }]),
);

const io = () => cliIo(dir);

describe('aftersales audit with STAR documents', () => {
  it('lists a document without a VIN as refused, naming the STAR field (exit 1)', async () => {
    const run = io();
    const args = [
      'audit',
      'star=as-sent.json',
      '--from',
      '2026-07-01',
      '--to',
      '2026-07-31',
      '--format',
      'json',
    ];
    expect(await runCli(args, run)).toBe(1);
    const report = JSON.parse(run.out());
    expect(report.inputs['file.star']).toEqual({ read: 1, accepted: 0, rejected: 1 });
    const [refused] = report.rejections;
    expect([refused.input, refused.row]).toEqual(['file.star', 0]);
    expect(refused.issues.map((i: { path: string[] }) => i.path.join('.'))).toContain(
      'vehicle_reference.vin',
    );
  });

  it('audits the document with its VIN: one RO of DLR-10492 in New York time, period July 2026', async () => {
    const run = io();
    const args = ['audit', 'star=with-vin.json', '--time-zone', 'America/New_York', '--format', 'json'];
    await runCli(args, run);
    const report = JSON.parse(run.out());
    expect(report.inputs['file.star']).toEqual({ read: 1, accepted: 1, rejected: 0 });
    // Opened 09:50Z = 05:50 EDT on 24 July 2026; not closed, so the period is from its month's
    // 1st to its day, and "today" the day after.
    expect(report.period).toEqual({ from: '2026-07-01', to: '2026-07-24' });
    expect(report.asOf).toBe('2026-07-25');
    expect(report.dealer.id).toBe('DLR-10492');
  });
});
