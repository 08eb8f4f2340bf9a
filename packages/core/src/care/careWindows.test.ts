import { describe, expect, it } from 'vitest';
import { isAftersalesError } from '../errors/AftersalesError';
import { defaultCareWindows, resolveCareWindows } from './careWindows';

function issuesOf(fn: () => unknown): { code: string; path: readonly (string | number)[] }[] {
  try {
    fn();
  } catch (error) {
    if (isAftersalesError(error)) return error.issues.map(({ code, path }) => ({ code, path }));
    throw error;
  }
  throw new Error('expected an AftersalesError');
}

describe('defaultCareWindows', () => {
  it('returns the figures of the dealer manuals', () => {
    expect(defaultCareWindows).toEqual({
      archive: { start: 0, end: 2 }, // 两日内建立客户档案
      firstFollowUp: { start: 3, end: 7 }, // 交车后三天至一周内
      secondFollowUp: { start: 7, end: 13 }, // 第一次跟踪一周后七天以内
      escalate: { start: 0, end: 2 }, // 两日内报告主管
      eventNotice: { daysBefore: 14, noticeLeadDays: 0 }, // 活动提前两周电话通知
      eventInvitation: { start: 0, end: 2 }, // 两日内寄出邀请函
      firstMaintenance: { months: 3, reminder: { start: -14, end: 0 } },
      warrantyPrecheck: { anniversaryMonths: [6, 12, 24, 36, 60], window: { start: -30, end: -1 } },
      insuranceRenewal: { start: -30, end: -1 },
      annualInspection: { start: -30, end: 0 },
    });
    expect(Object.isFrozen(defaultCareWindows.warrantyPrecheck.anniversaryMonths)).toBe(true);
  });
});

describe('resolveCareWindows', () => {
  it('returns the defaults when nothing is overridden', () => {
    expect(resolveCareWindows()).toEqual(defaultCareWindows);
    expect(resolveCareWindows({})).toEqual(defaultCareWindows);
  });

  it('returns one end overridden and the other kept', () => {
    const windows = resolveCareWindows({
      firstFollowUp: { end: 10 },
      firstMaintenance: { reminder: { start: -7 } },
    });
    expect(windows.firstFollowUp).toEqual({ start: 3, end: 10 });
    expect(windows.firstMaintenance).toEqual({ months: 3, reminder: { start: -7, end: 0 } });
    expect(windows.secondFollowUp).toEqual({ start: 7, end: 13 });
  });

  it('returns a frozen copy that does not share the caller’s list', () => {
    const months = [12, 36];
    const windows = resolveCareWindows({ warrantyPrecheck: { anniversaryMonths: months } });
    months.push(60);
    expect(windows.warrantyPrecheck.anniversaryMonths).toEqual([12, 36]);
    expect(Object.isFrozen(windows.warrantyPrecheck)).toBe(true);
  });

  it('accepts a window of one day and a window before the anchor', () => {
    expect(resolveCareWindows({ escalate: { start: 1, end: 1 } }).escalate).toEqual({ start: 1, end: 1 });
    expect(resolveCareWindows({ annualInspection: { start: -60, end: -30 } }).annualInspection).toEqual({
      start: -60,
      end: -30,
    });
  });

  it('throws input.invalid_type for a figure that is not an integer, naming the field', () => {
    expect(issuesOf(() => resolveCareWindows({ archive: { end: 2.5 } }))).toEqual([
      { code: 'input.invalid_type', path: ['windows', 'archive', 'end'] },
    ]);
    expect(issuesOf(() => resolveCareWindows({ firstMaintenance: { months: '3' as never } }))).toEqual([
      { code: 'input.invalid_type', path: ['windows', 'firstMaintenance', 'months'] },
    ]);
  });

  it('throws input.too_small / input.too_big for figures out of range', () => {
    expect(
      issuesOf(() =>
        resolveCareWindows({
          eventNotice: { noticeLeadDays: -1 },
          firstMaintenance: { months: 0 },
          insuranceRenewal: { start: -3661 },
          escalate: { end: 3661 },
        }),
      ),
    ).toEqual([
      { code: 'input.too_big', path: ['windows', 'escalate', 'end'] },
      { code: 'input.too_small', path: ['windows', 'eventNotice', 'noticeLeadDays'] },
      { code: 'input.too_small', path: ['windows', 'firstMaintenance', 'months'] },
      { code: 'input.too_small', path: ['windows', 'insuranceRenewal', 'start'] },
    ]);
  });

  it('throws time.invalid_range at the end of every window that ends before it starts', () => {
    expect(
      issuesOf(() =>
        resolveCareWindows({ secondFollowUp: { start: 14 }, warrantyPrecheck: { window: { end: -31 } } }),
      ),
    ).toEqual([
      { code: 'time.invalid_range', path: ['windows', 'secondFollowUp', 'end'] },
      { code: 'time.invalid_range', path: ['windows', 'warrantyPrecheck', 'window', 'end'] },
    ]);
  });

  it('throws input.unrecognized_keys for a misspelt figure, and uses the path it is given', () => {
    expect(
      issuesOf(() => resolveCareWindows({ firstFollowup: { end: 9 } } as never, ['dealer', 'care'])),
    ).toEqual([{ code: 'input.unrecognized_keys', path: ['dealer', 'care'] }]);
  });

  it('throws input.invalid_type when the overrides are not an object', () => {
    expect(issuesOf(() => resolveCareWindows(7 as never))).toEqual([
      { code: 'input.invalid_type', path: ['windows'] },
    ]);
    expect(issuesOf(() => resolveCareWindows({}, 'windows' as never))).toEqual([
      { code: 'input.invalid_type', path: ['path'] },
    ]);
  });
});
