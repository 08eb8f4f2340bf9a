import { soldOn } from '../../policy/selectWarrantyPolicy';
import { addFinding, RULE } from '../auditRules';
import type { AuditRun, ClaimContext } from '../claimContext';

/**
 * The vehicle is in the history (`claim.unknown_vehicle`, review: without it coverage cannot be
 * checked) and a policy is in force for it (`claim.no_policy`, review: a policy version may be
 * missing from the audit's list as much as the claim may be wrong).
 */
export function checkVehicle(run: AuditRun, c: ClaimContext): void {
  const { claim, vehicle } = c;
  const source = run.context.settings.id;
  c.tally.checked(RULE.vehicle);
  if (vehicle === undefined) {
    addFinding(
      c,
      'claim.unknown_vehicle',
      'review',
      'vehicle',
      `oem:${source}#history.vehicles`,
      {
        en: `Vehicle ${claim.vin} is not in the vehicle history: coverage not checked`,
        zh: `车辆 ${claim.vin} 不在车辆档案中：未检查保修范围`,
      },
      { vin: claim.vin },
    );
    return;
  }
  c.tally.checked(RULE.policy);
  if (c.policy !== undefined) return;
  const sold = soldOn(vehicle) ?? null;
  addFinding(
    c,
    'claim.no_policy',
    'review',
    'policy',
    `oem:${source}#policies`,
    {
      en: `No warranty policy is in force for ${vehicle.brand} ${vehicle.model} sold on ${sold ?? 'an unrecorded date'}: coverage not checked`,
      zh: `${vehicle.brand} ${vehicle.model}（销售日期 ${sold ?? '无记录'}）没有适用的保修政策：未检查保修范围`,
    },
    { vin: claim.vin, brand: vehicle.brand, model: vehicle.model, soldOn: sold },
  );
}

/**
 * The claim is in the policy's currency (`claim.currency_mismatch`, review): amounts in another
 * currency are not compared with the authority, rates and prices of the policy.
 */
export function checkCurrency(_run: AuditRun, c: ClaimContext): void {
  const { policy } = c;
  if (policy === undefined) return;
  c.tally.checked(RULE.currency);
  if (c.sameCurrency) return;
  addFinding(
    c,
    'claim.currency_mismatch',
    'review',
    'currency',
    `oem:${policy.id}#currency`,
    {
      en: `The claim is in ${c.currency} but policy ${policy.id} is in ${policy.currency}: authority, labor rate and part prices not compared`,
      zh: `索赔币种为 ${c.currency}，保修政策 ${policy.id} 币种为 ${policy.currency}：未比较权限额度、工时单价与配件价格`,
    },
    { currency: c.currency, policyCurrency: policy.currency },
  );
}
