import { dayNumberOfDate } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { thrownIssue as issueOf } from '../testing';
import { demandWindow } from './demandWindow';

const ZONE = 'Asia/Shanghai';

describe('demandWindow', () => {
  it('lays out the months as day numbers: each day finds its month', () => {
    // December 2023 (31 days), January 2024 (31), February 2024 (29): 91 days.
    const window = demandWindow({ timeZone: ZONE, from: '2023-12', to: '2024-02' });
    const first = dayNumberOfDate('2023-12-01') as number;
    expect(window.months).toEqual(['2023-12', '2024-01', '2024-02']);
    expect(window.monthStarts).toEqual([first, first + 31, first + 62, first + 91]);
    expect(window.monthOfDay).toHaveLength(91);
    expect([...window.monthOfDay.slice(29, 33)]).toEqual([0, 0, 1, 1]); // 12-30, 12-31, 01-01, 01-02
    expect([...window.monthOfDay.slice(60, 63)]).toEqual([1, 1, 2]); // 01-30, 01-31, 02-01
    expect(window.monthOfDay[90]).toBe(2); // 02-29
  });

  it('reads a month only as a whole YYYY-MM string, and says which format it wants', () => {
    for (const from of ['2024-1', 'x2024-01', '2024-013', ['2024-01'], 202401]) {
      expect(issueOf(() => demandWindow({ timeZone: ZONE, from, to: '2024-02' }))).toEqual({
        code: 'input.invalid_format',
        path: ['from'],
        params: { format: 'month YYYY-MM (e.g. 2024-01)' },
      });
    }
    expect(issueOf(() => demandWindow({ timeZone: ZONE, from: '2024-01', to: undefined })).code).toBe(
      'input.required',
    );
  });

  it('refuses `to` before `from`, naming both', () => {
    expect(issueOf(() => demandWindow({ timeZone: ZONE, from: '2024-03', to: '2024-02' }))).toEqual({
      code: 'time.invalid_range',
      path: ['to'],
      params: { start: '2024-03', end: '2024-02' },
    });
  });

  it('takes up to 240 months, not 241', () => {
    // 2000-01 … 2019-12 is 20 × 12 = 240 months; one more is too many.
    expect(demandWindow({ timeZone: ZONE, from: '2000-01', to: '2019-12' }).months).toHaveLength(240);
    expect(issueOf(() => demandWindow({ timeZone: ZONE, from: '2000-01', to: '2020-01' }))).toEqual({
      code: 'input.too_big',
      path: ['to'],
      params: { maximum: 240, unit: 'months after from' },
    });
  });
});
