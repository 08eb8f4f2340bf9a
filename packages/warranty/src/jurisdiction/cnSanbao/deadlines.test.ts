import { describe, expect, it } from 'vitest';
import { cnSanbao2013 } from './sanbao2013';
import { cnSanbao2021, createSanbaoJurisdiction2021 } from './sanbao2021';
import { at, evaluate, repeats, stepOf, vehicleCase } from './testing';

describe('cn-sanbao-2021 deadlines (Art. 28)', () => {
  // Five repairs of one problem from 2024-06-03 establish Art. 24(4); the request follows.
  const request = (requestedAt: string) =>
    evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', repeats(5, '2024-06-03'), { requested: 'return', requestedAt }),
    );

  it('counts 10 and 20 working days from a Thursday request (Mon–Fri, the request day not counted)', () => {
    // Thu 2024-07-04 → 07-05, 08, 09, 10, 11, 12, 15, 16, 17, 18 = 10th on 07-18;
    // … 19, 22, 23, 24, 25, 26, 29, 30, 31, 08-01 = 20th on 2024-08-01
    const decision = request(at('2024-07-04', '23:30:00'));
    expect(decision.details?.deadlines).toMatchObject({
      requestDate: '2024-07-04',
      answerBy: '2024-07-18',
      completeBy: '2024-08-01',
    });
    expect(stepOf(decision, 'answer-deadline').message.en).toContain(
      'answers by 2024-07-18, 10 working days',
    );
    expect(stepOf(decision, 'completion-deadline').status).toBe('passed');
  });

  it('reads the request date in the dealer zone: 2024-07-04T16:30Z is Friday 07-05 00:30 in Shanghai', () => {
    // Fri 07-05 → 10th working day 07-19
    expect(request('2024-07-04T16:30:00Z').details?.deadlines).toMatchObject({
      requestDate: '2024-07-05',
      answerBy: '2024-07-19',
    });
  });

  it('has no completion deadline when no replacement or return is due, and none at all without a request', () => {
    const noRight = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', repeats(4, '2024-06-03'), { requestedAt: at('2024-07-04') }),
    );
    expect(stepOf(noRight, 'completion-deadline').status).toBe('not_applicable');
    expect(noRight.details?.deadlines).toMatchObject({ completeBy: null });
    const noRequest = evaluate(cnSanbao2021, vehicleCase('2024-03-01', repeats(5, '2024-06-03')));
    expect(stepOf(noRequest, 'answer-deadline').status).toBe('not_applicable');
    expect(noRequest.details?.deadlines).toBeNull();
  });
});

describe('cn-sanbao-2013 deadlines (Art. 24)', () => {
  it('sets no answer deadline, and 15 working days to issue the replacement certificate', () => {
    // Thu 2020-07-02 → 15th working day Thu 07-23 (Mon–Fri: 07-03 is the 1st, 07-23 the 15th)
    const decision = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', repeats(6, '2020-05-18'), { requestedAt: at('2020-07-02') }),
    );
    expect(decision.details?.deadlines).toMatchObject({ answerBy: null, completeBy: '2020-07-23' });
    // The 2013 text has no answer deadline (its Art. 26 is about taxes): not applicable, citing Art. 24.
    expect(stepOf(decision, 'answer-deadline')).toMatchObject({
      status: 'not_applicable',
      cite: 'regulation:cn-sanbao-2013#24',
    });
    expect(stepOf(decision, 'completion-deadline').cite).toBe('regulation:cn-sanbao-2013#24');
  });
});

describe('what the deadline steps say', () => {
  const note = 'Mon–Fri, public holidays and 调休 make-up days not known';

  it('2021: answer within 10 and complete within 20 working days, with the dates', () => {
    const decision = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', repeats(5, '2024-06-03'), {
        requested: 'return',
        requestedAt: at('2024-07-04'),
      }),
    );
    expect(stepOf(decision, 'answer-deadline').message).toEqual({
      en: `Request received 2024-07-04: the seller answers by 2024-07-18, 10 working days (Art. 28; ${note})`,
      zh: '2024-07-04 收到要求：销售者应于 2024-07-18 前答复（10 个工作日，第28条；按周一至周五计，未含法定节假日及调休）',
    });
    expect(stepOf(decision, 'completion-deadline')).toMatchObject({
      facts: { requestDate: '2024-07-04', workingDays: 20, completeBy: '2024-08-01', calendar: note },
      message: {
        en: 'The seller must complete the replacement or return by 2024-08-01, 20 working days after 2024-07-04 (Art. 28)',
        zh: '销售者应于 2024-08-01 前完成换车或退车（2024-07-04 起 20 个工作日，第28条）',
      },
    });
  });

  it('2013: no answer deadline, 15 working days to issue the certificate', () => {
    const decision = evaluate(
      cnSanbao2013,
      vehicleCase('2020-05-01', repeats(6, '2020-05-18'), { requestedAt: at('2020-07-02') }),
    );
    expect(stepOf(decision, 'answer-deadline').message).toEqual({
      en: "The 2013 rules set no deadline for the seller's answer",
      zh: '2013 年规定未设定销售者答复期限',
    });
    expect(stepOf(decision, 'completion-deadline').message).toEqual({
      en: 'The seller must issue the replacement or return certificate by 2020-07-23, 15 working days after 2020-07-02 (Art. 24)',
      zh: '销售者应于 2020-07-23 前出具换车证明或退车证明（2020-07-02 起 15 个工作日，第24条）',
    });
  });

  it('no right established, or no request: says why no deadline runs', () => {
    const noRight = evaluate(
      cnSanbao2021,
      vehicleCase('2024-03-01', repeats(4, '2024-06-03'), { requestedAt: at('2024-07-04') }),
    );
    expect(stepOf(noRight, 'completion-deadline')).toMatchObject({
      facts: { workingDays: 20 },
      message: {
        en: 'No replacement or return is due: no completion deadline',
        zh: '不涉及换车或退车：无办理期限',
      },
    });
    const noRequest = evaluate(cnSanbao2021, vehicleCase('2024-03-01', repeats(5, '2024-06-03')));
    for (const name of ['answer-deadline', 'completion-deadline']) {
      expect(stepOf(noRequest, name), name).toMatchObject({
        facts: { requestedAt: null },
        message: { en: 'No request recorded: no deadline runs', zh: '未记录消费者的要求：不计算期限' },
      });
    }
  });
});

describe('cn-sanbao-2021 answer deadline: its facts', () => {
  it('the request, its local date, the calendar used, the working days and the day to answer by', () => {
    // Thu 2024-07-04 + 10 working days (Mon–Fri, the request day not counted) = Thu 2024-07-18.
    const pack = createSanbaoJurisdiction2021();
    const requestedAt = at('2024-07-04');
    const decision = evaluate(pack, vehicleCase('2024-03-01', repeats(5, '2024-06-03'), { requestedAt }));
    expect(stepOf(decision, 'answer-deadline').facts).toEqual({
      requestedAt,
      requestDate: '2024-07-04',
      calendar: 'Mon–Fri, public holidays and 调休 make-up days not known',
      workingDays: 10,
      answerBy: '2024-07-18',
    });
  });
});
