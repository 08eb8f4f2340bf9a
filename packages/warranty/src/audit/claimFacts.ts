import type { RepairFacts } from '../eligibility/repairFacts';
import type { AuditRun, ClaimContext } from './claimContext';
import type { AuditClaim } from './fastClaim';
import type { AuditVehicle } from './fastVehicle';

/**
 * The causal part of a claim: `causalPartNumber`, else the first part marked `isCausal`, else the
 * first part.
 */
export function causalPartOf(claim: AuditClaim): string | undefined {
  if (claim.causalPartNumber !== undefined) return claim.causalPartNumber;
  const parts = claim.parts;
  if (parts === undefined || parts.length === 0) return undefined;
  for (const part of parts) if (part.isCausal === true) return part.partNumber;
  return parts[0]?.partNumber;
}

/** The vehicle system of the first op whose labor time names one. */
function systemOf(run: AuditRun, claim: AuditClaim, vehicle: AuditVehicle): string | undefined {
  const ops = claim.laborOps;
  if (ops === undefined) return undefined;
  for (const op of ops) {
    const system = run.context.laborTimes.find(op.opCode, vehicle.brand, vehicle.model)?.system;
    if (system !== undefined) return system;
  }
  return undefined;
}

/**
 * The facts the coverage engine reads, from the claim and its vehicle: the repair date and
 * odometer of the claim; the system of its ops' labor times; the part group of its causal part;
 * its failure code; cause `quality` (a warranty claim asserts a quality problem; the claim has no
 * cause field); its total and pre-authorization; the first maintenance from the history's
 * `first_maintenance` ROs (the one opened on the earliest local day, the first listed of two on that
 * day; unknown when there is none: the history may not hold every dealer's ROs, so "never done" is
 * not concluded); coverage counted from 0 km.
 */
export function repairFactsOf(run: AuditRun, c: ClaimContext, vehicle: AuditVehicle): RepairFacts {
  const { claim } = c;
  const causal = causalPartOf(claim);
  const fmDay = run.index.firstMaintenanceDay[c.slot] as number;
  return {
    vin: claim.vin,
    brand: vehicle.brand,
    model: vehicle.model,
    isNev: vehicle.isNev === true,
    use: vehicle.use,
    saleDate: vehicle.saleDate,
    invoiceDate: vehicle.invoiceDate,
    deliveryDate: vehicle.deliveryDate,
    laterOwner: vehicle.previousOwners !== undefined && vehicle.previousOwners.length > 0,
    repairDate: claim.repairDate,
    repairDay: c.dateDay,
    km: claim.odometerKm,
    startKm: 0,
    system: systemOf(run, claim, vehicle),
    partGroup: causal === undefined ? undefined : run.context.reference.partGroups?.get(causal),
    failureCode: claim.failureCode,
    cause: 'quality',
    // The audit's own authority check compares the total (exactly, in the claim's currency).
    amount: undefined,
    currency: c.currency,
    preAuthorizationNumber: claim.preAuthorization?.number,
    firstMaintenance:
      fmDay < 0 ? undefined : { day: fmDay, km: run.index.firstMaintenanceKm[c.slot] as number },
  };
}
