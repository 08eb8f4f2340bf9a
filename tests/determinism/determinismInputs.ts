import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DealerDataset } from '@aftersales/cli';

/**
 * The inputs every determinism run reads, written once into a directory by the test and then read
 * by the in-process runs and by each child process alike.
 */

// The GB18030 DMS export of tests/adapters/fixtures/dms (see tests/adapters/dms-export.test.ts).
const DMS_FIXTURES = fileURLToPath(new URL('../adapters/fixtures/dms/', import.meta.url));
const DMS_KINDS: readonly (readonly [string, string])[] = [
  ['repairOrders', 'ro-headers.csv'],
  ['laborLines', 'labor-lines.csv'],
  ['partLines', 'part-lines.csv'],
  ['warrantyClaims', 'claims.csv'],
  ['claimLaborOps', 'claim-labor-ops.csv'],
  ['claimParts', 'claim-parts.csv'],
];

/**
 * The DMS export's files as `kind=path` arguments, relative to the inputs directory (copied there,
 * so a child process needs nothing but that directory).
 */
export const DMS_FILES: readonly string[] = DMS_KINDS.map(([kind, file]) => `${kind}=dms/${file}`);

/** The slice of the demo dealer the commands audit: the last week of 2024. */
export const SLICE = { from: '2024-12-25', to: '2024-12-31', asOf: '2025-01-01' } as const;
// ROs and appointments from a week before the period, so its first days see earlier visits.
const LEAD_IN = '2024-12-18';
const PART_COUNT = 40;

/** The docs/warranty.md request; `amount` and `repair` vary it. */
export function warrantyRequest(repair: Record<string, unknown>): Record<string, unknown> {
  return {
    vehicle: {
      vin: 'LHXAB2C31R0000012',
      brand: 'Huaxia',
      model: 'HX5',
      modelYear: 2024,
      invoiceDate: '2024-03-01',
      use: 'private',
    },
    repair,
    firstMaintenance: { date: '2024-08-20', odometerKm: 5_100 },
  };
}

/** The request files written next to the dataset, by file name. */
export const warrantyRequests: Readonly<Record<string, Record<string, unknown>>> = {
  // docs/warranty.md: inside powertrain (60 months / 150,000 km), above the 5,000.00 authority.
  'request-docs.json': warrantyRequest({
    date: '2026-05-02',
    odometerKm: 41_200,
    system: 'transmission',
    amount: '8600.00',
  }),
  // Powertrain ended 2029-03-01 and at 150,000 km: 12 days and 3,200 km past both ends.
  'request-expired.json': warrantyRequest({
    date: '2029-03-13',
    odometerKm: 153_200,
    system: 'transmission',
    amount: '3000.00',
  }),
  // An instant 17:30 UTC: 01:30 next day in Shanghai, 14:00 the same day in St. John's.
  'request-instant.json': warrantyRequest({
    at: '2026-05-01T17:30:00Z',
    odometerKm: 41_200,
    system: 'transmission',
    amount: '3000.00',
  }),
  // Refused: a month 13 and a negative odometer, each named by its path.
  'request-bad.json': warrantyRequest({ date: '2026-13-01', odometerKm: -5, system: 'transmission' }),
};

const text = (record: unknown, key: string): string => {
  const value = (record as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : '';
};

/**
 * The last week of the demo dealer, small enough to audit in well under a second, with the lists the
 * audit joins kept consistent (the claims' vehicles and RO headers, the parts' movements and
 * positions). Two records are added that must be refused: an RO whose `openedAt` has no offset (a
 * host-zone reading of it would differ by `TZ`) and a movement of an unknown type.
 *
 * @example
 * const slice = demoSlice(generateDemoDealer({ seed: 8 }));
 */
export function demoSlice(demo: DealerDataset): DealerDataset {
  const repairOrders = demo.repairOrders.filter((ro) => text(ro, 'openedAt') >= LEAD_IN);
  const roIds = new Set(repairOrders.map((ro) => text(ro, 'id')));
  const claims = demo.warranty.claims.filter((claim) => text(claim, 'repairDate') >= LEAD_IN);
  const vins = new Set(claims.map((claim) => text(claim, 'vin')));
  const parts = demo.parts.parts.slice(0, PART_COUNT);
  const partNumbers = new Set(parts.map((part) => text(part, 'partNumber')));
  const ofPart = (record: unknown) => partNumbers.has(text(record, 'partNumber'));
  const [firstRo] = repairOrders;
  return {
    ...demo,
    period: { from: SLICE.from, to: SLICE.to },
    asOf: SLICE.asOf,
    repairOrders: [
      ...repairOrders,
      {
        ...(firstRo as object),
        id: 'RO-LOCAL-TIME',
        roNumber: 'RO-LOCAL-TIME',
        openedAt: '2024-12-20T09:00:00',
      },
    ],
    complaints: demo.complaints.filter((c) => roIds.has(text(c, 'roId'))),
    appointments: demo.appointments.filter((a) => text(a, 'scheduledFor') >= LEAD_IN),
    surveys: demo.surveys.filter((s) => roIds.has(text(s, 'roId'))),
    warranty: {
      ...demo.warranty,
      claims,
      vehicles: demo.warranty.vehicles.filter((v) => vins.has(text(v, 'vin'))),
      repairOrders: demo.warranty.repairOrders.filter((ro) => vins.has(text(ro, 'vin'))),
    },
    parts: {
      parts,
      movements: [
        ...demo.parts.movements.filter(ofPart),
        {
          id: 'MV-UNKNOWN-TYPE',
          partNumber: text(parts[0], 'partNumber'),
          type: 'issue',
          quantity: '1',
          unitCost: '10.00',
          occurredAt: '2024-12-20T10:00:00+08:00',
        },
      ],
      positions: demo.parts.positions.filter(ofPart),
    },
  };
}

/**
 * Writes `dataset.json` (the slice), the warranty requests and a copy of the DMS export (`dms/`)
 * into `dir`.
 *
 * @example
 * await writeDeterminismInputs(dir, demoSlice(generateDemoDealer({ seed: 8 })));
 */
export async function writeDeterminismInputs(dir: string, slice: DealerDataset): Promise<void> {
  await mkdir(join(dir, 'dms'), { recursive: true });
  for (const [, file] of DMS_KINDS) await copyFile(join(DMS_FIXTURES, file), join(dir, 'dms', file));
  await writeFile(join(dir, 'dataset.json'), JSON.stringify(slice), 'utf8');
  for (const [file, request] of Object.entries(warrantyRequests)) {
    await writeFile(join(dir, file), JSON.stringify(request), 'utf8');
  }
}
