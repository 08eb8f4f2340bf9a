import { describe, expect, it } from 'vitest';
import { detectComebacks } from '../comeback/detectComebacks';
import { createFactRowReader, type FactRowReaderOptions } from './factRows';

const ro = {
  id: 'RO-1',
  dealerId: 'DLR-001',
  vin: 'LSVAU218XN2183294',
  advisorId: 'SA-1',
  kind: 'repair',
  status: 'closed',
  openedAt: '2024-03-01T09:00:00+08:00',
  closedAt: '2024-03-31T23:30:00+08:00',
  jobs: [
    {
      system: 'brakes',
      payType: 'CP',
      laborLines: [
        {
          id: 'L1',
          soldHours: '1.2',
          clockedHours: '1.0',
          payType: 'CP',
          laborAmount: '456',
          technicianId: 'T-7',
        },
      ],
      partLines: [{ id: 'P1', partNumber: 'PAD-1', quantity: '2', unitPrice: '150.25', payType: 'CP' }],
    },
  ],
};

describe('createFactRowReader', () => {
  it('gives an RO as its repairOrder, laborLine and partLine rows with the derived facts', () => {
    const result = createFactRowReader()('repairOrders', ro);
    if (!result.ok) throw new Error('rejected');
    expect(result.rows.map((row) => row.source)).toEqual(['repairOrder', 'laborLine', 'partLine']);
    const [header, labor, part] = result.rows.map((row) => row.values);
    // Parts: 2 × 150.25 = 300.5; labor 456; the main payer is CP; closed 23:30 +08:00 is 15:30 UTC.
    expect(header).toMatchObject({
      id: 'RO-1',
      counted: true,
      payType: 'CP',
      laborSales: '456',
      partsSales: '300.5',
      soldHours: '1.2',
      closedAt: '2024-03-31T15:30:00.000Z',
      promisedAt: null,
    });
    expect(labor).toMatchObject({ lineId: 'L1', roId: 'RO-1', technicianId: 'T-7', laborAmount: '456' });
    expect(part).toMatchObject({ lineId: 'P1', amount: '300.5', roClosedAt: '2024-03-31T15:30:00.000Z' });
  });

  it('gives a flat record one row, dates as YYYY-MM-DD and numbers as decimal strings', () => {
    const read = createFactRowReader();
    const result = read('technicianShifts', {
      id: 'S1',
      dealerId: 'D',
      technicianId: 'T',
      shiftDate: '2024-02-29',
      attendedHours: 8,
    });
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          source: 'technicianShift',
          values: { id: 'S1', dealerId: 'D', technicianId: 'T', shiftDate: '2024-02-29', attendedHours: '8' },
        },
      ],
    });
  });

  it('gives the issues of a record the engine rejects, and throws a coded error for an unknown input', () => {
    const read = createFactRowReader();
    const result = read('repairOrders', { ...ro, openedAt: 'yesterday' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toEqual(['openedAt']);
    expect(() => read('nope', {})).toThrow(expect.objectContaining({ code: 'input.invalid_value' }));
  });

  it('marks an RO a comebacks report detects, with the earlier RO it repeats; without the report it is not', () => {
    // Same vehicle, brakes again, opened 9 days after RO-1 was delivered (within 30 days): RO-2
    // is a detected comeback of RO-1.
    const closed = (id: string, opened: string, delivered: string) => ({
      id,
      roNumber: id,
      dealerId: 'DLR-001',
      vin: 'LSVAU218XN2183294',
      advisorId: 'SA-1',
      kind: 'repair',
      status: 'closed',
      openedAt: `${opened}T09:00:00+08:00`,
      deliveredAt: `${delivered}T17:00:00+08:00`,
      closedAt: `${delivered}T17:30:00+08:00`,
      jobs: [
        { id: `${id}-J1`, concern: '制动异响', system: 'brakes', authorization: 'approved', payType: 'CP' },
      ],
    });
    const first = closed('RO-1', '2024-02-28', '2024-03-01');
    const second = closed('RO-2', '2024-03-10', '2024-03-11');
    const comebacks = detectComebacks([first, second], { timeZone: 'Asia/Shanghai' });
    expect(comebacks.rejected).toEqual([]);
    const header = (read: ReturnType<typeof createFactRowReader>, record: unknown) => {
      const result = read('repairOrders', record);
      if (!result.ok) throw new Error('rejected');
      return result.rows[0]?.values;
    };
    const read = createFactRowReader({ comebacks });
    expect(header(read, second)).toMatchObject({ isComeback: true, previousRoId: 'RO-1' });
    expect(header(read, first)).toMatchObject({ isComeback: false, previousRoId: null });
    expect(header(createFactRowReader(), second)).toMatchObject({ isComeback: false, previousRoId: null });
  });

  it('takes options that are not an object (null, a number) as no options, never a TypeError', () => {
    for (const options of [null, 5]) {
      const result = createFactRowReader(options as unknown as FactRowReaderOptions)('repairOrders', ro);
      if (!result.ok) throw new Error('rejected');
      expect(result.rows[0]?.values).toMatchObject({ id: 'RO-1', isComeback: false });
    }
  });

  it('refuses an unknown input at path input, listing every input it reads', () => {
    const read = createFactRowReader();
    // The inputs of the KPI catalog's sources (docs/kpi-catalog.md), each once.
    const inputs = [
      'repairOrders',
      'appointments',
      'complaints',
      'surveys',
      'warrantyClaims',
      'stockMovements',
      'stockCounts',
      'vehicles',
      'technicianShifts',
      'workshopDays',
      'ledgerMonths',
      'customerVisits',
      'firstMaintenanceWindows',
      'insurancePolicies',
      'partRequests',
      'inventorySnapshots',
      'stockPositions',
      'purchaseLines',
      'trainings',
      'outlets',
      'salesRegions',
    ];
    for (const input of ['repairOrder', 42]) {
      let caught: unknown;
      try {
        read(input as string, {});
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({ code: 'input.invalid_value', path: ['input'] });
      const allowed = (caught as { issues: { params?: { allowed?: unknown } }[] }).issues[0]?.params?.allowed;
      expect([...(allowed as string[])].sort()).toEqual([...inputs].sort());
    }
  });
});
