import {
  AftersalesError,
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  isCalendarDate,
  typeName,
} from '@aftersales/core';
import type { DealerDataset, DealerProfile } from '../audit/auditTypes';
import { demoAppointments } from './demoAppointments';
import { startOfDayMs } from './demoClock';
import { demoComplaints } from './demoComplaints';
import { createPartPicker } from './demoJobs';
import { demoPartsData } from './demoParts';
import { demoRepairOrders } from './demoRepairOrders';
import { demoSanbaoCases } from './demoSanbaoCases';
import { demoSurveys } from './demoSurveys';
import { demoWarrantyData } from './demoWarranty';

/** Options of {@link generateDemoDealer}. */
export interface DemoDealerOptions {
  /** The seed of every generator, a whole number 0 … 4,294,967,295 (default 8: issue #8). */
  readonly seed?: number;
  /**
   * The audit's "today" on the dealer's clock, `YYYY-MM-DD` (default `2025-01-01`). The audited
   * period is the 12 months before it; stock movements cover the 24 whole months before its month.
   */
  readonly asOf?: string;
}

const DEFAULT_SEED = 8;
const DEFAULT_AS_OF = '2025-01-01';
/** ROs are generated from four weeks before the period, so its first days see earlier visits close. */
const LEAD_IN_DAYS = 28;

/** The demo dealer: a Huaxia 4S dealer in Shanghai. The testkit's RO generator names its first dealer DLR-001. */
const DEALER: DealerProfile = {
  id: 'DLR-001',
  name: '华夏汽车上海浦东 4S 店（演示）',
  brand: 'Huaxia',
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
};

function readOptions(options: unknown): { seed: number; asOf: string } {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: options === null ? 'null' : Array.isArray(options) ? 'array' : typeof options,
    });
  }
  const { seed = DEFAULT_SEED, asOf = DEFAULT_AS_OF } = options as { seed?: unknown; asOf?: unknown };
  if (typeof seed !== 'number' || !Number.isInteger(seed)) {
    throw AftersalesError.of('input.invalid_type', ['seed'], {
      expected: 'whole number',
      received: typeof seed === 'number' ? String(seed) : typeof seed,
    });
  }
  if (seed < 0) throw AftersalesError.of('input.too_small', ['seed'], { minimum: 0, inclusive: true });
  if (seed > 0xffff_ffff) {
    throw AftersalesError.of('input.too_big', ['seed'], { maximum: 0xffff_ffff, inclusive: true });
  }
  if (!isCalendarDate(asOf)) {
    // An object is named by its type: String() of one without a working toString throws.
    const value = (typeof asOf === 'object' && asOf !== null) || typeof asOf === 'function';
    throw AftersalesError.of('time.invalid_date', ['asOf'], { value: value ? typeName(asOf) : String(asOf) });
  }
  // The VINs' model-year codes and the example carmaker's policies are of this century.
  if (asOf < '2001-01-01') throw AftersalesError.of('input.too_small', ['asOf'], { minimum: '2001-01-01' });
  if (asOf > '2099-12-31') throw AftersalesError.of('input.too_big', ['asOf'], { maximum: '2099-12-31' });
  return { seed, asOf };
}

/**
 * A realistic, deterministic dealer for `aftersales demo`: a Huaxia 4S dealer in Asia/Shanghai
 * keeping CNY, with everything the demo audit reads for the 12 months before `asOf`:
 *
 * - about 20 repair orders a day (manual: ro.daily.intake) in the manuals' revenue mix (about
 *   ¥800 per repair or maintenance RO, about ¥1,800 per insurance RO, body & paint over 30 % of
 *   revenue), comebacks, follow-up calls, appointments, complaints and CSI / mystery-shopper
 *   surveys;
 * - the carmaker's claim audit inputs: vehicles, RO headers, standard labor times, part groups
 *   and prices, and about 600 claims, some of them faulty (late, hours above standard, rolled-back
 *   odometer, rate or price above the agreed one, old part not returned, no pre-authorization,
 *   sent twice);
 * - a parts master of 3,000 parts with 24 months of stock movements and stock positions (parts
 *   that stopped selling keep their stock: slow and obsolete stock);
 * - five 三包 cases of household cars with long repair histories: three that give a replacement or
 *   return under the 2021 rules, one that comes close and one that gives none.
 *
 * The same seed and as-of date always give the same dataset; nothing reads the clock. Records are
 * plain JSON in the input shapes of core, parts and warranty.
 *
 * @param options - {@link DemoDealerOptions}; both fields optional
 * @returns the {@link DealerDataset}
 * @throws AftersalesError `input.invalid_type` (path `['options']` or `['seed']`),
 *   `input.too_small` / `input.too_big` (`['seed']`, `['asOf']`), `time.invalid_date` (`['asOf']`)
 * @example
 * const dataset = generateDemoDealer({ seed: 8, asOf: '2025-01-01' });
 * dataset.period; // { from: '2024-01-01', to: '2024-12-31' }
 */
export function generateDemoDealer(options: DemoDealerOptions = {}): DealerDataset {
  const { seed, asOf } = readOptions(options);
  const period = { from: addCalendarMonths(asOf, -12), to: addCalendarDays(asOf, -1) };
  const asOfMs = startOfDayMs(asOf);
  const parts = demoPartsData(seed, asOf);
  const roFrom = addCalendarDays(period.from, -LEAD_IN_DAYS);
  const opened = demoRepairOrders({
    seed,
    from: roFrom,
    days: calendarDaysBetween(roFrom, asOf),
    asOfMs,
    parts: createPartPicker(parts.parts),
  });
  const { complaints, repairOrders } = demoComplaints(seed, opened, asOfMs);
  return {
    dealer: { ...DEALER },
    period,
    asOf,
    repairOrders,
    complaints,
    appointments: demoAppointments(seed, repairOrders, asOfMs),
    surveys: demoSurveys(seed, repairOrders, period.from, asOfMs),
    warranty: demoWarrantyData({ seed, dealerId: DEALER.id, asOf, asOfMs, period }),
    parts,
    vehicleCases: demoSanbaoCases(seed, asOf, DEALER.id),
  };
}
