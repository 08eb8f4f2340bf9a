import { describe, expect, it } from 'vitest';
import { scoreKpis } from './scoreKpis';
import { approval, cell, comeback, kpis, manualTargets, report } from './testing';

/** The error of one issue: its code, path and params. */
const refusal = (code: string, path: readonly (string | number)[], params: Record<string, unknown>) =>
  expect.objectContaining({ code, path, issues: [expect.objectContaining({ code, path, params })] });

const scoreWith = (definitions: unknown) => () =>
  scoreKpis(report([cell(comeback.id, '2.4')]), { kpis: definitions as never, targets: manualTargets });

describe('scoreKpis on bad input', () => {
  it('refuses a definition without a string id, naming it by its index', () => {
    const noId = { name: comeback.name, direction: 'lower' };
    expect(scoreWith([approval, noId])).toThrowError(
      refusal('input.invalid_type', ['options', 'kpis', 1, 'id'], {
        expected: 'string',
        received: 'undefined',
      }),
    );
    expect(scoreWith([null])).toThrowError(
      refusal('input.invalid_type', ['options', 'kpis', 0, 'id'], {
        expected: 'string',
        received: 'undefined',
      }),
    );
  });

  it('refuses options that are null, as options without definitions', () => {
    expect(() => scoreKpis(report([]), null as never)).toThrowError(
      refusal('input.invalid_type', ['options', 'kpis'], {
        expected: 'array of KPI definitions',
        received: 'undefined',
      }),
    );
  });

  it('refuses a definition without a name', () => {
    const nameless = { id: comeback.id, direction: 'lower' };
    expect(scoreWith([nameless])).toThrowError(
      refusal('input.invalid_type', ['options', 'kpis', 0, 'name'], {
        expected: '{ en, zh }',
        received: 'undefined',
      }),
    );
  });

  it('refuses a report that is a function, and a previous report without cells', () => {
    const callable = Object.assign(() => undefined, { cells: [] });
    expect(() => scoreKpis(callable as never, { kpis, targets: manualTargets })).toThrowError(
      refusal('input.invalid_type', ['report', 'cells'], {
        expected: 'a KpiReport (with cells)',
        received: 'function',
      }),
    );
    expect(() =>
      scoreKpis(report([]), { kpis, targets: manualTargets, previous: { groupBy: [] } as never }),
    ).toThrowError(
      refusal('input.invalid_type', ['previous', 'cells'], {
        expected: 'a KpiReport (with cells)',
        received: 'object',
      }),
    );
  });

  it('refuses a cell without a kpi id', () => {
    expect(() =>
      scoreKpis(report([{ value: '2.4' } as never]), { kpis, targets: manualTargets }),
    ).toThrowError(
      refusal('input.invalid_type', ['report', 'cells', 0], {
        expected: 'a KpiCell (with a kpi id)',
        received: 'object',
      }),
    );
  });

  it('refuses a period of an unknown grain, and one whose first day is not a date', () => {
    const decade = { grain: 'decade', label: '2020s', from: '2020-01-01', to: '2029-12-31' };
    expect(() =>
      scoreKpis(report([cell(comeback.id, '2.4', { period: decade as never })]), {
        kpis,
        targets: manualTargets,
      }),
    ).toThrowError(
      refusal('input.invalid_value', ['report', 'cells', 0, 'period', 'grain'], {
        allowed: ['day', 'week', 'month', 'quarter', 'year'],
      }),
    );
    const march32 = { grain: 'month', label: '2024-03', from: '2024-03-32', to: '2024-03-31' } as const;
    expect(() =>
      scoreKpis(report([cell(comeback.id, '2.4', { period: march32 })]), { kpis, targets: manualTargets }),
    ).toThrowError(
      refusal('input.invalid_format', ['report', 'cells', 0, 'period', 'from'], { format: 'date' }),
    );
  });

  it('refuses a cell of a KPI it has no definition of, and a value that is not a decimal string', () => {
    expect(() => scoreKpis(report([cell('ro.unknown', '1')]), { kpis, targets: manualTargets })).toThrowError(
      refusal('registry.unknown', ['report', 'cells', 0, 'kpi'], { kind: 'KPI', id: 'ro.unknown' }),
    );
    expect(() =>
      scoreKpis(report([cell(comeback.id, '2,4')]), { kpis, targets: manualTargets }),
    ).toThrowError(
      refusal('input.invalid_format', ['report', 'cells', 0, 'value'], { format: 'decimal string' }),
    );
  });
});
