import { describe, expect, it } from 'vitest';
import { acmePolicy } from '../policy/testing';
import { evaluate, request, stepOf } from './testing';

// Huaxia: the dealer's authority is 5,000.00 CNY; a covered repair *above* it needs the carmaker's
// pre-authorization. The repair: the engine on 2025-05-01 at 20,000 km, inside powertrain.
const engine = { date: '2025-05-01', odometerKm: 20_000 };
const RULE = 'warranty.pre-authorization';

describe('pre-authorization above the dealer authority', () => {
  it('an amount equal to the authority (5000.00, or 5000) is not above it: covered', () => {
    for (const amount of ['5000.00', '5000', '5000.000']) {
      const decision = evaluate(request({ ...engine, amount }));
      expect(decision.outcome, amount).toBe('covered');
      expect(decision.details.preAuthorization).toBe('not_needed');
      expect(stepOf(decision, RULE)).toMatchObject({
        status: 'passed',
        facts: { amount, authority: '5000.00', preAuthorizationNumber: null },
        cite: 'oem:huaxia-2024#preAuthorizationAbove',
      });
    }
  });

  it('0.01 above (5000.01): needs_preauthorization, with the coverage still named and a hint', () => {
    const decision = evaluate(request({ ...engine, amount: '5000.01' }));
    expect(decision.outcome).toBe('needs_preauthorization');
    expect(decision.details).toMatchObject({
      coverage: 'powertrain',
      preAuthorization: 'required',
      hint: {
        en: 'Ask the carmaker for pre-authorization: 5000.01 is above 5000.00',
        zh: '请向厂家申请超权限预授权：5000.01 超过 5000.00',
      },
    });
    expect(stepOf(decision, RULE).status).toBe('failed');
  });

  it('above, as a JSON number (5000.01 → "5000.01"): same answer, no float compare', () => {
    expect(evaluate(request({ ...engine, amount: 5000.01 as never })).outcome).toBe('needs_preauthorization');
  });

  it('above, with the pre-authorization number: covered, granted', () => {
    const decision = evaluate(
      request({ ...engine, amount: '8600.00', preAuthorizationNumber: 'PA-2025-0001' }),
    );
    expect(decision.outcome).toBe('covered');
    expect(decision.details).toMatchObject({ preAuthorization: 'granted', hint: null });
    expect(stepOf(decision, RULE)).toMatchObject({
      status: 'passed',
      facts: { amount: '8600.00', preAuthorizationNumber: 'PA-2025-0001' },
    });
  });

  it('within the authority, a pre-authorization number changes nothing: not needed', () => {
    const decision = evaluate(
      request({ ...engine, amount: '100.00', preAuthorizationNumber: 'PA-2025-0001' }),
    );
    expect(decision.details.preAuthorization).toBe('not_needed');
  });

  it('not covered: nothing to authorize, whatever the amount', () => {
    const decision = evaluate(request({ date: '2029-03-02', odometerKm: 20_000, amount: '9000.00' }));
    expect(decision.outcome).toBe('not_covered');
    expect(decision.details.preAuthorization).toBe('not_needed');
    expect(stepOf(decision, RULE).status).toBe('not_applicable');
  });

  it('no amount given: covered, and the step says to compare it before the repair', () => {
    const decision = evaluate(request(engine));
    expect(decision.outcome).toBe('covered');
    expect(stepOf(decision, RULE)).toMatchObject({ status: 'not_applicable', facts: { amount: null } });
  });

  it('a policy without an authority limit: any amount is covered', () => {
    const decision = evaluate(request({ date: '2024-06-01', odometerKm: 1_000, amount: '999999.99' }), {
      policy: acmePolicy(),
    });
    expect(decision.outcome).toBe('covered');
    expect(stepOf(decision, RULE)).toMatchObject({ status: 'not_applicable', facts: { authority: null } });
  });
});

describe('what the pre-authorization step says', () => {
  // Acme with an authority of 3000.00; the engine on 2024-06-01 at 1,000 km, inside basic.
  const run = (repair: Record<string, unknown>, above?: string) =>
    evaluate(request({ date: '2024-06-01', odometerKm: 1_000, ...repair }, { vehicle: { brand: 'Acme' } }), {
      policy: acmePolicy(above === undefined ? {} : { preAuthorizationAbove: above }),
    });

  it('within, above and pre-authorized, above and not: each says the amount and the authority', () => {
    expect(stepOf(run({ amount: '2999.99' }, '3000.00'), RULE).message).toEqual({
      en: "2999.99 is within the dealer's authority of 3000.00",
      zh: '2999.99 未超过经销商权限额度 3000.00',
    });
    expect(
      stepOf(run({ amount: '3000.01', preAuthorizationNumber: 'PA-7' }, '3000.00'), RULE).message,
    ).toEqual({
      en: '3000.01 is above the authority of 3000.00: pre-authorized (PA-7)',
      zh: '3000.01 超过权限额度 3000.00，已获预授权（PA-7）',
    });
    expect(stepOf(run({ amount: '3000.01' }, '3000.00'), RULE).message).toEqual({
      en: "3000.01 is above the dealer's authority of 3000.00: ask the carmaker for pre-authorization",
      zh: '3000.01 超过经销商权限额度 3000.00，须向厂家申请超权限预授权',
    });
  });

  it('no limit, not covered, no amount: not applicable, saying why', () => {
    expect(stepOf(run({ amount: '100.00' }), RULE).message).toEqual({
      en: 'The policy sets no authority limit',
      zh: '政策未设定经销商权限额度',
    });
    // 2024-03-01 + 12 months = 2025-03-01: 2025-03-02 is past basic.
    expect(stepOf(run({ date: '2025-03-02', amount: '100.00' }, '3000.00'), RULE).message).toEqual({
      en: 'Not covered: nothing to authorize',
      zh: '不在保修范围内，无需授权',
    });
    expect(stepOf(run({}, '3000.00'), RULE).message).toEqual({
      en: 'No amount given: compare it with the authority of 3000.00 before the repair',
      zh: '未给出金额：维修前请与权限额度 3000.00 比较',
    });
  });
});
