import { describe, expect, it } from 'vitest';
import { customerBase } from '../catalog/care/customerBase';
import { ro } from '../catalog/care/testing';
import { type ComputeKpisOptions, createKpiAccumulator } from './kpiAccumulator';
import type { KpiReport } from './kpiReport';
import { roCount } from './testing';

// Where add() places a row: the group of its dimension values and period, or for an "as of"
// measure (care.base: distinct VINs with a paid visit in the trailing 12 months) the row's own
// day, spread over the periods at the end. The accumulator remembers the last group per dealer so
// that a run of rows skips the lookup; these check that no row lands in a group or day not its own.

const TZ = 'Asia/Shanghai';

function report(options: Partial<ComputeKpisOptions>, records: readonly object[]): KpiReport {
  const accumulator = createKpiAccumulator({
    kpis: [customerBase],
    groupBy: ['dealer', 'month'],
    timeZone: TZ,
    ...options,
  });
  for (const record of records) accumulator.add('repairOrders', record);
  return accumulator.result();
}

const cells = (result: KpiReport) =>
  result.cells.map((cell) => [
    cell.kpi,
    cell.group.dealer,
    cell.group.advisor,
    cell.period?.label,
    cell.value,
  ]);

describe('KpiAccumulator places each "as of" row in its own group and day', () => {
  // Three visits of one dealer on one day, by two advisors taking turns: SA-1 has V1 and V3, SA-2 V2.
  it('keeps the rows of two advisors of one dealer apart on the same day', () => {
    const visit = (id: string, vin: string, advisorId: string) => ({
      ...ro(id, { vin, openedAt: '2024-03-05T10:00:00+08:00' }),
      advisorId,
    });
    const result = report({ groupBy: ['dealer', 'advisor', 'month'] }, [
      visit('R1', 'V1', 'SA-1'),
      visit('R2', 'V2', 'SA-2'),
      visit('R3', 'V3', 'SA-1'),
    ]);
    expect(cells(result)).toEqual([
      ['care.base', 'D1', 'SA-1', '2024-03', '2'],
      ['care.base', 'D1', 'SA-2', '2024-03', '1'],
    ]);
  });

  // 5 March (V1), 6 March (V2), 5 March again (V3): all three are March's base.
  it('adds a row to a day the dealer had before another day', () => {
    const result = report({}, [
      ro('R1', { vin: 'V1', openedAt: '2024-03-05T10:00:00+08:00' }),
      ro('R2', { vin: 'V2', openedAt: '2024-03-06T10:00:00+08:00' }),
      ro('R3', { vin: 'V3', openedAt: '2024-03-05T16:00:00+08:00' }),
    ]);
    expect(cells(result)).toEqual([['care.base', 'D1', undefined, '2024-03', '3']]);
  });

  // 2 January 1970 is day 1 of the day numbers. With no dimension, every row shares one remembered
  // entry: the first row must not take the empty entry for its day.
  it('places the first row, with no dimension, on 2 January 1970', () => {
    const result = report({ groupBy: ['month'] }, [
      ro('R1', { vin: 'V1', openedAt: '1970-01-02T10:00:00+08:00' }),
    ]);
    expect(cells(result)).toEqual([['care.base', undefined, undefined, '1970-01', '1']]);
  });

  // One RO in March, counted by a plain KPI and by care.base: one group (D1, March) holds both.
  it('gives a plain KPI and an "as of" KPI of the same group and month one group', () => {
    const result = report({ kpis: [roCount, customerBase] }, [
      ro('R1', { vin: 'V1', openedAt: '2024-03-05T10:00:00+08:00' }),
    ]);
    expect(cells(result)).toEqual([
      ['test.ro.count', 'D1', undefined, '2024-03', '1'],
      ['care.base', 'D1', undefined, '2024-03', '1'],
    ]);
  });
});

describe('KpiAccumulator runs an "as of" report to the last row placed within the period', () => {
  // Period March to May; one visit on 1 March, the period's first day: March is reported (base 1);
  // April and May come after the last row and are left out.
  it('counts a row on period.from as the last row', () => {
    const result = report({ period: { from: '2024-03-01', to: '2024-05-31' } }, [
      ro('R1', { vin: 'V1', openedAt: '2024-03-01T10:00:00+08:00' }),
    ]);
    expect(cells(result)).toEqual([['care.base', 'D1', undefined, '2024-03', '1']]);
  });

  // Period from 15 March; the only visit is on 10 March, before it. It counts in the windows of
  // the periods within the period, but no row is placed from 15 March on, so no period is reported.
  it('reports no period when every row is before period.from', () => {
    const result = report({ period: { from: '2024-03-15', to: '2024-05-31' } }, [
      ro('R1', { vin: 'V1', openedAt: '2024-03-10T10:00:00+08:00' }),
    ]);
    expect(result.inputs.repairOrders).toEqual({ read: 1, accepted: 1, rejected: 0 });
    expect(cells(result)).toEqual([]);
  });
});
