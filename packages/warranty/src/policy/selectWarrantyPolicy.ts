import { AftersalesError } from '@aftersales/core';
import { isDate } from '../fastChecks';
import { isParsedPolicy, parseWarrantyPolicy } from './parseWarrantyPolicy';
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

function badType(path: string[], expected: string, value: unknown): never {
  throw AftersalesError.of('input.invalid_type', path, {
    expected,
    received: value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value,
  });
}

function checkDate(key: string, value: unknown): void {
  // Compared as text with soldFrom / soldUntil: only a real YYYY-MM-DD orders right. isDate reads
  // the digits (the audit selects a policy for every claim); it accepts the dates core's do.
  if (value !== undefined && !isDate(value)) {
    throw AftersalesError.of('time.invalid_date', ['vehicle', key], {
      value: typeof value === 'string' ? value : typeof value,
    });
  }
}

/** The vehicle as {@link PolicyVehicle}, or the coded issue of its first bad field. */
function checkVehicle(vehicle: unknown): PolicyVehicle {
  if (vehicle === null || typeof vehicle !== 'object' || Array.isArray(vehicle)) {
    badType(['vehicle'], 'object', vehicle);
  }
  // Field by field, not in a loop over names: this runs once per audited claim.
  const { brand, model, saleDate, invoiceDate, deliveryDate } = vehicle as Record<string, unknown>;
  if (typeof brand !== 'string') badType(['vehicle', 'brand'], 'string', brand);
  if (typeof model !== 'string') badType(['vehicle', 'model'], 'string', model);
  checkDate('saleDate', saleDate);
  checkDate('invoiceDate', invoiceDate);
  checkDate('deliveryDate', deliveryDate);
  return vehicle as PolicyVehicle;
}

/** The policies checked: parsed ones as they are (a set lookup), others through the schema. */
function checkPolicies(policies: unknown): readonly WarrantyPolicy[] {
  if (!Array.isArray(policies)) badType(['policies'], 'array', policies);
  let parsed = true;
  for (let index = 0; index < policies.length && parsed; index += 1) parsed = isParsedPolicy(policies[index]);
  if (parsed) return policies;
  return policies.map((policy, index) => {
    try {
      return parseWarrantyPolicy(policy);
    } catch (error) {
      if (!(error instanceof AftersalesError)) throw error;
      throw new AftersalesError(
        error.issues.map((issue) => ({ ...issue, path: ['policies', index, ...issue.path] })),
      );
    }
  });
}

/**
 * The policy in force when the vehicle was sold: its brand and model are covered and its sale
 * date (else invoice, else delivery date) falls in `soldFrom` … `soldUntil`. Of several, a policy
 * naming models beats a brand-wide one, then the latest `soldFrom`, then the first given.
 *
 * @param policies - the policies (parsed ones are taken as they are; others are validated here)
 * @param vehicle - its brand, model and dates (`YYYY-MM-DD`)
 * @returns the policy, or `undefined` when none is in force (or the vehicle has no date)
 * @throws AftersalesError `input.invalid_type` for a policy list or vehicle of the wrong shape,
 *   a policy's issues under `['policies', <index>]`, `time.invalid_date` for a date that is none
 * @example
 * selectWarrantyPolicy([policy2022, policy2024], { brand: 'Huaxia', model: 'HX5', saleDate: '2024-06-01' }); // policy2024
 */
export function selectWarrantyPolicy(
  policies: readonly WarrantyPolicy[],
  vehicle: PolicyVehicle,
): WarrantyPolicy | undefined {
  return policyInForce(checkPolicies(policies), checkVehicle(vehicle));
}

/**
 * {@link selectWarrantyPolicy} on policies and a vehicle already checked (the eligibility and audit
 * hot paths), without checking them again.
 */
export function policyInForce(
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
