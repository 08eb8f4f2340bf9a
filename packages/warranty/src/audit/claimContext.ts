import { policyInForce } from '../policy/selectWarrantyPolicy';
import type { WarrantyPolicy } from '../policy/warrantyPolicy';
import type { AuditContext } from './auditOptions';
import type { AuditTally, FindingSink } from './auditRules';
import type { ClaimFinding } from './auditTypes';
import type { ClaimRows } from './claimRows';
import type { ResolvedClaimRules } from './claimRules';
import type { AuditClaim } from './fastClaim';
import type { AuditVehicle } from './fastVehicle';
import type { HistoryIndex } from './historyIndex';
import type { VinSlots } from './vinSlots';

/** What every check of a batch shares: the options, the VINs, the batch and the history. */
export interface AuditRun {
  readonly context: AuditContext;
  readonly vins: VinSlots;
  readonly batch: ClaimRows;
  readonly index: HistoryIndex;
}

/**
 * The claim being audited and what was looked up for it. One object for the whole batch, set for
 * each claim in turn (no object per claim besides its result and findings); checks read it while
 * the claim is audited and keep nothing of it.
 */
export interface ClaimContext extends FindingSink {
  row: number;
  claim: AuditClaim;
  slot: number;
  /** The claim's entry in the history index's claim table. */
  entry: number;
  vehicle: AuditVehicle | undefined;
  policy: WarrantyPolicy | undefined;
  rules: ResolvedClaimRules;
  /** Day number of `repairDate`. */
  dateDay: number;
  /** Day number the repair was done: `repairCompletedAt` in the dealer's zone, else `repairDate`. */
  repairDay: number;
  currency: string;
  /** The claim's currency is the policy's (or there is no policy): amounts can be compared. */
  sameCurrency: boolean;
}

/** The context object of a batch, before its first claim. */
export function createClaimContext(run: AuditRun, tally: AuditTally): ClaimContext {
  return {
    findings: undefined,
    tally,
    row: -1,
    claim: undefined as unknown as AuditClaim,
    slot: -1,
    entry: -1,
    vehicle: undefined,
    policy: undefined,
    rules: run.context.rulesFor(undefined),
    dateDay: 0,
    repairDay: 0,
    currency: 'CNY',
    sameCurrency: true,
  };
}

/** Sets the context for the claim of `row`; returns it. */
export function prepareClaim(run: AuditRun, c: ClaimContext, row: number, claim: AuditClaim): ClaimContext {
  const { context } = run;
  const slot = run.batch.slots[row] as number;
  const vehicle = run.vins.vehicles[slot];
  const policy = vehicle === undefined ? undefined : policyInForce(context.policies, vehicle);
  c.findings = undefined as ClaimFinding[] | undefined;
  c.row = row;
  c.claim = claim;
  c.slot = slot;
  c.entry = run.index.claims.entryOfRow[row] as number;
  c.vehicle = vehicle;
  c.policy = policy;
  c.rules = context.rulesFor(policy);
  c.dateDay = run.index.claims.day(c.entry);
  c.repairDay =
    claim.repairCompletedAt === undefined ? c.dateDay : (context.localDay(claim.repairCompletedAt) as number);
  c.currency = claim.currency ?? 'CNY';
  c.sameCurrency = policy === undefined || policy.currency === c.currency;
  return c;
}
