import { z } from 'zod';
import {
  AftersalesError,
  type AftersalesIssue,
  createIssue,
  type IssuePath,
} from '../errors/AftersalesError';
import { issuesFromZod } from '../errors/fromZod';
import { checkPath } from '../errors/guards';

/**
 * A window of calendar days counted from an anchor date, both ends inclusive: `start` and `end`
 * are day offsets (negative = before the anchor). `{ start: 3, end: 7 }` after a 09-27 delivery is
 * 09-30 … 10-04.
 *
 * @example
 * const firstFollowUp: DayWindow = { start: 3, end: 7 };
 */
export interface DayWindow {
  readonly start: number;
  readonly end: number;
}

/**
 * Every figure of the customer-care schedule. Day offsets are integers within ±3,660 (ten years),
 * months within 1 … 1,200.
 *
 * @example
 * const windows: CareWindows = defaultCareWindows;
 * windows.secondFollowUp; // { start: 7, end: 13 }
 */
export interface CareWindows {
  /** Days after the visit to create the customer record (`care.archive`): 0 … 2. */
  readonly archive: DayWindow;
  /** Days after delivery for the first follow-up (`care.followup.first`): 3 … 7. */
  readonly firstFollowUp: DayWindow;
  /**
   * Days after the first follow-up was made for the second one (`care.followup.second`): 7 … 13,
   * "within the 7 days that start one week after the first".
   */
  readonly secondFollowUp: DayWindow;
  /** Days after an unanswered request to report it to the supervisor (`care.escalate`): 0 … 2. */
  readonly escalate: DayWindow;
  /**
   * The phone notice of an event (`care.event.notice`): due `daysBefore` (14) days before the
   * event, and may be made up to `noticeLeadDays` (0) days earlier still.
   */
  readonly eventNotice: { readonly daysBefore: number; readonly noticeLeadDays: number };
  /** Days after the phone-notice date to send the invitation letter (`care.event.invitation`): 0 … 2. */
  readonly eventInvitation: DayWindow;
  /**
   * First maintenance (`wty.first.maintenance`): due `months` (3) after the sale, reminded in
   * `reminder` days around the due date (−14 … 0).
   */
  readonly firstMaintenance: { readonly months: number; readonly reminder: DayWindow };
  /**
   * Warranty-part inspections (`wty.precheck`): one before each anniversary of the sale, in months
   * (6, 12, 24, 36, 60), in `window` days around it (−30 … −1).
   */
  readonly warrantyPrecheck: { readonly anniversaryMonths: readonly number[]; readonly window: DayWindow };
  /** Days around the insurance expiry to remind the customer (`care.insurance.renewal`): −30 … −1. */
  readonly insuranceRenewal: DayWindow;
  /** Days around the annual-inspection due date to remind the customer (`care.annual.inspection`): −30 … 0. */
  readonly annualInspection: DayWindow;
}

/**
 * Overrides of {@link CareWindows}: any figure may be left out, also one end of a window
 * (`{ firstFollowUp: { end: 10 } }` keeps the start at 3).
 *
 * @example
 * const overrides: CareWindowsInput = { firstMaintenance: { months: 6 }, warrantyPrecheck: { anniversaryMonths: [12, 36] } };
 */
export interface CareWindowsInput {
  readonly archive?: Partial<DayWindow>;
  readonly firstFollowUp?: Partial<DayWindow>;
  readonly secondFollowUp?: Partial<DayWindow>;
  readonly escalate?: Partial<DayWindow>;
  readonly eventNotice?: Partial<CareWindows['eventNotice']>;
  readonly eventInvitation?: Partial<DayWindow>;
  readonly firstMaintenance?: { readonly months?: number; readonly reminder?: Partial<DayWindow> };
  readonly warrantyPrecheck?: {
    readonly anniversaryMonths?: readonly number[];
    readonly window?: Partial<DayWindow>;
  };
  readonly insuranceRenewal?: Partial<DayWindow>;
  readonly annualInspection?: Partial<DayWindow>;
}

const window = (start: number, end: number): DayWindow => Object.freeze({ start, end });

/**
 * The figures of the dealer manuals (SEED-FIGURES, "Customer care" and "Warranty"), frozen.
 *
 * @example
 * defaultCareWindows.firstFollowUp; // { start: 3, end: 7 }: 交车后三天至一周内
 * defaultCareWindows.warrantyPrecheck.anniversaryMonths; // [6, 12, 24, 36, 60]
 */
export const defaultCareWindows: CareWindows = Object.freeze({
  archive: window(0, 2),
  firstFollowUp: window(3, 7),
  secondFollowUp: window(7, 13),
  escalate: window(0, 2),
  eventNotice: Object.freeze({ daysBefore: 14, noticeLeadDays: 0 }),
  eventInvitation: window(0, 2),
  firstMaintenance: Object.freeze({ months: 3, reminder: window(-14, 0) }),
  warrantyPrecheck: Object.freeze({
    anniversaryMonths: Object.freeze([6, 12, 24, 36, 60]),
    window: window(-30, -1),
  }),
  insuranceRenewal: window(-30, -1),
  annualInspection: window(-30, 0),
});

const MAX_OFFSET_DAYS = 3660;
const offset = z.number().int().min(-MAX_OFFSET_DAYS).max(MAX_OFFSET_DAYS);
const lead = z.number().int().min(0).max(MAX_OFFSET_DAYS);
const months = z.number().int().min(1).max(1200);
const dayWindow = z.strictObject({ start: offset.optional(), end: offset.optional() }).optional();

const CareWindowsInputSchema = z.strictObject({
  archive: dayWindow,
  firstFollowUp: dayWindow,
  secondFollowUp: dayWindow,
  escalate: dayWindow,
  eventNotice: z.strictObject({ daysBefore: lead.optional(), noticeLeadDays: lead.optional() }).optional(),
  eventInvitation: dayWindow,
  firstMaintenance: z.strictObject({ months: months.optional(), reminder: dayWindow }).optional(),
  warrantyPrecheck: z
    .strictObject({ anniversaryMonths: z.array(months).max(100).optional(), window: dayWindow })
    .optional(),
  insuranceRenewal: dayWindow,
  annualInspection: dayWindow,
});

type WindowPaths = readonly (readonly [key: keyof CareWindows, inner?: string])[];
const WINDOW_PATHS: WindowPaths = [
  ['archive'],
  ['firstFollowUp'],
  ['secondFollowUp'],
  ['escalate'],
  ['eventInvitation'],
  ['firstMaintenance', 'reminder'],
  ['warrantyPrecheck', 'window'],
  ['insuranceRenewal'],
  ['annualInspection'],
];

function merge(
  base: DayWindow,
  override: { readonly start?: number | undefined; readonly end?: number | undefined } | undefined,
): DayWindow {
  return window(override?.start ?? base.start, override?.end ?? base.end);
}

function windowAt(windows: CareWindows, key: keyof CareWindows, inner: string | undefined): DayWindow {
  const value = windows[key] as unknown as Readonly<Record<string, DayWindow>>;
  return (inner === undefined ? value : value[inner]) as DayWindow;
}

/**
 * Checks overrides of the care figures and returns the complete, frozen set: the manual's
 * {@link defaultCareWindows} with the overrides applied. Every malformed figure is reported at
 * once; once all are well-formed, every window that ends before it starts is.
 *
 * @param overrides - the figures a dealer, brand or OEM sets differently (default none)
 * @param path - where the overrides sit, for the errors (default `['windows']`)
 * @returns every figure, see {@link CareWindows}
 * @throws AftersalesError `input.invalid_type` for a figure that is not an integer,
 *   `input.too_small` / `input.too_big` out of range, `input.unrecognized_keys` for an unknown
 *   field, `time.invalid_range` (at `…, 'end'`) when a window ends before it starts,
 *   `input.inconsistent` for an anniversary listed twice
 *
 * @example
 * resolveCareWindows({ firstFollowUp: { end: 10 } }).firstFollowUp; // { start: 3, end: 10 }
 * resolveCareWindows({ escalate: { start: 3, end: 1 } }); // throws time.invalid_range at windows.escalate.end
 */
export function resolveCareWindows(
  overrides: CareWindowsInput = {},
  path: IssuePath = ['windows'],
): CareWindows {
  const where = checkPath(path, ['windows']);
  const parsed = CareWindowsInputSchema.safeParse(overrides);
  if (!parsed.success) throw new AftersalesError(issuesFromZod(parsed.error, overrides, where));
  const input = parsed.data;
  const d = defaultCareWindows;
  const resolved: CareWindows = Object.freeze({
    archive: merge(d.archive, input.archive),
    firstFollowUp: merge(d.firstFollowUp, input.firstFollowUp),
    secondFollowUp: merge(d.secondFollowUp, input.secondFollowUp),
    escalate: merge(d.escalate, input.escalate),
    eventNotice: Object.freeze({
      daysBefore: input.eventNotice?.daysBefore ?? d.eventNotice.daysBefore,
      noticeLeadDays: input.eventNotice?.noticeLeadDays ?? d.eventNotice.noticeLeadDays,
    }),
    eventInvitation: merge(d.eventInvitation, input.eventInvitation),
    firstMaintenance: Object.freeze({
      months: input.firstMaintenance?.months ?? d.firstMaintenance.months,
      reminder: merge(d.firstMaintenance.reminder, input.firstMaintenance?.reminder),
    }),
    warrantyPrecheck: Object.freeze({
      anniversaryMonths: Object.freeze([
        ...(input.warrantyPrecheck?.anniversaryMonths ?? d.warrantyPrecheck.anniversaryMonths),
      ]),
      window: merge(d.warrantyPrecheck.window, input.warrantyPrecheck?.window),
    }),
    insuranceRenewal: merge(d.insuranceRenewal, input.insuranceRenewal),
    annualInspection: merge(d.annualInspection, input.annualInspection),
  });

  const issues: AftersalesIssue[] = [];
  for (const [key, inner] of WINDOW_PATHS) {
    const { start, end } = windowAt(resolved, key, inner);
    if (end < start) {
      const name = inner === undefined ? key : `${key}.${inner}`;
      issues.push(
        createIssue('time.invalid_range', [...where, key, ...(inner === undefined ? [] : [inner]), 'end'], {
          start,
          end,
          reason: `the ${name} window must not end before it starts (day offsets)`,
          reasonZh: `${name} 窗口的结束日不能早于开始日（按天偏移）`,
        }),
      );
    }
  }
  const seen = new Set<number>();
  resolved.warrantyPrecheck.anniversaryMonths.forEach((month, index) => {
    if (seen.has(month)) {
      issues.push(
        createIssue('input.inconsistent', [...where, 'warrantyPrecheck', 'anniversaryMonths', index], {
          reason: `the anniversary of ${month} months is listed twice`,
          reasonZh: `${month} 个月的周年日重复出现`,
        }),
      );
    }
    seen.add(month);
  });
  if (issues.length > 0) throw new AftersalesError(issues);
  return resolved;
}
