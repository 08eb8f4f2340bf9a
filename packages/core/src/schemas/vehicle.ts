import { z } from 'zod';
import { addInconsistency, onlyWhenValid } from './checks';
import {
  calendarDateSchema,
  currencyCodeSchema,
  extensionsSchema,
  idSchema,
  nonNegativeDecimalSchema,
  shortTextSchema,
} from './primitives';
import { vinSchema } from './vin';

/**
 * The kind of a new-energy vehicle (新能源汽车): `BEV` 纯电动 · `PHEV` 插电式混合动力 (range-extended
 * EREV 增程式 counts here, as in Chinese NEV statistics) · `FCEV` 燃料电池. A hybrid that cannot be
 * plugged in (HEV) is not an NEV.
 *
 * @example
 * nevKindSchema.parse('BEV');
 */
export const nevKindSchema = z.enum(['BEV', 'PHEV', 'FCEV']);

/** The kind of a new-energy vehicle; see {@link nevKindSchema}. */
export type NevKind = z.output<typeof nevKindSchema>;

/**
 * How a vehicle is used: `private` 非营运 (personal or household) or `commercial` 营运 (hire,
 * ride-hailing, logistics). 三包 covers household use only.
 *
 * @example
 * vehicleUseSchema.parse('commercial');
 */
export const vehicleUseSchema = z.enum(['private', 'commercial']);

/** How a vehicle is used; see {@link vehicleUseSchema}. */
export type VehicleUse = z.output<typeof vehicleUseSchema>;

/**
 * An earlier owner of a vehicle (前车主): the customer and the calendar dates of ownership.
 *
 * @example
 * PreviousOwnerSchema.parse({ customerId: 'CUS-000077', from: '2019-05-02', until: '2022-06-10' });
 */
export const PreviousOwnerSchema = z
  .strictObject({
    customerId: idSchema,
    from: calendarDateSchema.optional(),
    until: calendarDateSchema.optional(),
  })
  .superRefine((owner, ctx) => {
    if (typeof owner.from === 'string' && typeof owner.until === 'string' && owner.until < owner.from) {
      addInconsistency(ctx, ['until'], 'ownership ends before it starts', '持有结束日期早于开始日期');
    }
  }, onlyWhenValid);

/** An earlier owner of a vehicle; see {@link PreviousOwnerSchema}. */
export type PreviousOwner = z.output<typeof PreviousOwnerSchema>;

/**
 * A vehicle (车辆), identified by its VIN.
 *
 * Fields: `vin` 车辆识别代号 · `brand` 品牌 · `model` 车型 · `modelYear` 年款 · `licensePlate` 车牌号 ·
 * `isNev` 新能源 (default false) · `nevKind` 新能源类型 · `use` 使用性质 (营运 or not; absent: unknown) ·
 * `saleDate` 销售日期 · `invoiceDate` 购车发票日期 · `deliveryDate` 交车日期 (三包 periods start from the
 * invoice date, or the delivery date where it differs) · `sellingDealerId` 销售经销商 ·
 * `purchasePrice` 购车价款 (for the 三包 reasonable-use compensation) · `currency` (default CNY) ·
 * `ownerCustomerId` 当前车主 · `previousOwners` 前车主 (default none) · `extensions`.
 *
 * Checks: an `nevKind` only on an NEV; an earlier ownership does not end before it starts.
 *
 * @example
 * const vehicle = parseRecord(VehicleSchema, {
 *   vin: 'LSVAU2187N2123456', brand: 'SAIC Volkswagen', model: 'Lavida', modelYear: 2022,
 *   use: 'private', invoiceDate: '2022-06-12', deliveryDate: '2022-06-18', purchasePrice: '129800.00',
 * });
 */
export const VehicleSchema = z
  .strictObject({
    vin: vinSchema,
    brand: shortTextSchema,
    model: shortTextSchema,
    modelYear: z.number().int().min(1900).max(2100),
    licensePlate: shortTextSchema.optional(),
    isNev: z.boolean().default(false),
    nevKind: nevKindSchema.optional(),
    use: vehicleUseSchema.optional(),
    saleDate: calendarDateSchema.optional(),
    invoiceDate: calendarDateSchema.optional(),
    deliveryDate: calendarDateSchema.optional(),
    sellingDealerId: idSchema.optional(),
    purchasePrice: nonNegativeDecimalSchema.optional(),
    currency: currencyCodeSchema,
    ownerCustomerId: idSchema.optional(),
    previousOwners: z.array(PreviousOwnerSchema).default([]),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((vehicle, ctx) => {
    if (vehicle.nevKind !== undefined && vehicle.isNev !== true) {
      addInconsistency(
        ctx,
        ['nevKind'],
        `nevKind is ${vehicle.nevKind} but isNev is false`,
        `新能源类型为 ${vehicle.nevKind}，但未标记为新能源汽车`,
      );
    }
  }, onlyWhenValid);

/** A vehicle as validated; see {@link VehicleSchema}. */
export type Vehicle = z.output<typeof VehicleSchema>;
/** A vehicle as accepted (`isNev`, `currency` and `previousOwners` may be absent). */
export type VehicleInput = z.input<typeof VehicleSchema>;
