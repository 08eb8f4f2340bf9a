import type { Contribution, Result } from '@aftersales/core';
import { describe, expectTypeOf, it } from 'vitest';
import type { ClaimAuditReport, ClaimFindingCode } from './audit/auditTypes';
import type { WarrantyDecision, WarrantyOutcome } from './eligibility/evaluateWarranty';
import type { WarrantyDetails } from './eligibility/warrantyDetails';
import type { WarrantyRequestInput } from './eligibility/warrantyRequest';
import type { auditClaims, evaluateRights, evaluateWarranty, safeEvaluateWarranty } from './index';
import type { Jurisdiction } from './jurisdiction/jurisdiction';
import type { WarrantyPolicy } from './policy/warrantyPolicy';
import type { MarketRights } from './rights/evaluateRights';

describe('warranty types', () => {
  it('a warranty decision always has its details, and only the three outcomes', () => {
    expectTypeOf<WarrantyDecision['details']>().toEqualTypeOf<WarrantyDetails>();
    expectTypeOf<WarrantyOutcome>().toEqualTypeOf<'covered' | 'not_covered' | 'needs_preauthorization'>();
    expectTypeOf<ReturnType<typeof evaluateWarranty>>().toEqualTypeOf<WarrantyDecision>();
    expectTypeOf<ReturnType<typeof safeEvaluateWarranty>>().toEqualTypeOf<Result<WarrantyDecision>>();
  });

  it('a request needs a vehicle and a repair; amounts may be numbers as JSON gives them', () => {
    expectTypeOf<WarrantyRequestInput>().toHaveProperty('vehicle');
    expectTypeOf<WarrantyRequestInput['repair']['amount']>().toEqualTypeOf<string | number | undefined>();
    // @ts-expect-error the repair is required
    const missing: WarrantyRequestInput = { vehicle: { vin: 'x', brand: 'b', model: 'm', modelYear: 2024 } };
    void missing;
  });

  it('policies and jurisdictions can be plugin contributions', () => {
    expectTypeOf<WarrantyPolicy>().toExtend<Contribution>();
    expectTypeOf<Jurisdiction>().toExtend<Contribution>();
  });

  it('rights come per market, audits per claim', () => {
    expectTypeOf<ReturnType<typeof evaluateRights>>().toEqualTypeOf<readonly MarketRights[]>();
    expectTypeOf<ReturnType<typeof auditClaims>>().toEqualTypeOf<ClaimAuditReport>();
    expectTypeOf<'claim.duplicate'>().toExtend<ClaimFindingCode>();
    expectTypeOf<'claim.made_up'>().not.toExtend<ClaimFindingCode>();
  });
});
