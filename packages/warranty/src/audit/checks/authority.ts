import { addFinding, RULE } from '../auditRules';
import type { AuditRun, ClaimContext } from '../claimContext';
import { compareDecimalText } from '../decimalText';

/**
 * Over-authority claims (`claim.over_authority`, reject: above the dealer's authority the carmaker
 * pays only what it pre-authorized): the claim total above the policy's `preAuthorizationAbove`
 * without a pre-authorization number. Exactly the authority is within it.
 */
export function checkAuthority(_run: AuditRun, c: ClaimContext): void {
  const above = c.policy?.preAuthorizationAbove;
  if (above === undefined || !c.sameCurrency) {
    c.tally.notChecked(RULE.authority);
    return;
  }
  c.tally.checked(RULE.authority);
  const { claim } = c;
  const total = claim.amounts.total;
  if (claim.preAuthorization !== undefined || compareDecimalText(total, above) <= 0) return;
  addFinding(
    c,
    'claim.over_authority',
    'reject',
    'authority',
    `oem:${c.policy?.id}#preAuthorizationAbove`,
    {
      en: `Total ${total} ${c.currency} is above the dealer's authority of ${above} without a pre-authorization`,
      zh: `索赔金额 ${total} ${c.currency} 超过经销商权限额度 ${above}，且无超权限预授权`,
    },
    { total, authority: above, currency: c.currency },
  );
}
