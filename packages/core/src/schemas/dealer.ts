import { z } from 'zod';
import { addInconsistency, onlyWhenValid } from './checks';
import {
  currencyCodeSchema,
  extensionsSchema,
  idSchema,
  nonNegativeDecimalSchema,
  shortTextSchema,
  timeZoneSchema,
} from './primitives';

/**
 * A time of day `HH:MM` (24-hour clock, `24:00` allowed as a closing time).
 *
 * @example
 * clockTimeSchema.parse('08:30');
 */
export const clockTimeSchema = z
  .string()
  .refine((value) => /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/.test(value), {
    params: { code: 'input.invalid_format', format: 'time of day (HH:MM)' },
  });

/**
 * One opening interval of the dealer (营业时间): `weekday` (ISO: 1 = Monday … 7 = Sunday), `open`
 * and `close` (`HH:MM`, in the dealer's time zone). A day with a lunch break (午休) is two entries.
 * The same names as the business calendar's opening hours, so a dealer record becomes a calendar
 * with {@link createDealerCalendar}.
 *
 * @example
 * OpeningHoursSchema.parse({ weekday: 1, open: '08:30', close: '18:00' });
 */
export const OpeningHoursSchema = z
  .strictObject({
    weekday: z.number().int().min(1).max(7),
    open: clockTimeSchema,
    close: clockTimeSchema,
  })
  .superRefine((hours, ctx) => {
    if (typeof hours.open === 'string' && typeof hours.close === 'string' && hours.close <= hours.open) {
      addInconsistency(
        ctx,
        ['close'],
        `close (${hours.close}) is not after open (${hours.open})`,
        `结束营业时间（${hours.close}）不晚于开始营业时间（${hours.open}）`,
      );
    }
  }, onlyWhenValid);

/** Opening hours of one day; see {@link OpeningHoursSchema}. */
export type OpeningHours = z.output<typeof OpeningHoursSchema>;

/**
 * The dealer's posted labor rate (工时单价) per pay type, as decimal strings per hour. The
 * effective labor rate KPI compares against these.
 *
 * @example
 * LaborRatesSchema.parse({ CP: '180.00', W: '120.00' });
 */
export const LaborRatesSchema = z.strictObject({
  CP: nonNegativeDecimalSchema.optional(),
  W: nonNegativeDecimalSchema.optional(),
  I: nonNegativeDecimalSchema.optional(),
  INS: nonNegativeDecimalSchema.optional(),
});

/** Posted labor rates per pay type; see {@link LaborRatesSchema}. */
export type LaborRates = z.output<typeof LaborRatesSchema>;

/**
 * A franchised dealer (4S店 / 特约店).
 *
 * Fields: `id` · `code` 经销商代码 (assigned by the carmaker; STAR `dealer_bac`) · `name` 名称 ·
 * `brands` 授权品牌 (at least one) · `timeZone` 时区 (IANA, e.g. `Asia/Shanghai`: the dealer's
 * calendar days and SLAs are counted in it) · `currency` 币种 (default CNY) · `laborRates` 工时单价 per
 * pay type (default none) · `bays` 工位数 · `openingHours` 营业时间 · `extensions`.
 *
 * @example
 * const dealer = parseRecord(DealerSchema, {
 *   id: 'DLR-SH-001', name: '上海浦江汽车销售服务有限公司', brands: ['SAIC Volkswagen'],
 *   timeZone: 'Asia/Shanghai', laborRates: { CP: '180.00' }, bays: 12,
 * });
 */
export const DealerSchema = z.strictObject({
  id: idSchema,
  code: idSchema.optional(),
  name: shortTextSchema,
  brands: z.array(shortTextSchema).min(1),
  timeZone: timeZoneSchema,
  currency: currencyCodeSchema,
  laborRates: LaborRatesSchema.default({}),
  bays: z.number().int().min(0).max(10_000),
  openingHours: z.array(OpeningHoursSchema).optional(),
  extensions: extensionsSchema.optional(),
});

/** A dealer as validated; see {@link DealerSchema}. */
export type Dealer = z.output<typeof DealerSchema>;
/** A dealer as accepted (rates may be numbers; defaulted fields may be absent). */
export type DealerInput = z.input<typeof DealerSchema>;
