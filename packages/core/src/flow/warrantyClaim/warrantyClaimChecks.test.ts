import { describe, expect, it } from 'vitest';
import { initialWarrantyClaimData } from './warrantyClaimData';
import { warrantyClaimGuardChecks } from './warrantyClaimGuards';

describe('wty.eligible', () => {
  const eligible = warrantyClaimGuardChecks['wty.eligible'];
  const probe = { type: 'submit', at: '2024-03-01T09:00:00+08:00', actor: 'EMP-WA-01' };

  it('fails, with the outcome as a fact, while no eligibility decision is attached', () => {
    expect(eligible?.({ ...initialWarrantyClaimData, outcome: null }, probe, undefined)).toEqual({
      passed: false,
      facts: { outcome: null },
    });
  });

  it('passes a covered claim and fails one not covered', () => {
    expect(eligible?.({ ...initialWarrantyClaimData, outcome: 'covered' }, probe, undefined)).toBe(true);
    expect(eligible?.({ ...initialWarrantyClaimData, outcome: 'not_covered' }, probe, undefined)).toEqual({
      passed: false,
      facts: { outcome: 'not_covered' },
    });
  });
});
