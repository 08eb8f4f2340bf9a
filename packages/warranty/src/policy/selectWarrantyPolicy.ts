import type { WarrantyPolicy } from './warrantyPolicy';

/** What policy selection reads of a vehicle. */
export interface PolicyVehicle {
  readonly brand: string;
  readonly model: string;
  readonly saleDate?: string | undefined;
  readonly invoiceDate?: string | undefined;
  readonly deliveryDate?: string | undefined;
}

/** The date a vehicle was sold, for policy versions: sale date, else invoice date, else delivery date. */
export function soldOn(vehicle: PolicyVehicle): string | undefined {
  return vehicle.saleDate ?? vehicle.invoiceDate ?? vehicle.deliveryDate;
}

/**
 * The policy in force when the vehicle was sold: its brand and model are covered and its sale
 * date (else invoice, else delivery date) falls in `soldFrom` … `soldUntil`. Of several, a policy
 * naming models beats a brand-wide one, then the latest `soldFrom`, then the first given.
 *
 * @param policies - validated policies (see `parseWarrantyPolicy`)
 * @returns the policy, or `undefined` when none is in force (or the vehicle has no date)
 * @example
 * selectWarrantyPolicy([policy2022, policy2024], { brand: 'Huaxia', model: 'HX5', saleDate: '2024-06-01' }); // policy2024
 */
export function selectWarrantyPolicy(
  policies: readonly WarrantyPolicy[],
  vehicle: PolicyVehicle,
): WarrantyPolicy | undefined {
  const date = soldOn(vehicle);
  if (date === undefined) return undefined;
  let best: WarrantyPolicy | undefined;
  for (const policy of policies) {
    if (date < policy.soldFrom || (policy.soldUntil !== undefined && date > policy.soldUntil)) continue;
    if (policy.brands !== undefined && !policy.brands.includes(vehicle.brand)) continue;
    if (policy.models !== undefined && !policy.models.includes(vehicle.model)) continue;
    if (best === undefined || beats(policy, best)) best = policy;
  }
  return best;
}

function beats(candidate: WarrantyPolicy, best: WarrantyPolicy): boolean {
  const specific = candidate.models !== undefined;
  if (specific !== (best.models !== undefined)) return specific;
  return candidate.soldFrom > best.soldFrom;
}
