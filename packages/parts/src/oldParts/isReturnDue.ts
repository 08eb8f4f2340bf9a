import type { TraceStep, WarrantyClaim } from '@aftersales/core';
import type { OldPartContext } from './oldPartRules';

/**
 * Is the claim's old part due back at all? Pushes the `parts.old-part.required` step (and, for a
 * rejected claim, `parts.old-part.rejected-claim`) onto `trace`. Due: an old part that is retained,
 * or one the carmaker asked for with a deadline on the claim, on any claim but a draft; a rejected
 * claim's part only when the policy's `returnWhenRejected` or a claim deadline says so.
 *
 * @returns true when a return is due
 * @example
 * const trace: TraceStep[] = [];
 * isReturnDue(claim, context, trace); // true for a submitted claim with a retained part
 */
export function isReturnDue(
  claim: WarrantyClaim,
  { policy, rules }: OldPartContext,
  trace: TraceStep[],
): boolean {
  const part = claim.oldPart;
  const facts = {
    claimStatus: claim.status,
    retained: part?.retained ?? null,
    claimDeadline: part?.deadline ?? null,
  };
  if (part === undefined) {
    trace.push(
      rules.required.notApplicable(facts, {
        en: 'No old part is recorded on the claim: nothing to return',
        zh: '索赔单未记录旧件，无需回运',
      }),
    );
    return false;
  }
  // The carmaker has not seen a draft: the OEM's request, and the KPI, start at submission.
  if (claim.status === 'draft') {
    trace.push(
      rules.required.notApplicable(facts, {
        en: 'The claim is a draft: the carmaker has not received it, so no return is due yet (keep the part)',
        zh: '索赔单为草稿，主机厂尚未收到，暂无回运要求（旧件须保留）',
      }),
    );
    return false;
  }
  // A deadline on the claim is the carmaker asking for the part, whatever `retained` says.
  if (!part.retained && part.deadline === undefined) {
    trace.push(
      rules.required.notApplicable(facts, {
        en: 'The part is not retained and the carmaker set no deadline: no return is due',
        zh: '旧件未保留且主机厂未指定回运截止日期，无需回运',
      }),
    );
    return false;
  }
  trace.push(
    rules.required.passed(
      facts,
      part.retained
        ? { en: 'The replaced part is retained and due back to the carmaker', zh: '旧件已保留，需回运主机厂' }
        : {
            en: `The part is recorded as not retained, but the carmaker set a deadline (${part.deadline}): the return is due`,
            zh: `旧件记录为未保留，但主机厂已指定回运截止日期（${part.deadline}），仍需回运`,
          },
    ),
  );
  if (claim.status !== 'rejected') return true;
  const rejectedFacts = { returnWhenRejected: policy.returnWhenRejected, claimDeadline: facts.claimDeadline };
  if (part.deadline !== undefined) {
    trace.push(
      rules.rejectedClaim.passed(rejectedFacts, {
        en: 'The claim was rejected, but the carmaker set a deadline on it: the part is still due back',
        zh: '索赔单已拒赔，但主机厂在单上指定了截止日期，旧件仍需回运',
      }),
    );
    return true;
  }
  if (policy.returnWhenRejected) {
    trace.push(
      rules.rejectedClaim.passed(rejectedFacts, {
        en: `The claim was rejected; policy ${policy.id} still wants the part back`,
        zh: `索赔单已拒赔；按政策 ${policy.id}，旧件仍需回运`,
      }),
    );
    return true;
  }
  trace.push(
    rules.rejectedClaim.notApplicable(rejectedFacts, {
      en: `The claim was rejected; policy ${policy.id} leaves a rejected claim's part with the dealer`,
      zh: `索赔单已拒赔；按政策 ${policy.id}，拒赔旧件留在经销商处，无需回运`,
    }),
  );
  return false;
}
