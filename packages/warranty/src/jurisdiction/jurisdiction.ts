import type {
  CalendarDate,
  Citation,
  Decision,
  JsonObject,
  LocalizedText,
  WhicheverFirstPeriod,
} from '@aftersales/core';
import type { RepairCause } from '../history/repairCause';
import type { VehicleCase } from '../rights/vehicleCase';

/**
 * Where a jurisdiction's periods start:
 * - `invoice`: the purchase-invoice date (三包 2013);
 * - `invoice_or_delivery`: the invoice date, or the delivery date where it differs (三包 2021 Art. 18);
 * - `delivery`: the delivery date (California: "18 months from delivery to the buyer").
 */
export type JurisdictionStart = 'invoice' | 'invoice_or_delivery' | 'delivery';

/**
 * The legal minimum for a single repair, which `evaluateWarranty` applies after the carmaker's
 * policy: inside `period` a quality problem is repaired free, whatever the policy says
 * (三包 2021 Arts. 18–19). Data, so that a carmaker promising more can raise it.
 *
 * - `period`: the repair-warranty period (包修期), whichever comes first;
 * - `start`: see {@link JurisdictionStart}; must be the pack's own `start` (checked);
 * - `householdOnly`: a vehicle in commercial use is outside the rules;
 * - `exemptCauses`: the causes the law names as exemptions (Art. 32), for the trace's message; the
 *   floor pays for quality problems only, whatever this list holds, and wear parts keep their own
 *   period (the policy's wear coverage);
 * - `cites`: the article of each part: `period`, `scope`, `exemptions`, `start`.
 */
export interface RepairFloor {
  readonly period: WhicheverFirstPeriod;
  readonly start: JurisdictionStart;
  readonly householdOnly: boolean;
  readonly exemptCauses: readonly RepairCause[];
  readonly cites: {
    readonly period: Citation;
    readonly scope: Citation;
    readonly exemptions: Citation;
    readonly start: Citation;
  };
}

/** What {@link Jurisdiction.evaluateRights} is given besides the case. */
export interface RightsContext {
  /** IANA zone of the dealer: days are counted in it. */
  readonly timeZone: string;
}

/**
 * The answer of a jurisdiction on a vehicle's history: the strongest remedy the customer has
 * (`outcome`, named by the jurisdiction, e.g. `replacement_or_return`, `presumed_nonconforming`,
 * `none`, `out_of_scope`), the trace of every rule with its article, and details as plain JSON.
 */
export type RightsDecision = Decision<string, JsonObject>;

/**
 * A legal rule pack (jurisdiction), delivered as a plugin's `jurisdictions` contribution.
 *
 * - `id`: stable, also the rule-id prefix and citation source (`cn-sanbao-2021`);
 * - `market`: where it applies (`CN`, `US-CA`); of several packs for one market, the one governing
 *   the vehicle's start date is used;
 * - `governs`: the start dates (purchase or delivery) of the vehicles the pack governs, both ends
 *   inclusive (`until` absent: open);
 * - `repairFloor`: the legal minimum for one repair, if the law sets one;
 * - `evaluateRights`: the rights from the vehicle's full repair history. It must not throw for a
 *   valid case: missing facts are reported in the trace.
 */
export type Jurisdiction = {
  readonly id: string;
  readonly version: string;
  readonly market: string;
  readonly name: LocalizedText;
  readonly governs: { readonly from: CalendarDate; readonly until?: CalendarDate };
  readonly start: JurisdictionStart;
  readonly repairFloor?: RepairFloor;
  readonly evaluateRights: (input: VehicleCase, context: RightsContext) => RightsDecision;
};
