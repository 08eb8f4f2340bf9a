import { type CalendarDate, parseRecord } from '@aftersales/core';
import { z } from 'zod';
import type { VehicleCase } from '../../rights/vehicleCase';
import type { Jurisdiction, RightsContext, RightsDecision } from '../jurisdiction';
import { CALIFORNIA_JURISDICTION_ID } from './californiaRules';
import { evaluateCaliforniaRights } from './evaluateCaliforniaRights';

/**
 * The first delivery date the pack governs. The Tanner Act (Stats. 1982, signed 1982-07-07) took
 * effect on 1983-01-01, but with other numbers: one year or 12,000 miles, and no safety paragraph.
 * The 18 months / 18,000 miles came with AB 1290 (Stats. 1999, ch. 448, in force 2000-01-01); the
 * paragraph on a nonconformity likely to cause death or serious bodily injury repaired twice is not
 * in the text SB 1718 (Stats. 2000, ch. 679) amended, and is in force from 2001-01-01 at the latest
 * consistent with that bill. Applying this text to a car delivered in 1983–2000 would apply numbers
 * that were not the law then, so the pack starts on 2001-01-01 (non-urgency California statutes
 * take effect on 1 January after enactment).
 */
const GOVERNS_FROM: CalendarDate = '2001-01-01';

/**
 * Options of {@link createCaliforniaLemonLaw}:
 * - `noticeRequired` (default `true`): whether paragraphs (1) and (2) need the buyer's direct
 *   notice to the manufacturer. The statute requires it "only if the manufacturer has clearly and
 *   conspicuously disclosed to the buyer, with the warranty or the owner's manual," the provisions
 *   and the notice requirement: set `false` for a maker that did not. It never affects paragraph (3).
 *
 * @example
 * CaliforniaLemonLawOverridesSchema.parse({ noticeRequired: false });
 */
export const CaliforniaLemonLawOverridesSchema = z.strictObject({
  noticeRequired: z.boolean().optional(),
});

/** Options of {@link createCaliforniaLemonLaw}, as accepted. */
export type CaliforniaLemonLawOverrides = z.input<typeof CaliforniaLemonLawOverridesSchema>;

/**
 * Builds the California lemon-law jurisdiction: the presumption of Civil Code §1793.22(b) (Tanner
 * Act, part of the Song-Beverly Consumer Warranty Act) that a reasonable number of repair attempts
 * has been made when, within 18 months from delivery or 18,000 miles on the odometer, whichever
 * occurs first: (1) a nonconformity likely to cause death or serious bodily injury was repaired 2 or
 * more times, (2) the same nonconformity 4 or more times (both with the buyer's direct notice to the
 * maker when the maker disclosed that requirement), or (3) the vehicle was out of service for repairs
 * more than 30 calendar days in total.
 *
 * The pack has no `repairFloor` (the law sets no free-repair period of its own: the maker's express
 * warranty does), and its periods start on the delivery date.
 *
 * @param overrides - see {@link CaliforniaLemonLawOverridesSchema}
 * @returns a frozen {@link Jurisdiction}, id `us-ca-lemon-law`, market `US-CA`
 * @throws AftersalesError `input.invalid_type` (path `['noticeRequired']`), `input.unrecognized_keys`
 * @example
 * const ca = createCaliforniaLemonLaw({ noticeRequired: false });
 * ca.evaluateRights(vehicleCase, { timeZone: 'America/Los_Angeles' }).outcome; // 'presumed_nonconforming' | 'none' | …
 */
export function createCaliforniaLemonLaw(overrides: CaliforniaLemonLawOverrides = {}): Jurisdiction {
  const options = parseRecord(CaliforniaLemonLawOverridesSchema, overrides);
  const settings = Object.freeze({
    noticeRequired: options.noticeRequired ?? true,
    governsFrom: GOVERNS_FROM,
  });
  return Object.freeze({
    id: CALIFORNIA_JURISDICTION_ID,
    version: '1.0.0',
    market: 'US-CA',
    name: Object.freeze({
      en: 'California lemon law (Song-Beverly Consumer Warranty Act, Tanner Act presumption, Civil Code §1793.22)',
      zh: '美国加州柠檬法（《宋-贝弗利消费者保证法》坦纳法案推定，《加州民法典》第1793.22条）',
    }),
    governs: Object.freeze({ from: GOVERNS_FROM }),
    start: 'delivery',
    evaluateRights: (input: VehicleCase, context: RightsContext): RightsDecision =>
      evaluateCaliforniaRights(input, context, settings),
  });
}

/**
 * The California lemon-law jurisdiction with its defaults (direct notice required for paragraphs
 * (1) and (2)); see {@link createCaliforniaLemonLaw}.
 *
 * @example
 * californiaLemonLaw.governs.from; // '2001-01-01'
 */
export const californiaLemonLaw: Jurisdiction = createCaliforniaLemonLaw();
