import { describe, expect, it } from 'vitest';
import { createCaliforniaLemonLaw } from './californiaLemonLaw';
import { evaluate, repair, repairsOn, stepOf } from './testing';

// Delivery 2024-01-31 (window to 2025-07-31); every repair below is inside, at 5,000 km.
const noNoticeRule = createCaliforniaLemonLaw({ noticeRequired: false });

describe('paragraph (1): a nonconformity likely to cause death or serious bodily injury', () => {
  // "subject to repair two or more times …, and the buyer or lessee has at least once directly
  // notified the manufacturer of the need for the repair of the nonconformity".
  const abs = { problem: 'abs-module', system: 'brakes' as const, isSeriousSafetyFault: true };

  it('is not met after 1 repair, even with notice (1 < 2)', () => {
    const decision = evaluate(repairsOn(['2024-04-02'], abs));
    expect(decision.outcome).toBe('none');
    expect(stepOf(decision, 'safety-repairs')).toMatchObject({
      status: 'failed',
      facts: { threshold: 2, met: [], nonconformities: [{ problem: 'abs-module', repairs: 1 }] },
    });
  });

  it('is met after 2 repairs with the buyer’s notice on one of them (2 ≥ 2)', () => {
    const decision = evaluate([
      repair({ roId: 'RO-1', agreedAt: '2024-04-02T08:00:00-07:00', ...abs, manufacturerNotified: false }),
      repair({ roId: 'RO-2', agreedAt: '2024-05-14T08:00:00-07:00', ...abs }),
    ]);
    expect(decision.outcome).toBe('presumed_nonconforming');
    expect(stepOf(decision, 'safety-repairs')).toMatchObject({
      status: 'passed',
      cite: 'regulation:us-ca-civ-1793.22#b1',
      facts: { met: ['abs-module'], nonconformities: [{ repairs: 2, notice: 'notified' }] },
    });
    // Two repairs are not four: paragraph (2) is not what made it.
    expect(stepOf(decision, 'repeated-repairs').status).toBe('failed');
    expect(decision.details?.grounds).toEqual(['b1']);
  });

  it('is not met after 2 repairs when the buyer never notified the maker directly', () => {
    const decision = evaluate(
      repairsOn(['2024-04-02', '2024-05-14'], { ...abs, manufacturerNotified: false }),
    );
    expect(decision.outcome).toBe('none');
    expect(stepOf(decision, 'safety-repairs').facts).toMatchObject({
      met: [],
      nonconformities: [{ repairs: 2, notice: 'not_notified' }],
    });
  });

  it('is met after 2 repairs without notice when the maker did not disclose the requirement', () => {
    const repairs = repairsOn(['2024-04-02', '2024-05-14'], { ...abs, manufacturerNotified: false });
    const decision = evaluate(repairs, { pack: noNoticeRule });
    expect(decision.outcome).toBe('presumed_nonconforming');
    expect(stepOf(decision, 'safety-repairs').facts).toMatchObject({ noticeRequired: false });
  });

  it('cannot be decided after 2 repairs when the notice is not recorded', () => {
    const decision = evaluate(
      repairsOn(['2024-04-02', '2024-05-14'], { ...abs, manufacturerNotified: undefined }),
    );
    expect(decision.outcome).toBe('undetermined');
    expect(stepOf(decision, 'safety-repairs').facts).toMatchObject({
      nonconformities: [{ notice: 'not_recorded' }],
    });
  });

  it('treats the nonconformity as a safety one when one of its repairs was flagged', () => {
    const decision = evaluate([
      repair({ roId: 'RO-1', agreedAt: '2024-04-02T08:00:00-07:00', problem: 'abs-module' }),
      repair({ roId: 'RO-2', agreedAt: '2024-05-14T08:00:00-07:00', ...abs }),
    ]);
    expect(decision.outcome).toBe('presumed_nonconforming');
  });
});

describe('paragraph (2): the same nonconformity', () => {
  // "subject to repair four or more times … and the buyer has at least once directly notified".
  const dates = ['2024-03-05', '2024-05-07', '2024-07-09', '2024-09-10'];

  it('is not met after 3 repairs (3 < 4)', () => {
    const decision = evaluate(repairsOn(dates.slice(0, 3)));
    expect(decision.outcome).toBe('none');
    expect(stepOf(decision, 'repeated-repairs').facts).toMatchObject({
      threshold: 4,
      nonconformities: [{ problem: 'infotainment-reboot', repairs: 3 }],
    });
  });

  it('is met after 4 repairs with notice (4 ≥ 4)', () => {
    const decision = evaluate(repairsOn(dates));
    expect(decision.outcome).toBe('presumed_nonconforming');
    expect(stepOf(decision, 'repeated-repairs')).toMatchObject({
      status: 'passed',
      cite: 'regulation:us-ca-civ-1793.22#b2',
    });
    // Not a safety defect, so paragraph (1) is not met on the way.
    expect(stepOf(decision, 'safety-repairs').status).toBe('failed');
  });

  it('is not met after 4 repairs without notice, unless notice is not required', () => {
    const repairs = repairsOn(dates, { manufacturerNotified: false });
    expect(evaluate(repairs).outcome).toBe('none');
    expect(evaluate(repairs, { pack: noNoticeRule }).outcome).toBe('presumed_nonconforming');
  });

  it('does not add up different nonconformities (2 + 2 is not 4 of the same)', () => {
    const repairs = [
      ...repairsOn(dates.slice(0, 2), { problem: 'rattle-dash' }, 'A'),
      ...repairsOn(dates.slice(2), { problem: 'window-motor' }, 'B'),
    ];
    const decision = evaluate(repairs);
    expect(decision.outcome).toBe('none');
    expect(stepOf(decision, 'repeated-repairs').facts).toMatchObject({
      nonconformities: [
        { problem: 'rattle-dash', repairs: 2 },
        { problem: 'window-motor', repairs: 2 },
      ],
    });
  });

  it('reads the notice of the same nonconformity only', () => {
    // Four visits for the rattle without notice; the buyer wrote to the maker about the windows.
    const repairs = [
      ...repairsOn(dates, { problem: 'rattle-dash', manufacturerNotified: false }, 'A'),
      ...repairsOn(['2024-10-15'], { problem: 'window-motor', manufacturerNotified: true }, 'B'),
    ];
    expect(evaluate(repairs).outcome).toBe('none');
  });
});
