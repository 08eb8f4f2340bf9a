import { describe, expect, it } from 'vitest';
import { scoreKpis } from './scoreKpis';
import { approval, cell, comeback, kpis, manualTargets, month, partsLabor, report } from './testing';

const trends = (cells: Parameters<typeof report>[0], previous?: Parameters<typeof report>[0]) =>
  scoreKpis(report(cells), {
    kpis,
    targets: manualTargets,
    ...(previous === undefined ? {} : { previous: report(previous) }),
  }).rows.map((row) => row.trend);

describe('scorecard trend: which cell is the previous one', () => {
  it('matches the group of the previous period whatever order its dimensions are written in', () => {
    // The same dealer and advisor: 1.8 − 2.4 = −0.6, a comeback rate going down.
    expect(
      trends(
        [cell(comeback.id, '1.8', { period: month(3), group: { advisor: 'SA-07', dealer: 'DLR-001' } })],
        [cell(comeback.id, '2.4', { period: month(2), group: { dealer: 'DLR-001', advisor: 'SA-07' } })],
      ),
    ).toEqual([{ previous: '2.4', change: '-0.6', direction: 'improving' }]);
  });

  it('ignores a dimension given as undefined, and matches cells without a group', () => {
    const withUndefined = { dealer: 'DLR-001', advisor: undefined } as never;
    expect(
      trends(
        [
          cell(comeback.id, '1.8', { period: month(3), group: withUndefined }),
          cell(comeback.id, '1.5', { period: month(3), group: undefined as never }),
        ],
        [
          cell(comeback.id, '2.4', { period: month(2) }), // group { dealer: 'DLR-001' }
          cell(comeback.id, '1.6', { period: month(2), group: undefined as never }),
        ],
      ),
    ).toEqual([
      { previous: '2.4', change: '-0.6', direction: 'improving' }, // 1.8 − 2.4
      { previous: '1.6', change: '-0.1', direction: 'improving' }, // 1.5 − 1.6
    ]);
  });

  it('takes the first of two cells for the same KPI, group and period', () => {
    // 2.4 − 2.1 = 0.3 against the first February cell (2.6 would give −0.2).
    expect(
      trends(
        [cell(comeback.id, '2.4', { period: month(3) })],
        [cell(comeback.id, '2.1', { period: month(2) }), cell(comeback.id, '2.6', { period: month(2) })],
      ),
    ).toEqual([{ previous: '2.1', change: '0.3', direction: 'worsening' }]);
  });

  it('shows the previous value when there is no value now', () => {
    expect(
      trends([cell(comeback.id, '2.4', { period: month(2) }), cell(comeback.id, null, { period: month(3) })]),
    ).toEqual([
      { previous: null, change: null, direction: 'unknown' },
      { previous: '2.4', change: null, direction: 'unknown' },
    ]);
  });

  it('has no previous value from a cell marked no_data or one whose value is not a decimal string', () => {
    expect(
      trends(
        [cell(comeback.id, '2.4', { period: month(3) }), cell(comeback.id, '2.4', { period: month(5) })],
        [
          cell(comeback.id, '2.0', { period: month(2), status: 'no_data' }),
          cell(comeback.id, '2,0', { period: month(4) }),
        ],
      ),
    ).toEqual([
      { previous: null, change: null, direction: 'unknown' },
      { previous: null, change: null, direction: 'unknown' },
    ]);
  });
});

describe('scorecard trend: improving or worsening by the KPI direction', () => {
  const change = (kpi: string, now: string, before: string) =>
    trends([cell(kpi, now, { period: month(3) })], [cell(kpi, before, { period: month(2) })])[0];

  it('calls a rise improving where higher is better, and a fall worsening', () => {
    // wty.approval (higher): 96.5 − 95 = 1.5 up; 94 − 95 = −1 down
    expect(change(approval.id, '96.5', '95')).toEqual({
      previous: '95',
      change: '1.5',
      direction: 'improving',
    });
    expect(change(approval.id, '94', '95')).toEqual({ previous: '95', change: '-1', direction: 'worsening' });
  });

  it('calls a fall improving where lower is better, and a rise worsening', () => {
    // ro.comeback (lower): 2.6 − 2.4 = 0.2 up
    expect(change(comeback.id, '2.6', '2.4')).toEqual({
      previous: '2.4',
      change: '0.2',
      direction: 'worsening',
    });
  });

  it('calls an equal value flat, and a change of a KPI with no direction unknown', () => {
    expect(change(approval.id, '95.0', '95')).toEqual({ previous: '95', change: '0', direction: 'flat' });
    expect(change(comeback.id, '2.4', '2.40')).toEqual({ previous: '2.40', change: '0', direction: 'flat' });
    // parts.labor.ratio has direction none
    expect(change(partsLabor.id, '1.2', '1')).toEqual({ previous: '1', change: '0.2', direction: 'unknown' });
  });
});
