import { describe, expect, it } from 'vitest';
import { fieldIndexes } from './factReader';
import { kpiSources } from './kpiSources';
import type { FactValue } from './readField';
import { createRepairOrderReader } from './repairOrderReader';

// The reader skips the fields no KPI of the report reads (`needs`): not read, not checked. These
// tests hold it to that both ways: a field asked for alone reads as it does when everything is
// read, and a bad value in a field nobody asked for does not reject the record.

type RoSource = 'repairOrder' | 'laborLine' | 'partLine';
const SOURCES: readonly RoSource[] = ['repairOrder', 'laborLine', 'partLine'];

/** An RO with every optional field set, one job with one labor line and one part line. */
const full = {
  id: 'RO-1',
  dealerId: 'DLR-001',
  advisorId: 'SA-1',
  customerId: 'C-9',
  vin: 'LSVAU218XN2183294',
  kind: 'repair',
  status: 'closed',
  openedAt: '2024-03-01T09:00:00+08:00',
  promisedAt: '2024-03-01T16:00:00+08:00',
  receivedAt: '2024-03-01T09:10:00+08:00',
  repairCompletedAt: '2024-03-01T15:00:00+08:00',
  settledAt: '2024-03-01T16:30:00+08:00',
  deliveredAt: '2024-03-01T17:00:00+08:00',
  closedAt: '2024-03-01T17:30:00+08:00',
  odometerInKm: '12345',
  isRescue: true,
  appointmentId: 'AP-1',
  followUps: [{ kind: 'first', doneAt: '2024-03-04T10:00:00+08:00', outcome: 'satisfied' }],
  jobs: [
    {
      id: 'J1',
      system: 'brakes',
      payType: 'CP',
      laborLines: [
        {
          id: 'L1',
          opCode: 'BRK-1',
          soldHours: '1.5',
          clockedHours: '1.25',
          technicianId: 'T-7',
          payType: 'CP',
          laborAmount: '450.00',
          laborCost: '120.00',
          completedAt: '2024-03-01T14:00:00+08:00',
        },
      ],
      partLines: [
        {
          id: 'P1',
          partNumber: 'PAD-1',
          quantity: '2',
          unitPrice: '250.00',
          unitCost: '150.00',
          source: 'oem',
          payType: 'CP',
          issuedAt: '2024-03-01T11:00:00+08:00',
        },
      ],
    },
  ],
};

const needsOf = (source: RoSource, field: string) => new Map([[source, new Set([field])]]);
const fieldOf = (reader: ReturnType<typeof createRepairOrderReader>, source: RoSource, field: string) => {
  const slot = SOURCES.indexOf(source);
  const index = fieldIndexes(kpiSources[source] as NonNullable<(typeof kpiSources)[string]>)[field];
  return (reader.rows[slot]?.[0] as FactValue[] | undefined)?.[index as number];
};

// Each field whose value a report that needs no other field must still get, worked out from `full`
// by hand (instants in epoch milliseconds, numbers and money in fixed-point units of 1/10000).
const H = 3_600_000;
const at0800 = Date.parse('2024-03-01T00:00:00Z'); // 08:00 in UTC+8
const expected: Record<RoSource, Record<string, FactValue>> = {
  repairOrder: {
    advisorId: 'SA-1',
    customerId: 'C-9',
    vin: 'LSVAU218XN2183294',
    promisedAt: at0800 + 8 * H,
    receivedAt: at0800 + H + 10 * 60_000,
    repairCompletedAt: at0800 + 7 * H,
    settledAt: at0800 + 8.5 * H,
    deliveredAt: at0800 + 9 * H,
    closedAt: at0800 + 9.5 * H,
    odometerInKm: 123_450_000,
    isRescue: true,
    fromAppointment: true,
    hasFollowUp: true,
    firstFollowUpAt: Date.parse('2024-03-04T02:00:00Z'),
    laborCost: 1_200_000,
    // 2 × 150.00
    partsCost: 3_000_000,
  },
  laborLine: {
    lineId: 'L1',
    advisorId: 'SA-1',
    technicianId: 'T-7',
    opCode: 'BRK-1',
    laborCost: 1_200_000,
    completedAt: at0800 + 6 * H,
    roClosedAt: at0800 + 9.5 * H,
  },
  partLine: {
    lineId: 'P1',
    advisorId: 'SA-1',
    partNumber: 'PAD-1',
    source: 'oem',
    cost: 3_000_000,
    issuedAt: at0800 + 3 * H,
    roClosedAt: at0800 + 9.5 * H,
  },
};

describe('createRepairOrderReader: a report that needs one field', () => {
  const cases = SOURCES.flatMap((source) =>
    Object.keys(expected[source]).map((field) => [source, field] as const),
  );

  it.each(cases)('reads %s.%s when it is the only field needed', (source, field) => {
    const reader = createRepairOrderReader(undefined, needsOf(source, field));
    expect(reader.read(full)).toEqual([]);
    expect(fieldOf(reader, source, field)).toBe(expected[source][field]);
    // The rows of a needed source are kept, one per line; the RO's own row always.
    expect(reader.counts).toEqual([1, source === 'laborLine' ? 1 : 0, source === 'partLine' ? 1 : 0]);
  });

  it('reads every field of the three sources the same whether needed alone or with all the others', () => {
    const all = createRepairOrderReader();
    expect(all.read(full)).toEqual([]);
    for (const source of SOURCES) {
      for (const field of Object.keys(kpiSources[source]?.fields ?? {})) {
        const alone = createRepairOrderReader(undefined, needsOf(source, field));
        expect(alone.read(full)).toEqual([]);
        expect([source, field, fieldOf(alone, source, field)]).toEqual([
          source,
          field,
          fieldOf(all, source, field),
        ]);
      }
    }
  });
});

describe('createRepairOrderReader: a field no KPI needs is not checked', () => {
  // Every field the reader may skip holds a value of the wrong type or format.
  const bad = {
    ...full,
    advisorId: 5,
    customerId: 5,
    vin: 5,
    promisedAt: 'soon',
    receivedAt: 'soon',
    repairCompletedAt: 'soon',
    settledAt: 'soon',
    deliveredAt: 'soon',
    closedAt: 'soon',
    odometerInKm: 'far',
    followUps: 'called',
    jobs: [
      {
        ...full.jobs[0],
        laborLines: [
          {
            ...full.jobs[0]?.laborLines[0],
            id: 5,
            technicianId: 5,
            opCode: 5,
            laborCost: 'x',
            completedAt: 'x',
          },
        ],
        partLines: [
          { ...full.jobs[0]?.partLines[0], id: 5, partNumber: 5, source: 5, unitCost: 'x', issuedAt: 'x' },
        ],
      },
    ],
  };
  const line = (kind: 'laborLines' | 'partLines', key: string) => ['jobs', 0, kind, 0, key];
  // The one path each needed field makes the reader check; every other field checks none.
  const checks: Record<RoSource, Record<string, (string | number)[]>> = {
    repairOrder: {
      advisorId: ['advisorId'],
      customerId: ['customerId'],
      vin: ['vin'],
      promisedAt: ['promisedAt'],
      receivedAt: ['receivedAt'],
      repairCompletedAt: ['repairCompletedAt'],
      settledAt: ['settledAt'],
      deliveredAt: ['deliveredAt'],
      closedAt: ['closedAt'],
      odometerInKm: ['odometerInKm'],
      hasFollowUp: ['followUps'],
      firstFollowUpAt: ['followUps'],
      laborCost: line('laborLines', 'laborCost'),
      partsCost: line('partLines', 'unitCost'),
    },
    laborLine: {
      lineId: line('laborLines', 'id'),
      advisorId: ['advisorId'],
      technicianId: line('laborLines', 'technicianId'),
      opCode: line('laborLines', 'opCode'),
      laborCost: line('laborLines', 'laborCost'),
      completedAt: line('laborLines', 'completedAt'),
      roClosedAt: ['closedAt'],
    },
    partLine: {
      lineId: line('partLines', 'id'),
      advisorId: ['advisorId'],
      partNumber: line('partLines', 'partNumber'),
      source: line('partLines', 'source'),
      cost: line('partLines', 'unitCost'),
      issuedAt: line('partLines', 'issuedAt'),
      roClosedAt: ['closedAt'],
    },
  };

  it('accepts the record when only fields it reads anyway are needed', () => {
    const reader = createRepairOrderReader(undefined, needsOf('repairOrder', 'dealerId'));
    expect(reader.read(bad)).toEqual([]);
    expect(reader.counts).toEqual([1, 0, 0]);
  });

  it('checks exactly the field needed, for every field of the three sources', () => {
    for (const source of SOURCES) {
      for (const field of Object.keys(kpiSources[source]?.fields ?? {})) {
        const reader = createRepairOrderReader(undefined, needsOf(source, field));
        const paths = reader.read(bad).map((issue) => issue.path);
        const path = checks[source][field];
        expect([source, field, paths]).toEqual([source, field, path ? [path] : []]);
      }
    }
  });

  it('checks them all when the report reads everything', () => {
    const paths = createRepairOrderReader()
      .read(bad)
      .map((issue) => issue.path.join('.'));
    const every = new Set(SOURCES.flatMap((source) => Object.values(checks[source]).map((p) => p.join('.'))));
    expect(paths.sort()).toEqual([...every].sort());
  });
});
