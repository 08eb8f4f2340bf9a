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

describe('what the steps of paragraphs (1) and (2) say', () => {
  const dates = ['2024-03-05', '2024-05-07', '2024-07-09', '2024-09-10'];
  const noSafety = {
    en: 'Paragraph (1) is not met: no nonconformity likely to cause death or serious bodily injury was repaired within the window',
    zh: '不满足第(1)项：期限内没有可能导致死亡或严重人身伤害的不符合项的维修',
  };

  it('met with notice: names each nonconformity met with its count, in the order of first repair', () => {
    // Rattle first repaired on 03-05, window motor on 03-06: four of each, all with notice.
    const repairs = [
      ...repairsOn(dates, { problem: 'rattle-dash' }, 'A'),
      ...repairsOn(
        ['2024-03-06', '2024-05-08', '2024-07-10', '2024-09-11'],
        { problem: 'window-motor' },
        'B',
      ),
    ];
    const decision = evaluate(repairs);
    expect(stepOf(decision, 'repeated-repairs')).toMatchObject({
      status: 'passed',
      facts: {
        met: ['rattle-dash', 'window-motor'],
        nonconformities: [
          { problem: 'rattle-dash', repairs: 4, roIds: ['A-1', 'A-2', 'A-3', 'A-4'], notice: 'notified' },
          { problem: 'window-motor', repairs: 4, roIds: ['B-1', 'B-2', 'B-3', 'B-4'], notice: 'notified' },
        ],
      },
      message: {
        en: 'Paragraph (2) is met: nonconformity rattle-dash (4 repairs), window-motor (4 repairs) repaired 4 or more times within the window, and the buyer notified the manufacturer directly',
        zh: '满足第(2)项：不符合项 rattle-dash（4次）、window-motor（4次） 在期限内维修4次及以上，且买方已直接通知制造商',
      },
    });
    // Neither is a safety defect: paragraph (1) considers none.
    expect(stepOf(decision, 'safety-repairs')).toMatchObject({
      status: 'failed',
      facts: { nonconformities: [], met: [] },
      message: noSafety,
    });
  });

  it('met without notice when the maker did not disclose the requirement, and says so', () => {
    const pack = createCaliforniaLemonLaw({ noticeRequired: false });
    const decision = evaluate(repairsOn(dates, { manufacturerNotified: false }), { pack });
    expect(stepOf(decision, 'repeated-repairs')).toMatchObject({
      status: 'passed',
      facts: { noticeRequired: false, met: ['infotainment-reboot'] },
      message: {
        en: 'Paragraph (2) is met: nonconformity infotainment-reboot (4 repairs) repaired 4 or more times within the window, and direct notice is not required (the manufacturer did not clearly disclose the requirement)',
        zh: '满足第(2)项：不符合项 infotainment-reboot（4次） 在期限内维修4次及以上，且无需直接通知制造商（制造商未明确披露该要求）',
      },
    });
  });

  it('count reached but the buyer never notified the maker: says the notice is what is missing', () => {
    const decision = evaluate(repairsOn(dates, { manufacturerNotified: false }));
    expect(decision.outcome).toBe('none');
    expect(stepOf(decision, 'repeated-repairs')).toMatchObject({
      status: 'failed',
      facts: {
        met: [],
        nonconformities: [{ repairs: 4, roIds: ['RO-1', 'RO-2', 'RO-3', 'RO-4'], notice: 'not_notified' }],
      },
      message: {
        en: 'Paragraph (2) is not met: infotainment-reboot (4 repairs) reached 4 repairs, but the buyer never notified the manufacturer directly, which the disclosed warranty requires',
        zh: '不满足第(2)项：infotainment-reboot（4次） 已维修4次及以上，但买方从未按保修说明的要求直接通知制造商',
      },
    });
  });

  it('count not reached: names the most repaired nonconformity, wherever it stands in the list', () => {
    // Door seal once (first), rattle three times, window motor twice: the rattle is the most repaired.
    const repairs = [
      ...repairsOn(['2024-03-05'], { problem: 'door-seal' }, 'D'),
      ...repairsOn(['2024-04-02', '2024-06-04', '2024-08-06'], { problem: 'rattle-dash' }, 'R'),
      ...repairsOn(['2024-05-07', '2024-07-09'], { problem: 'window-motor' }, 'W'),
    ];
    const decision = evaluate(repairs);
    expect(decision.outcome).toBe('none');
    expect(stepOf(decision, 'repeated-repairs')).toMatchObject({
      status: 'failed',
      facts: {
        met: [],
        nonconformities: [
          { problem: 'door-seal', repairs: 1, roIds: ['D-1'] },
          { problem: 'rattle-dash', repairs: 3, roIds: ['R-1', 'R-2', 'R-3'] },
          { problem: 'window-motor', repairs: 2, roIds: ['W-1', 'W-2'] },
        ],
      },
      message: {
        en: 'Paragraph (2) is not met: the most repaired nonconformity, rattle-dash, was repaired 3 time(s), fewer than 4',
        zh: '不满足第(2)项：维修次数最多的不符合项 rattle-dash 仅维修3次，少于4次',
      },
    });
    expect(stepOf(decision, 'safety-repairs').message).toEqual(noSafety);

    // The most repaired one first in the list, a less repaired one after it.
    const first = evaluate([
      ...repairsOn(['2024-03-05', '2024-04-02'], { problem: 'rattle-dash' }, 'R'),
      ...repairsOn(['2024-05-07'], { problem: 'window-motor' }, 'W'),
    ]);
    expect(stepOf(first, 'repeated-repairs').message.en).toBe(
      'Paragraph (2) is not met: the most repaired nonconformity, rattle-dash, was repaired 2 time(s), fewer than 4',
    );
  });

  it('count not reached, two nonconformities repaired as often: names the one repaired first', () => {
    // Window motor twice from May, rattle twice from March: the rattle was repaired first.
    const repairs = [
      ...repairsOn(['2024-05-07', '2024-07-09'], { problem: 'window-motor' }, 'W'),
      ...repairsOn(['2024-03-05', '2024-06-04'], { problem: 'rattle-dash' }, 'R'),
    ];
    expect(stepOf(evaluate(repairs), 'repeated-repairs').message.en).toBe(
      'Paragraph (2) is not met: the most repaired nonconformity, rattle-dash, was repaired 2 time(s), fewer than 4',
    );
  });

  it('a safety nonconformity repaired once: paragraph (1) names it, 1 fewer than 2', () => {
    const decision = evaluate(
      repairsOn(['2024-04-02'], { problem: 'abs-module', system: 'brakes', isSeriousSafetyFault: true }),
    );
    expect(stepOf(decision, 'safety-repairs').message).toEqual({
      en: 'Paragraph (1) is not met: the most repaired nonconformity likely to cause death or serious bodily injury, abs-module, was repaired 1 time(s), fewer than 2',
      zh: '不满足第(1)项：维修次数最多的可能导致死亡或严重人身伤害的不符合项 abs-module 仅维修1次，少于2次',
    });
  });
});
