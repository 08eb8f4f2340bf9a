import { describe, expect, it } from 'vitest';
import { type ScorecardMessageInput, scorecardMessage } from './scorecardMessages';

const mystery = { en: 'Mystery-shopper score', zh: '神秘客得分' };
const intake = { en: 'Repair orders opened per working day', zh: '日接车台次' };
const daysOfSupply = { en: 'Parts days of supply', zh: '库存可供天数' };
const turnover = { en: 'Parts inventory turnover', zh: '库存周转率' };
const laborRate = { en: 'Effective labor rate', zh: '有效工时单价' };
const revenuePerRo = { en: 'Revenue per RO', zh: '单车产值' };

/** A row without a target: the sentence shows only the value in its unit. */
const untargeted = (input: Pick<ScorecardMessageInput, 'name' | 'value' | 'unit' | 'currency'>) =>
  scorecardMessage({ ...input, target: undefined, score: undefined });

describe('scorecardMessage', () => {
  it('writes points, days, per-day counts and turns a year in each language', () => {
    // care.mystery ≥ 950: 980 − 950 = 30 to spare.
    expect(
      scorecardMessage({
        name: mystery,
        value: '980',
        unit: 'points',
        target: { atLeast: '950', cite: 'manual:care.mystery' },
        score: { status: 'met', bound: 'atLeast', gap: '30', margin: '47.5' },
      }),
    ).toEqual({
      en: 'Mystery-shopper score 980 points meets the target ≥ 950 points by 30',
      zh: '神秘客得分 980分 达到目标 ≥950分，余 30',
    });
    // ro.intake.daily ≥ 20: 18 − 20 = −2.
    expect(
      scorecardMessage({
        name: intake,
        value: '18',
        unit: 'count/day',
        target: { atLeast: '20', cite: 'manual:ro.daily.intake' },
        score: { status: 'missed', bound: 'atLeast', gap: '-2', margin: '1' },
      }),
    ).toEqual({
      en: 'Repair orders opened per working day 18/day is below the target ≥ 20/day by 2',
      zh: '日接车台次 18/天 低于目标 ≥20/天，差 2',
    });
    // parts.days.supply 45–60: 52 is 7 above 45 and 8 below 60; the nearer bound gives the gap.
    expect(
      scorecardMessage({
        name: daysOfSupply,
        value: '52',
        unit: 'days',
        target: { atLeast: '45', atMost: '60', cite: 'manual:catalog.parts.days.supply' },
        score: { status: 'met', bound: 'atLeast', gap: '7', margin: '2.25' },
      }),
    ).toEqual({
      en: 'Parts days of supply 52 days meets the target ≥ 45 days and ≤ 60 days by 7',
      zh: '库存可供天数 52天 达到目标 ≥45天 且 ≤60天，余 7',
    });
    // parts.turnover 4–6: 6 − 6.5 = −0.5, above the upper bound.
    expect(
      scorecardMessage({
        name: turnover,
        value: '6.5',
        unit: 'turns/year',
        target: { atLeast: '4', atMost: '6', cite: 'manual:parts.turnover' },
        score: { status: 'missed', bound: 'atMost', gap: '-0.5', margin: '0.3' },
      }),
    ).toEqual({
      en: 'Parts inventory turnover 6.5 turns/yr is above the target ≥ 4 turns/yr and ≤ 6 turns/yr by 0.5',
      zh: '库存周转率 6.5次/年 高于目标 ≥4次/年 且 ≤6次/年，差 0.5',
    });
  });

  it('writes an hourly rate with its currency, in yuan in Chinese when the currency is CNY or not given', () => {
    expect(untargeted({ name: laborRate, value: '450', unit: 'money/hour', currency: 'CNY' })).toEqual({
      en: 'Effective labor rate 450 CNY/h: no target set',
      zh: '有效工时单价 450元/小时：未设目标',
    });
    expect(untargeted({ name: laborRate, value: '450', unit: 'money/hour' })).toEqual({
      en: 'Effective labor rate 450/h: no target set',
      zh: '有效工时单价 450元/小时：未设目标',
    });
    expect(untargeted({ name: laborRate, value: '65', unit: 'money/hour', currency: 'USD' })).toEqual({
      en: 'Effective labor rate 65 USD/h: no target set',
      zh: '有效工时单价 65 USD/小时：未设目标',
    });
  });

  it('writes an amount of money with a currency other than CNY by its code, and without one as yuan', () => {
    expect(untargeted({ name: revenuePerRo, value: '750', unit: 'money', currency: 'USD' })).toEqual({
      en: 'Revenue per RO 750 USD: no target set',
      zh: '单车产值 750 USD：未设目标',
    });
    expect(untargeted({ name: revenuePerRo, value: '750', unit: 'money' })).toEqual({
      en: 'Revenue per RO 750: no target set',
      zh: '单车产值 750元：未设目标',
    });
  });

  it('says a value equal to a strict lower bound must be above it', () => {
    // above 20 with 20: the gap is 20 − 20 = 0, which fails a strict bound.
    expect(
      scorecardMessage({
        name: intake,
        value: '20',
        unit: 'count/day',
        target: { above: '20', cite: 'manual:ro.daily.intake' },
        score: { status: 'missed', bound: 'above', gap: '0', margin: '1' },
      }),
    ).toEqual({
      en: 'Repair orders opened per working day 20/day misses the target > 20/day: it must be above 20/day',
      zh: '日接车台次 20/天 未达到目标 >20/天：须高于 20/天',
    });
  });

  it('leaves out a reason for no data that is not in both languages', () => {
    const comeback = { en: 'Comeback rate', zh: '返修率' };
    const noData = {
      name: comeback,
      value: null,
      unit: 'percent',
      target: undefined,
      score: undefined,
    } as const;
    expect(scorecardMessage({ ...noData, reason: 'no closed ROs' as never })).toEqual({
      en: 'Comeback rate: no data',
      zh: '返修率：无数据',
    });
    expect(scorecardMessage({ ...noData, reason: { en: 'no closed ROs' } as never })).toEqual({
      en: 'Comeback rate: no data',
      zh: '返修率：无数据',
    });
  });

  it('takes a currency that is not a string as none', () => {
    expect(untargeted({ name: revenuePerRo, value: '750', unit: 'money', currency: 42 as never })).toEqual({
      en: 'Revenue per RO 750: no target set',
      zh: '单车产值 750元：未设目标',
    });
  });

  it('says there is no target when there is a target but no score', () => {
    const target = { atLeast: '950', cite: 'manual:care.mystery' } as const;
    expect(
      scorecardMessage({ name: mystery, value: '980', unit: 'points', target, score: undefined }),
    ).toEqual({
      en: 'Mystery-shopper score 980 points: no target set',
      zh: '神秘客得分 980分：未设目标',
    });
  });
});
