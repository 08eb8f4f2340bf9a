import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import type { ComebackReport } from '../comeback/detectComebacks';
import { count, field, isSet } from '../definition/builders';
import { defineKpi } from '../definition/defineKpi';
import type { Expr } from '../definition/expr';
import { computeKpisSync } from './computeKpis';
import { type ComputeKpisOptions, createKpiAccumulator } from './kpiAccumulator';
import { roCount } from './testing';

const options: ComputeKpisOptions = { kpis: [roCount], groupBy: ['dealer'], timeZone: 'Asia/Shanghai' };

/** The first issue creating an accumulator with `more` raises: code, path and params. */
function issueWith(more: Record<string, unknown>) {
  try {
    createKpiAccumulator({ ...options, ...more } as ComputeKpisOptions);
    return 'created';
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    const { code, path, params } = error.issues[0] ?? {};
    return { code, path, params };
  }
}

describe('createKpiAccumulator checks the comebacks it is given', () => {
  it('refuses a report without a results array, naming comebacks and what it got', () => {
    expect(issueWith({ comebacks: { results: {} } })).toEqual({
      code: 'input.invalid_type',
      path: ['comebacks'],
      params: { expected: 'a report from detectComebacks', received: 'object' },
    });
    expect(issueWith({ comebacks: 'none' })).toEqual({
      code: 'input.invalid_type',
      path: ['comebacks'],
      params: { expected: 'a report from detectComebacks', received: 'string' },
    });
  });

  it('refuses a result without an roId or a decision, naming its index and what it is', () => {
    const good = { roId: 'R1', decision: { outcome: 'comeback' }, previousRoId: 'R0' };
    expect(issueWith({ comebacks: { results: [good, null] } })).toEqual({
      code: 'input.invalid_type',
      path: ['comebacks', 'results', 1],
      params: { expected: 'a comeback result (roId and decision)', received: 'null' },
    });
    expect(issueWith({ comebacks: { results: [good, good, { roId: 'R2' }] } })).toEqual({
      code: 'input.invalid_type',
      path: ['comebacks', 'results', 2],
      params: { expected: 'a comeback result (roId and decision)', received: 'object' },
    });
    expect(issueWith({ comebacks: { results: [good] } })).toBe('created');
  });
});

describe('the comebacks of a report mark the ROs they name', () => {
  it('as comebacks, with the earlier RO when the result names one', () => {
    const ro = (id: string) => ({
      id,
      dealerId: 'D1',
      openedAt: '2024-03-01T09:00:00+08:00',
      closedAt: '2024-03-02T09:00:00+08:00',
      jobs: [],
    });
    const rosWhere = (id: string, where: Expr) =>
      defineKpi({ ...roCount, id, where, measures: { ros: count() } });
    // R2 repeats R1; R3 is a comeback whose earlier RO the result does not name; R1 is none.
    const comebacks = {
      results: [
        { roId: 'R1', decision: { outcome: 'not_comeback' } },
        { roId: 'R2', decision: { outcome: 'comeback' }, previousRoId: 'R1' },
        { roId: 'R3', decision: { outcome: 'comeback' } },
      ],
      rejected: [],
    };
    const report = computeKpisSync(
      { repairOrders: [ro('R1'), ro('R2'), ro('R3')] },
      {
        ...options,
        kpis: [rosWhere('comebacks', field('isComeback')), rosWhere('repeats', isSet(field('previousRoId')))],
        comebacks: comebacks as unknown as ComebackReport,
      },
    );
    expect(report.cells.map((cell) => [cell.kpi, cell.value])).toEqual([
      ['comebacks', '2'],
      ['repeats', '1'],
    ]);
  });
});

describe('createKpiAccumulator checks that period is an object', () => {
  it('refuses null and a string, naming period and what it got', () => {
    expect(issueWith({ period: null })).toEqual({
      code: 'input.invalid_type',
      path: ['period'],
      params: { expected: 'an object { from, to }', received: 'null' },
    });
    // A string is no object either: its from and to are never read.
    expect(issueWith({ period: '2024-03' })).toEqual({
      code: 'input.invalid_type',
      path: ['period'],
      params: { expected: 'an object { from, to }', received: 'string' },
    });
    expect(issueWith({ period: { from: '2024-03-01', to: '2024-03-31' } })).toBe('created');
  });
});

describe('createKpiAccumulator refuses comebacks of the wrong kind', () => {
  it('null, and a function that carries results, naming what it got', () => {
    expect(issueWith({ comebacks: null })).toEqual({
      code: 'input.invalid_type',
      path: ['comebacks'],
      params: { expected: 'a report from detectComebacks', received: 'null' },
    });
    expect(issueWith({ comebacks: Object.assign(() => undefined, { results: [] }) })).toEqual({
      code: 'input.invalid_type',
      path: ['comebacks'],
      params: { expected: 'a report from detectComebacks', received: 'function' },
    });
  });

  it('a result whose decision is null or a string', () => {
    for (const decision of [null, 'comeback']) {
      expect(issueWith({ comebacks: { results: [{ roId: 'R1', decision }] } })).toEqual({
        code: 'input.invalid_type',
        path: ['comebacks', 'results', 0],
        params: { expected: 'a comeback result (roId and decision)', received: 'object' },
      });
    }
  });
});
