import { type Citation, defineRule, type ExactDecimal, multiplyExact, parseExact } from '@aftersales/core';

/** The jurisdiction id: also the rule-id prefix (`us-ca-lemon-law.<name>`). */
export const CALIFORNIA_JURISDICTION_ID = 'us-ca-lemon-law';

/**
 * The figures of Civil Code §1793.22(b) (Tanner Consumer Protection Act), as the text states them:
 * "within 18 months from delivery to the buyer or 18,000 miles on the odometer of the vehicle,
 * whichever occurs first"; (1) a nonconformity likely to cause death or serious bodily injury
 * "subject to repair two or more times"; (2) the same nonconformity "four or more times"; (3) out
 * of service "for a cumulative total of more than 30 calendar days since delivery".
 *
 * @example
 * californiaFigures.months; // 18
 */
export const californiaFigures = Object.freeze({
  months: 18,
  miles: 18_000,
  /** The international mile (1959): exactly 1.609344 km. */
  kmPerMile: '1.609344',
  safetyRepairs: 2,
  repairs: 4,
  /** "More than 30": 30 days are not enough, 31 are. */
  daysOutOfService: 30,
});

const exact = (text: string): ExactDecimal => parseExact(text) as ExactDecimal;

/**
 * 18,000 miles in km, exactly: 18,000 × 1.609344 = 28,968.192. Kept as an exact decimal because
 * the float product is 28,968.192000000003; an odometer (integer km) is compared with it exactly.
 */
export const ODOMETER_LIMIT_KM: ExactDecimal = multiplyExact(
  exact(String(californiaFigures.miles)),
  exact(californiaFigures.kmPerMile),
);

const source = 'us-ca-civ-1793.22';
const cite = (article: string): Citation => `regulation:${source}#${article}`;

/**
 * The rules of the California pack, each with its paragraph of §1793.22.
 *
 * - `window` (#b): which repairs fall within 18 months of delivery and 18,000 miles;
 * - `safety-repairs` (#b1): a nonconformity likely to cause death or serious bodily injury repaired
 *   2 or more times, with direct notice to the manufacturer;
 * - `repeated-repairs` (#b2): the same nonconformity repaired 4 or more times, with notice;
 * - `days-out-of-service` (#b3): more than 30 calendar days out of service for repairs;
 * - `presumption` (#b): the rebuttable presumption that a reasonable number of attempts was made.
 *
 * @example
 * californiaRules.window.cite; // 'regulation:us-ca-civ-1793.22#b'
 */
export const californiaRules = Object.freeze({
  window: defineRule({
    id: `${CALIFORNIA_JURISDICTION_ID}.window`,
    cite: cite('b'),
    title: {
      en: 'Within 18 months from delivery or 18,000 miles, whichever occurs first',
      zh: '自交付之日起18个月或里程表18,000英里内（以先到者为准）',
    },
  }),
  safetyRepairs: defineRule({
    id: `${CALIFORNIA_JURISDICTION_ID}.safety-repairs`,
    cite: cite('b1'),
    title: {
      en: 'A nonconformity likely to cause death or serious bodily injury repaired 2 or more times',
      zh: '可能导致死亡或严重人身伤害的同一不符合项维修2次及以上',
    },
  }),
  repeatedRepairs: defineRule({
    id: `${CALIFORNIA_JURISDICTION_ID}.repeated-repairs`,
    cite: cite('b2'),
    title: {
      en: 'The same nonconformity repaired 4 or more times',
      zh: '同一不符合项维修4次及以上',
    },
  }),
  daysOutOfService: defineRule({
    id: `${CALIFORNIA_JURISDICTION_ID}.days-out-of-service`,
    cite: cite('b3'),
    title: {
      en: 'Out of service for repairs more than 30 calendar days in total',
      zh: '因维修停驶累计超过30个日历日',
    },
  }),
  presumption: defineRule({
    id: `${CALIFORNIA_JURISDICTION_ID}.presumption`,
    cite: cite('b'),
    title: {
      en: 'Presumption of a reasonable number of repair attempts',
      zh: '推定已进行合理次数的维修',
    },
  }),
});
