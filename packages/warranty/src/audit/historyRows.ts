import {
  idSchema,
  instantSchema,
  kilometresSchema,
  type OdometerReading,
  odometerSourceSchema,
  repairOrderKindSchema,
  repairOrderStatusSchema,
  vinSchema,
} from '@aftersales/core';
import { z } from 'zod';
import { isId, isKm, optional } from '../fastChecks';
import { fastInstantMs, isFastInstant, isPlainObject, keyCount, present } from './fastFields';

/**
 * The header fields of a repair order that the claim audit reads: `id` · `vin` · `status`
 * (`voided` and `cancelled` ROs are ignored) · `kind` (`first_maintenance` dates the first
 * maintenance) · `openedAt` (the odometer-in reading's time) · `deliveredAt` / `closedAt` (the
 * odometer-out reading's time; else `openedAt`) · `odometerInKm` · `odometerOutKm`.
 *
 * Not strict: a full core `RepairOrder` passes, its other fields neither read nor checked (its
 * jobs, charges and flow instants are the RO's own business, not the claim audit's).
 *
 * @example
 * RepairOrderHeaderSchema.parse({ id: 'RO-1', vin: 'LHXAB2C38R0000012', status: 'closed', openedAt: '2024-03-01T09:00:00+08:00', odometerInKm: 12_000 });
 */
export const RepairOrderHeaderSchema = z
  .object({
    id: idSchema,
    vin: vinSchema,
    status: repairOrderStatusSchema,
    kind: repairOrderKindSchema.optional(),
    openedAt: instantSchema,
    deliveredAt: instantSchema.optional(),
    closedAt: instantSchema.optional(),
    odometerInKm: kilometresSchema.optional(),
    odometerOutKm: kilometresSchema.optional(),
  })
  .superRefine((ro, ctx) => {
    if (
      ro.odometerInKm !== undefined &&
      ro.odometerOutKm !== undefined &&
      ro.odometerOutKm < ro.odometerInKm
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['odometerOutKm'],
        params: {
          code: 'input.inconsistent',
          reason: `odometerOutKm (${ro.odometerOutKm}) is below odometerInKm (${ro.odometerInKm})`,
          reasonZh: `出厂里程（${ro.odometerOutKm}）小于进厂里程（${ro.odometerInKm}）`,
        },
      });
    }
  });

/** The RO header fields the audit reads; see {@link RepairOrderHeaderSchema}. */
export type RepairOrderHeader = z.output<typeof RepairOrderHeaderSchema>;

const STATUSES = new Set<string>(repairOrderStatusSchema.options);
const KINDS = new Set<string>(repairOrderKindSchema.options);

/** Where {@link fastRepairOrderHeader} leaves the times it read (one object for a whole history). */
export interface RepairOrderTimes {
  openedMs: number;
  /** `deliveredAt`, else `closedAt`, else `openedAt`: when the odometer-out reading was taken. */
  outMs: number;
}

/**
 * The row itself when the fields the audit reads are in the schema's output form, its times left
 * in `times` (each instant is read once); else `undefined`, and the schema decides.
 */
export function fastRepairOrderHeader(
  value: unknown,
  isVin: (vin: unknown) => boolean,
  times: RepairOrderTimes,
): RepairOrderHeader | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const row = value as Record<string, unknown>;
  const km = row.odometerInKm;
  const outKm = row.odometerOutKm;
  const ok =
    isId(row.id) &&
    isVin(row.vin) &&
    typeof row.status === 'string' &&
    STATUSES.has(row.status) &&
    (row.kind === undefined || (typeof row.kind === 'string' && KINDS.has(row.kind))) &&
    optional(km, isKm) &&
    optional(outKm, isKm) &&
    !(km !== undefined && outKm !== undefined && (outKm as number) < (km as number));
  if (!ok) return undefined;
  const opened = fastInstantMs(row.openedAt);
  const delivered = row.deliveredAt === undefined ? undefined : fastInstantMs(row.deliveredAt);
  const closed = row.closedAt === undefined ? undefined : fastInstantMs(row.closedAt);
  if (Number.isNaN(opened) || Number.isNaN(delivered) || Number.isNaN(closed)) return undefined;
  times.openedMs = opened;
  times.outMs = delivered ?? closed ?? opened;
  return row as RepairOrderHeader;
}

const SOURCES = new Set<string>(odometerSourceSchema.options);

/** The reading itself when it is in `OdometerReadingSchema`'s output form (no `extensions`); else `undefined`. */
export function fastOdometerReading(
  value: unknown,
  isVin: (vin: unknown) => boolean,
): OdometerReading | undefined {
  if (!isPlainObject(value)) return undefined;
  const required =
    isVin(value.vin) &&
    isKm(value.km) &&
    isFastInstant(value.readAt) &&
    typeof value.source === 'string' &&
    SOURCES.has(value.source);
  if (!required) return undefined;
  const optional = present(value.id, isId) + present(value.roId, isId);
  return optional >= 0 && 4 + optional === keyCount(value)
    ? (value as unknown as OdometerReading)
    : undefined;
}
