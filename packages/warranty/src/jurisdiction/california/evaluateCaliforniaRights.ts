import {
  AftersalesError,
  type CalendarDate,
  createDecision,
  epochMsOfInstant,
  formatExact,
  type JsonObject,
  parseRecord,
  parseTimeZone,
  type TraceStep,
} from '@aftersales/core';
import { type VehicleCase, VehicleCaseSchema } from '../../rights/vehicleCase';
import type { RightsContext, RightsDecision } from '../jurisdiction';
import { beyondCalendar, beyondCalendarDecision } from './beyondCalendar';
import { californiaFigures, californiaRules, ODOMETER_LIMIT_KM } from './californiaRules';
import { countDaysOutOfService } from './daysOutOfService';
import { countNonconformities } from './nonconformities';
import { concludePresumption } from './presumptionConclusion';
import { latestOdometer, sortRepairsIntoWindow } from './presumptionWindow';
import { evaluateRepairGround } from './repairGrounds';

/** The settings a California pack is built with (see `createCaliforniaLemonLaw`). */
export interface CaliforniaSettings {
  readonly noticeRequired: boolean;
  readonly governsFrom: CalendarDate;
}

/**
 * The instant of the evaluation: the case's `asOf`, else the latest time in its history. Of two
 * spellings of the latest instant, the first met: each repair's agreement and finish in the order
 * given, then the request.
 */
function evaluationMoment(input: VehicleCase): { instant: string | null; ms: number | undefined } {
  if (input.asOf !== undefined) return { instant: input.asOf, ms: epochMsOfInstant(input.asOf) };
  let instant: string | null = null;
  let ms: number | undefined;
  const times = input.repairs.flatMap((repair) => [repair.agreedAt, repair.finishedAt]);
  for (const time of [...times, input.requestedAt]) {
    const at = time === undefined ? undefined : epochMsOfInstant(time);
    if (time !== undefined && at !== undefined && (ms === undefined || at > ms)) [instant, ms] = [time, at];
  }
  return { instant, ms };
}

function checkContext(context: RightsContext): string {
  if (context === null || typeof context !== 'object') {
    throw AftersalesError.of('input.invalid_type', ['context'], {
      expected: '{ timeZone }',
      received: context === null ? 'null' : typeof context,
    });
  }
  return parseTimeZone(context.timeZone, ['timeZone']);
}

const notEvaluated = (why: { en: string; zh: string }): TraceStep[] =>
  [californiaRules.safetyRepairs, californiaRules.repeatedRepairs, californiaRules.daysOutOfService].map(
    (rule) => rule.notApplicable({}, why),
  );

/**
 * The California lemon-law presumption (Civil Code §1793.22(b), Tanner Act) on a vehicle's
 * repair history; the `evaluateRights` of the pack made by `createCaliforniaLemonLaw`.
 *
 * Outcomes: `presumed_nonconforming` (one or more of paragraphs (1)–(3) is met: a rebuttable
 * presumption that a reasonable number of repair attempts was made) · `none` · `undetermined` (no
 * delivery date, or a count is reached but the buyer's notice to the maker is not recorded) ·
 * `out_of_scope` (delivered before the text encoded here was in force).
 *
 * @param input - the vehicle and its repairs (validated again here)
 * @param context - `timeZone`: the dealer's IANA zone, in which calendar days are counted
 * @param settings - see {@link CaliforniaSettings}
 * @returns the decision with the trace of every rule and the details
 * @throws AftersalesError `time.invalid_zone` (path `['timeZone']`), `input.*` for a malformed case
 * @example
 * const decision = evaluateCaliforniaRights(vehicleCase, { timeZone: 'America/Los_Angeles' }, {
 *   noticeRequired: true, governsFrom: '2001-01-01',
 * });
 * decision.outcome; // 'presumed_nonconforming'
 */
export function evaluateCaliforniaRights(
  input: VehicleCase,
  context: RightsContext,
  settings: CaliforniaSettings,
): RightsDecision {
  const timeZone = checkContext(context);
  const value = parseRecord(VehicleCaseSchema, input);
  const { vehicle } = value;
  const asOf = evaluationMoment(value);
  const base = {
    deliveryDate: vehicle.deliveryDate ?? null,
    timeZone,
    asOf: asOf.instant,
    noticeRequired: settings.noticeRequired,
  };
  const deliveryDate = vehicle.deliveryDate;
  if (deliveryDate === undefined) {
    const trace = [
      californiaRules.window.failed(
        { ...base, missing: ['vehicle.deliveryDate'] },
        {
          en: 'The delivery date is not recorded: the 18-month window, which runs from delivery to the buyer, cannot be set',
          zh: '未记录交付日期：自交付买方之日起算的18个月期限无法确定',
        },
      ),
      ...notEvaluated({ en: 'Not evaluated: no delivery date', zh: '未评估：无交付日期' }),
    ];
    return concludePresumption(trace, [], true, { ...base, missing: ['vehicle.deliveryDate'] });
  }
  if (deliveryDate < settings.governsFrom) {
    const why = {
      en: `Delivered on ${deliveryDate}, before ${settings.governsFrom}: the text of §1793.22(b) encoded here was not yet in force`,
      zh: `交付日期 ${deliveryDate} 早于 ${settings.governsFrom}：此处实现的第1793.22(b)条文本尚未生效`,
    };
    const trace = [
      californiaRules.window.notApplicable({ ...base, governsFrom: settings.governsFrom }, why),
      ...notEvaluated(why),
      californiaRules.presumption.notApplicable({ grounds: [] }, why),
    ];
    return createDecision('out_of_scope', trace, { ...base, governsFrom: settings.governsFrom });
  }

  // A day the window counts to that no calendar date names: not evaluated, rather than an error
  // from inside the window arithmetic.
  const beyond = beyondCalendar(deliveryDate, value, timeZone);
  if (beyond !== undefined) return beyondCalendarDecision(beyond, base);

  const window = sortRepairsIntoWindow(value.repairs, {
    vin: vehicle.vin,
    deliveryDate,
    timeZone,
    asOfMs: asOf.ms,
  });
  const limits = {
    months: californiaFigures.months,
    odometerLimitMiles: californiaFigures.miles,
    odometerLimitKm: formatExact(ODOMETER_LIMIT_KM),
  };
  const windowFacts = {
    ...base,
    ...limits,
    windowEndDate: window.endDate,
    counted: window.counted.map(({ repair }) => repair.roId),
    excluded: window.excluded.map((entry) => ({ roId: entry.roId, reason: entry.reason })),
  };
  const inWindow = window.counted.length;
  const windowStep =
    inWindow > 0
      ? californiaRules.window.passed(windowFacts, {
          en: `${inWindow} repair(s) of nonconformities fall within the window: from delivery on ${deliveryDate} to ${window.endDate} and up to 18,000 miles (28,968.192 km) on the odometer`,
          zh: `${inWindow}次不符合项维修在期限内：自 ${deliveryDate} 交付至 ${window.endDate}，且里程表不超过18,000英里（28,968.192公里）`,
        })
      : californiaRules.window.failed(windowFacts, {
          en: `No repair of a nonconformity falls within the window (delivery on ${deliveryDate} to ${window.endDate}, up to 18,000 miles on the odometer)`,
          zh: `期限内（${deliveryDate} 交付至 ${window.endDate}，里程表不超过18,000英里）没有不符合项维修`,
        });

  const nonconformities = countNonconformities(window.counted);
  const safety = evaluateRepairGround('safety', nonconformities, settings.noticeRequired);
  const repeated = evaluateRepairGround('repeated', nonconformities, settings.noticeRequired);
  const out = countDaysOutOfService(window.counted);
  const limit = californiaFigures.daysOutOfService;
  const daysFacts = {
    days: out.days,
    moreThan: limit,
    counting:
      'each dealer-local calendar day at the shop, in and out days included, overlapping repairs once',
    // The text extends the 30 days "only if repairs cannot be performed due to conditions beyond the
    // control of the manufacturer or its agents": no repair record carries that, so it is not applied.
    extension: 'not assessed',
    stays: out.stays.map((stay) => ({ ...stay })),
  };
  const daysStep =
    out.days > limit
      ? californiaRules.daysOutOfService.passed(daysFacts, {
          en: `Paragraph (3) is met: out of service for repairs ${out.days} calendar days in total since delivery, more than ${limit}`,
          zh: `满足第(3)项：自交付起因维修累计停驶${out.days}个日历日，超过${limit}日`,
        })
      : californiaRules.daysOutOfService.failed(daysFacts, {
          en: `Paragraph (3) is not met: out of service for repairs ${out.days} calendar days in total, not more than ${limit}`,
          zh: `不满足第(3)项：因维修累计停驶${out.days}个日历日，未超过${limit}日`,
        });

  const details: JsonObject = {
    ...base,
    ...limits,
    windowEndDate: window.endDate,
    latestRepair: latestOdometer(value.repairs, vehicle.vin, asOf.ms),
    nonconformities: nonconformities.map((item) => ({ ...item, roIds: [...item.roIds] })),
    daysOutOfService: out.days,
  };
  const grounds = [
    ...(safety.met ? ['b1'] : []),
    ...(repeated.met ? ['b2'] : []),
    ...(out.days > limit ? ['b3'] : []),
  ];
  return concludePresumption(
    [windowStep, safety.step, repeated.step, daysStep],
    grounds,
    safety.undecided || repeated.undecided,
    details,
  );
}
