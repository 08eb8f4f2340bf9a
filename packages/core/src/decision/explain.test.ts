import { describe, expect, it } from 'vitest';
import { explainDecision, failedSteps } from './explain';
import { createDecision, defineRule } from './rule';

const rule = defineRule({
  id: 'cn-sanbao-2021.seven-days',
  cite: 'regulation:cn-sanbao-2021#22',
  title: { en: '7-day replacement or return', zh: '7日内换车或退车' },
});
const decision = createDecision('covered', [rule.passed({ day: 5 }, { en: 'Day 5 of 7', zh: '第5日' })]);
const step = decision.trace[0] as object;
// JSON.parse makes these own keys, as a decision read back from storage would have them.
const hostile = JSON.parse('{"toString":"not a function"}') as unknown;

describe('explainDecision with a damaged decision (found by the public-api fuzz)', () => {
  it.each([
    ['message', null, ['decision', 'trace', 0, 'message']],
    ['message', { en: 'only English' }, ['decision', 'trace', 0, 'message']],
    ['rule', Symbol('rule'), ['decision', 'trace', 0, 'rule']],
    ['cite', hostile, ['decision', 'trace', 0, 'cite']],
  ])('refuses a step whose %s is %o with input.invalid_type at %o', (key, value, path) => {
    const damaged = { ...decision, trace: [{ ...step, [key]: value }] };
    expect(() => explainDecision(damaged as never, 'zh')).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type', path }),
    );
  });

  it('refuses an outcome that is not text', () => {
    expect(() => explainDecision({ ...decision, outcome: hostile } as never)).toThrowError(
      expect.objectContaining({ code: 'input.invalid_type', path: ['decision', 'outcome'] }),
    );
  });

  it.each(['toString', 'constructor', hostile])(
    'refuses a step status %o that only Object.prototype has',
    (status) => {
      const damaged = { ...decision, trace: [{ ...step, status }] };
      expect(() => failedSteps(damaged as never)).toThrowError(
        expect.objectContaining({ code: 'input.invalid_type' }),
      );
      expect(() => explainDecision(damaged as never)).toThrowError(
        expect.objectContaining({ code: 'input.invalid_type' }),
      );
    },
  );

  it('still explains a sound decision', () => {
    expect(explainDecision(decision, 'zh')).toEqual([
      '结论：covered',
      '✓ 第5日 [cn-sanbao-2021.seven-days · regulation:cn-sanbao-2021#22]',
    ]);
  });
});
