import { type CalendarDate, defineRule, type Rule } from '@aftersales/core';
import { type OldPartPolicy, oldPartPolicyCite } from './oldPartPolicy';

/** The rules an old part's decision is made of, bound to one policy's citations. */
export interface OldPartRules {
  /** `parts.old-part.required`: is a return due at all (part retained, claim not a draft)? */
  readonly required: Rule;
  /** `parts.old-part.rejected-claim`: is a rejected claim's part still due (policy `returnWhenRejected`)? */
  readonly rejectedClaim: Rule;
  /** `parts.old-part.claim-deadline`: the deadline the carmaker wrote on the claim, which wins. */
  readonly claimDeadline: Rule;
  /** `parts.old-part.policy-deadline`: the deadline computed from the policy. */
  readonly policyDeadline: Rule;
  /** `parts.old-part.overdue`: shipped by the deadline, or not yet past it. */
  readonly overdue: Rule;
}

/**
 * Declares the old-part rules for a policy: the rules that read the policy cite its fields
 * (`oem:<policy id>#<field>`, or the policy's own `cite`), the others the manuals' key
 * `manual:wty.old.parts` (保修旧件的管理及回运: retain and return replaced parts, per OEM policy).
 *
 * @example
 * const rules = createOldPartRules(parseOldPartPolicy({ id: 'acme', returnWithinDays: 30, from: 'submitted' }));
 * rules.policyDeadline.cite; // 'oem:acme#returnWithinDays'
 */
export function createOldPartRules(policy: OldPartPolicy): OldPartRules {
  return {
    required: defineRule({
      id: 'parts.old-part.required',
      cite: 'manual:wty.old.parts',
      title: { en: 'Old part due back to the carmaker', zh: '旧件需回运主机厂' },
    }),
    rejectedClaim: defineRule({
      id: 'parts.old-part.rejected-claim',
      cite: oldPartPolicyCite(policy, 'returnWhenRejected'),
      title: { en: "A rejected claim's old part", zh: '拒赔索赔单的旧件' },
    }),
    claimDeadline: defineRule({
      id: 'parts.old-part.claim-deadline',
      cite: 'manual:wty.old.parts',
      title: { en: 'Deadline set by the carmaker on the claim', zh: '主机厂在索赔单上指定的回运截止日期' },
    }),
    policyDeadline: defineRule({
      id: 'parts.old-part.policy-deadline',
      cite: oldPartPolicyCite(policy, 'returnWithinDays'),
      title: { en: "The return policy's deadline", zh: '旧件回运政策规定的截止日期' },
    }),
    overdue: defineRule({
      id: 'parts.old-part.overdue',
      cite: 'manual:wty.old.parts',
      title: { en: 'Old part returned by its deadline', zh: '旧件按期回运' },
    }),
  };
}

/** What every claim of one tracking run is judged against: the policy, its rules, the day and the zone. */
export interface OldPartContext {
  readonly policy: OldPartPolicy;
  readonly rules: OldPartRules;
  readonly asOf: CalendarDate;
  readonly timeZone: string;
}
