import { describe, expect, it } from 'vitest';
import { evaluate, repair, repairsOn, stepOf } from './testing';

// §1793.22(b): the presumption arises when paragraph (1), (2) or (3) is met; the last step names
// the paragraphs met, in order, and the details list them as grounds.
describe('the presumption step', () => {
  it('names every paragraph met: (2) for four repairs with notice and (3) for 31 days out of service', () => {
    // Four one-day visits for the infotainment (notice given), then a 2024-10-01 … 2024-10-31 stay
    // for another problem: 4 + 31 = 35 days, more than 30.
    const stay = repair({
      roId: 'RO-9',
      problem: 'transmission-shudder',
      agreedAt: '2024-10-01T08:00:00-07:00',
      finishedAt: '2024-10-31T16:00:00-07:00',
    });
    const decision = evaluate([...repairsOn(['2024-03-05', '2024-05-07', '2024-07-09', '2024-09-10']), stay]);
    expect(decision.outcome).toBe('presumed_nonconforming');
    expect(decision.details).toMatchObject({ daysOutOfService: 35, grounds: ['b2', 'b3'] });
    expect(stepOf(decision, 'presumption')).toMatchObject({
      status: 'passed',
      facts: { grounds: ['b2', 'b3'] },
      message: {
        en: 'Presumed under §1793.22(b) (2), (3): a reasonable number of attempts has been made to conform the vehicle to its express warranties. This is a rebuttable presumption affecting the burden of proof; where the manufacturer maintains a qualified third-party dispute resolution process the buyer must use it first (§1793.22(c))',
        zh: '依第1793.22(b)条第(2), (3)项推定：已为使车辆符合明示保证进行了合理次数的维修。该推定可被反驳，影响举证责任；如制造商设有合格的第三方争议解决程序，买方须先行使用（第1793.22(c)条）',
      },
    });
  });

  it('cannot be decided when a count is reached but the notice is not recorded: no grounds', () => {
    const decision = evaluate(
      repairsOn(['2024-03-05', '2024-05-07', '2024-07-09', '2024-09-10'], {
        manufacturerNotified: undefined,
      }),
    );
    expect(decision.outcome).toBe('undetermined');
    expect(decision.details?.grounds).toEqual([]);
    expect(stepOf(decision, 'presumption')).toMatchObject({
      status: 'failed',
      facts: { grounds: [] },
      message: {
        en: 'Whether the presumption arises cannot be decided: a fact it turns on is not recorded (see the steps above)',
        zh: '无法判定是否适用推定：所依据的事实未记录（见上文各步骤）',
      },
    });
  });
});
