import type { RepairOrderInput } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { fieldIndexes } from './factReader';
import { formatUnits } from './fixedPoint';
import { kpiSources } from './kpiSources';
import type { FactValue } from './readField';
import { createRepairOrderReader } from './repairOrderReader';

const ro: RepairOrderInput = {
  id: 'RO-1',
  roNumber: 'RO-1',
  dealerId: 'DLR-001',
  vin: 'LSVAU218XN2183294',
  customerId: 'C-9',
  advisorId: 'SA-1',
  kind: 'repair',
  status: 'closed',
  openedAt: '2024-03-01T09:00:00+08:00',
  appointmentId: 'AP-1',
  deliveredAt: '2024-03-01T17:00:00+08:00',
  closedAt: '2024-03-01T17:30:00+08:00',
  followUps: [
    { kind: 'first', doneAt: '2024-03-05T10:00:00+08:00', outcome: 'unreachable' },
    { kind: 'first', doneAt: '2024-03-06T10:00:00+08:00', outcome: 'satisfied' },
  ],
  jobs: [
    {
      id: 'J1',
      concern: '刹车异响',
      system: 'brakes',
      authorization: 'approved',
      payType: 'W',
      laborLines: [
        {
          id: 'L1',
          opCode: 'BRK-1',
          description: '更换刹车片',
          soldHours: '1.2',
          clockedHours: '1.0',
          technicianId: 'T-7',
          payType: 'W',
          laborRate: '300.00',
          laborCost: '90.00',
        },
        {
          id: 'L2',
          opCode: 'BRK-2',
          description: '更换刹车盘',
          soldHours: '0.5',
          payType: 'W',
          laborAmount: '150.00',
          authorization: 'declined',
        },
      ],
      partLines: [
        {
          id: 'P1',
          partNumber: 'PAD-1',
          description: '刹车片',
          quantity: '2',
          unit: '套',
          unitPrice: '250.00',
          unitCost: '150.00',
          source: 'oem',
          payType: 'W',
        },
      ],
    },
    {
      id: 'J2',
      concern: '钣喷',
      system: 'paint',
      authorization: 'approved',
      payType: 'CP',
      laborLines: [
        {
          id: 'L3',
          opCode: 'PNT-1',
          description: '喷漆',
          soldHours: '2',
          payType: 'CP',
          laborAmount: '760.00',
        },
      ],
      subletLines: [{ id: 'S1', description: '外包抛光', amount: '100.00', payType: 'CP' }],
    },
  ],
};

function named(source: 'repairOrder' | 'laborLine' | 'partLine', row: readonly FactValue[]) {
  const fields = kpiSources[source]?.fields ?? {};
  const indexes = fieldIndexes(kpiSources[source] as NonNullable<(typeof kpiSources)[string]>);
  return Object.fromEntries(
    Object.keys(fields).map((name) => {
      const value = row[indexes[name] as number];
      const type = fields[name]?.type;
      return [
        name,
        typeof value === 'number' && (type === 'number' || type === 'money') ? formatUnits(value) : value,
      ];
    }),
  );
}

describe('createRepairOrderReader', () => {
  it('reads an RO into its header row, totals over sold lines, and one row per line', () => {
    const reader = createRepairOrderReader();
    expect(reader.read(ro)).toEqual([]);
    const header = named('repairOrder', reader.rows[0]?.[0] as FactValue[]);
    // Labor sales: L1 1.2 h × ¥300 = 360 (no amount: priced from the rate) + L3 760; L2 is declined.
    // Parts: 2 × 250 = 500, cost 2 × 150 = 300. Sublet 100. Body & paint: job J2 (paint): 760 + 100.
    // Payers: W 360 + 500 = 860, CP 760 + 100 = 860: a tie goes to CP (order CP, W, INS, I).
    expect(header).toMatchObject({
      id: 'RO-1',
      dealerId: 'DLR-001',
      counted: true,
      fromAppointment: true,
      payType: 'CP',
      laborSales: '1120',
      partsSales: '500',
      subletSales: '100',
      bodyPaintSales: '860',
      laborCost: '90',
      partsCost: '300',
      soldHours: '3.2',
      clockedHours: '1',
      hasFollowUp: true,
      firstFollowUpAt: Date.parse('2024-03-06T02:00:00Z'),
      closedAt: Date.parse('2024-03-01T09:30:00Z'),
    });
    expect(reader.counts).toEqual([1, 3, 1]);
    const lines = (reader.rows[1] as FactValue[][]).slice(0, 3).map((row) => named('laborLine', row));
    expect(
      lines.map((line) => [
        line.lineId,
        line.technicianId,
        line.authorization,
        line.laborAmount,
        line.payType,
      ]),
    ).toEqual([
      ['L1', 'T-7', 'approved', '360', 'W'],
      ['L2', undefined, 'declined', '150', 'W'],
      ['L3', undefined, 'approved', '760', 'CP'],
    ]);
    expect(named('partLine', reader.rows[2]?.[0] as FactValue[])).toMatchObject({
      lineId: 'P1',
      amount: '500',
      cost: '300',
    });
  });

  it('marks a cancelled RO as not counted, and reads only what the report needs', () => {
    const reader = createRepairOrderReader(
      undefined,
      new Map([['repairOrder', new Set(['openedAt', 'dealerId'])]]),
    );
    reader.read({ ...ro, status: 'cancelled', cancelledAt: '2024-03-01T10:00:00+08:00' });
    const header = named('repairOrder', reader.rows[0]?.[0] as FactValue[]);
    expect(header).toMatchObject({
      counted: false,
      vin: undefined,
      deliveredAt: undefined,
      hasFollowUp: undefined,
    });
    // No KPI reads labor or part rows: none are kept.
    expect(reader.counts).toEqual([1, 0, 0]);
  });

  it('rejects a record with every bad field named by its path', () => {
    const reader = createRepairOrderReader();
    const issues = reader.read({
      ...ro,
      openedAt: 'yesterday',
      jobs: [{ ...ro.jobs?.[0], laborLines: [{ id: 'L9', payType: 'CP' }] }],
    });
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['input.invalid_format', ['openedAt']],
      ['input.required', ['jobs', 0, 'laborLines', 0, 'soldHours']],
    ]);
    expect(reader.counts).toEqual([0, 0, 0]);
  });

  it('dates the first follow-up by the earliest reached first call, whatever the order of the calls', () => {
    const reader = createRepairOrderReader();
    const followUps = [
      { kind: 'first', doneAt: '2024-03-07T10:00:00+08:00', outcome: 'satisfied' },
      { kind: 'first', doneAt: '2024-03-05T10:00:00+08:00', outcome: 'neutral' },
      { kind: 'second', doneAt: '2024-03-04T10:00:00+08:00', outcome: 'satisfied' },
    ];
    expect(reader.read({ ...ro, followUps })).toEqual([]);
    // 2024-03-05 10:00 in UTC+8 is 02:00 UTC.
    expect(named('repairOrder', reader.rows[0]?.[0] as FactValue[])).toMatchObject({
      hasFollowUp: true,
      firstFollowUpAt: Date.parse('2024-03-05T02:00:00Z'),
    });
  });

  it('counts a line of a pay type it does not know in the sales but toward no payer', () => {
    const reader = createRepairOrderReader();
    const job = {
      id: 'J1',
      payType: 'CP',
      laborLines: [
        { id: 'L1', soldHours: '1', payType: 'GOODWILL', laborAmount: '100.00' },
        { id: 'L2', soldHours: '1', payType: 'CP', laborAmount: '50.00' },
      ],
    };
    expect(reader.read({ ...ro, jobs: [job] })).toEqual([]);
    // Sales 100 + 50; of the known payers only CP has an amount (50), so CP is the main payer.
    expect(named('repairOrder', reader.rows[0]?.[0] as FactValue[])).toMatchObject({
      laborSales: '150',
      payType: 'CP',
    });
  });

  it('takes the payer of a kind it knows only: an RO of kind __proto__ or constructor pays CP', () => {
    const reader = createRepairOrderReader();
    for (const kind of ['__proto__', 'constructor', 'toString']) {
      expect(reader.read({ ...ro, kind, jobs: [] })).toEqual([]);
      expect(named('repairOrder', reader.rows[0]?.[0] as FactValue[]).payType).toBe('CP');
    }
  });
});

describe('createRepairOrderReader: rescue flag, unpriced lines and sublet lines', () => {
  const header = (reader: ReturnType<typeof createRepairOrderReader>) =>
    named('repairOrder', reader.rows[0]?.[0] as FactValue[]);

  it('marks an RO as a rescue only when its isRescue is true (the schema default is false)', () => {
    const reader = createRepairOrderReader();
    expect(reader.read({ ...ro, isRescue: true })).toEqual([]);
    expect(header(reader).isRescue).toBe(true);
    expect(reader.read({ ...ro })).toEqual([]);
    expect(header(reader).isRescue).toBe(false);
    expect(reader.read({ ...ro, isRescue: false })).toEqual([]);
    expect(header(reader).isRescue).toBe(false);
  });

  it('gives a labor line with neither an amount nor a rate no amount, and adds nothing for it', () => {
    const reader = createRepairOrderReader();
    const job = {
      id: 'J1',
      payType: 'CP',
      laborLines: [
        { id: 'L1', soldHours: '1', payType: 'CP' },
        { id: 'L2', soldHours: '0.5', payType: 'CP', laborAmount: '50.00' },
      ],
    };
    expect(reader.read({ ...ro, jobs: [job] })).toEqual([]);
    const lines = (reader.rows[1] as FactValue[][]).slice(0, 2).map((row) => named('laborLine', row));
    expect(lines.map((line) => [line.lineId, line.laborAmount])).toEqual([
      ['L1', undefined],
      ['L2', '50'],
    ]);
    // Sales: L2's 50 alone; sold hours 1 + 0.5.
    expect(header(reader)).toMatchObject({ laborSales: '50', soldHours: '1.5' });
  });

  it('adds a sublet line only when its job is sold and it has an amount, to body & paint only in a body job', () => {
    const reader = createRepairOrderReader();
    const jobs = [
      {
        id: 'J1',
        system: 'brakes',
        authorization: 'approved',
        payType: 'CP',
        subletLines: [
          { id: 'S1', amount: '100.00', payType: 'CP' },
          { id: 'S2', payType: 'CP' },
        ],
      },
      {
        id: 'J2',
        system: 'paint',
        authorization: 'declined',
        payType: 'W',
        subletLines: [{ id: 'S3', amount: '400.00', payType: 'W' }],
      },
      {
        id: 'J3',
        system: 'body',
        authorization: 'deferred',
        payType: 'W',
        subletLines: [{ id: 'S4', amount: '300.00', payType: 'W' }],
      },
      {
        id: 'J4',
        system: 'body',
        authorization: 'approved',
        payType: 'INS',
        subletLines: [{ id: 'S5', amount: '30.00', payType: 'INS' }],
      },
    ];
    expect(reader.read({ ...ro, jobs })).toEqual([]);
    // Sold sublets with an amount: S1 100 (brakes, CP) + S5 30 (body, INS); S2 has no amount, J2 is
    // declined and J3 deferred. Body & paint: S5 only. Payers: CP 100, INS 30, W nothing: CP.
    expect(header(reader)).toMatchObject({
      subletSales: '130',
      bodyPaintSales: '30',
      laborSales: '0',
      partsSales: '0',
      payType: 'CP',
    });
  });
});
