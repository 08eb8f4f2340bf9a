import {
  AftersalesError,
  type AftersalesIssue,
  createInstantDayReader,
  createIssue,
  createLocalDayReader,
  issuesFromZod,
  typeName,
} from '@aftersales/core';
import { dateOf } from '../eligibility/dayMath';
import { dayOfDate } from '../fastChecks';
import type { Jurisdiction } from '../jurisdiction/jurisdiction';
import { parseJurisdiction } from '../jurisdiction/parseJurisdiction';
import { parseWarrantyPolicy } from '../policy/parseWarrantyPolicy';
import type { WarrantyPolicy } from '../policy/warrantyPolicy';
import { type AuditSettings, type AuditSettingsInput, AuditSettingsSchema } from './auditSettings';
import { createRulesResolver, type ResolvedClaimRules } from './claimRules';
import { indexLaborTimes, type LaborTimeIndex } from './laborTimes';
import { indexReferenceData, type ReferenceData } from './referenceData';

const FIRST_DAY = dayOfDate('0000-01-01');
const LAST_DAY = dayOfDate('9999-12-31');

/** The records an audit compares the claims with. */
export interface AuditHistory {
  /** Core `Vehicle` records: sale, invoice and delivery dates, use, NEV, earlier owners. */
  readonly vehicles: readonly unknown[];
  /** RO headers or full core `RepairOrder` records (only the header fields the audit reads are checked). */
  readonly repairOrders?: readonly unknown[];
  /** Earlier claims already with the carmaker (core `WarrantyClaim`). */
  readonly claims?: readonly unknown[];
  /** Other odometer readings (core `OdometerReading`: telematics, inspections). */
  readonly odometerReadings?: readonly unknown[];
}

/** The second argument of {@link auditClaims}. */
export interface AuditClaimsOptions {
  /** The carmaker's policy versions: the one in force at the vehicle's sale date applies. */
  readonly policies: readonly WarrantyPolicy[];
  /** Legal rule packs: a repair inside a legal floor (三包 包修期) counts as covered too. */
  readonly jurisdictions?: readonly Jurisdiction[];
  readonly history: AuditHistory;
  /** Standard labor times (see `LaborTimeSchema`). */
  readonly laborTimes: readonly unknown[];
  readonly options: AuditSettingsInput;
}

/** Everything checked and indexed once, before the first claim. */
export interface AuditContext {
  readonly settings: AuditSettings;
  readonly policies: readonly WarrantyPolicy[];
  readonly jurisdictions: readonly Jurisdiction[];
  readonly history: Required<AuditHistory>;
  readonly laborTimes: LaborTimeIndex;
  readonly reference: ReferenceData;
  readonly rulesFor: (policy: WarrantyPolicy | undefined) => ResolvedClaimRules;
  /** The dealer's local day number of an instant (undefined when it is not one). */
  readonly localDay: (instant: unknown) => number | undefined;
  /** The dealer's local day number of epoch milliseconds. */
  readonly localDayOfMs: (epochMs: number) => number;
  readonly asOfDay: number;
  readonly asOfDate: string;
}

function list(value: unknown, path: string[], required: boolean): readonly unknown[] {
  if (value === undefined && !required) return [];
  if (!Array.isArray(value)) {
    if (value === undefined) throw AftersalesError.of('input.required', path);
    throw AftersalesError.of('input.invalid_type', path, { expected: 'array', received: typeName(value) });
  }
  return value;
}

/** Each item parsed by `parse`, an error's paths put under `[field, index]`. */
function each<T>(items: readonly unknown[], field: string, parse: (item: unknown) => T): T[] {
  return items.map((item, index) => {
    try {
      return parse(item);
    } catch (error) {
      if (!(error instanceof AftersalesError)) throw error;
      // Made again, so the message names the full path too.
      const at = (issue: AftersalesIssue) =>
        createIssue(issue.code, [field, index, ...issue.path], issue.params);
      throw new AftersalesError(error.issues.map(at));
    }
  });
}

/**
 * Checks the options of an audit and indexes its reference data.
 *
 * @throws AftersalesError naming the field: `input.*` (paths such as `['options', 'asOf']`,
 *   `['laborTimes', 3, 'standardHours']`, `['history', 'vehicles']`), `time.invalid_zone`,
 *   `warranty.invalid_policy`, `warranty.invalid_jurisdiction`, `warranty.duplicate`
 */
export function readAuditOptions(options: AuditClaimsOptions): AuditContext {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw AftersalesError.of('input.invalid_type', [], { expected: 'object', received: typeName(options) });
  }
  const parsed = AuditSettingsSchema.safeParse(options.options);
  if (!parsed.success) throw new AftersalesError(issuesFromZod(parsed.error, options.options, ['options']));
  const settings = parsed.data;
  const policyList = list(options.policies, ['policies'], true);
  if (policyList.length === 0) {
    throw AftersalesError.of('input.too_small', ['policies'], { minimum: 1, inclusive: true });
  }
  const policies = each(policyList, 'policies', parseWarrantyPolicy);
  const jurisdictions = each(
    list(options.jurisdictions, ['jurisdictions'], false),
    'jurisdictions',
    parseJurisdiction,
  );
  const history = options.history as Partial<AuditHistory> | null | undefined;
  if (history === null || typeof history !== 'object' || Array.isArray(history)) {
    throw AftersalesError.of(history === undefined ? 'input.required' : 'input.invalid_type', ['history'], {
      expected: 'object',
      received: typeName(history),
    });
  }
  const localDay = createInstantDayReader(settings.timeZone);
  const asOfDay = localDay(settings.asOf) as number;
  // An as-of moment whose local date has no four-digit year cannot date a deadline.
  if (!(asOfDay >= FIRST_DAY && asOfDay <= LAST_DAY)) {
    throw AftersalesError.of('time.invalid_instant', ['options', 'asOf'], { value: settings.asOf });
  }
  return {
    settings,
    policies,
    jurisdictions,
    history: {
      vehicles: list(history.vehicles, ['history', 'vehicles'], true),
      repairOrders: list(history.repairOrders, ['history', 'repairOrders'], false),
      claims: list(history.claims, ['history', 'claims'], false),
      odometerReadings: list(history.odometerReadings, ['history', 'odometerReadings'], false),
    },
    laborTimes: indexLaborTimes(options.laborTimes),
    reference: indexReferenceData(settings),
    rulesFor: createRulesResolver(settings.id, settings.claimRules),
    localDay,
    localDayOfMs: createLocalDayReader(settings.timeZone),
    asOfDay,
    asOfDate: dateOf(asOfDay),
  };
}
