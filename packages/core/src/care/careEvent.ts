import { z } from 'zod';
import { calendarDateSchema, extensionsSchema, idSchema, instantSchema } from '../schemas/primitives';
import { vinSchema } from '../schemas/vin';

/**
 * The fields every care event may carry to say whom it concerns: `id` (the event's own id in the
 * DMS) · `customerId` · `vin` 车辆识别代号 · `roId` 工单号 · `extensions` (DMS data the schedule
 * never reads). All optional; tasks of an event that names nobody are keyed by its `id` or index.
 */
const subjectFields = {
  id: idSchema.optional(),
  customerId: idSchema.optional(),
  vin: vinSchema.optional(),
  roId: idSchema.optional(),
  extensions: extensionsSchema.optional(),
};

const vehicleReceived = z.strictObject({
  type: z.literal('vehicle_received'),
  at: instantSchema,
  ...subjectFields,
});
const roDelivered = z.strictObject({ type: z.literal('ro_delivered'), at: instantSchema, ...subjectFields });
const followUpDone = z.strictObject({
  type: z.literal('follow_up_done'),
  at: instantSchema,
  kind: z.enum(['first', 'second']),
  resolved: z.boolean().optional(),
  ...subjectFields,
});
const requestUnanswered = z.strictObject({
  type: z.literal('request_unanswered'),
  at: instantSchema,
  ...subjectFields,
});
const requestAnswered = z.strictObject({
  type: z.literal('request_answered'),
  at: instantSchema,
  ...subjectFields,
});
const eventPlanned = z.strictObject({
  type: z.literal('event_planned'),
  eventDate: calendarDateSchema,
  eventId: idSchema,
  ...subjectFields,
});
const vehicleSold = z.strictObject({
  type: z.literal('vehicle_sold'),
  saleDate: calendarDateSchema,
  ...subjectFields,
});
const insuranceExpires = z.strictObject({
  type: z.literal('insurance_expires'),
  expiresOn: calendarDateSchema,
  ...subjectFields,
});
const annualInspectionDue = z.strictObject({
  type: z.literal('annual_inspection_due'),
  dueOn: calendarDateSchema,
  ...subjectFields,
});

/**
 * Something that happened (or is planned) that the customer-care team (客户关怀) must act on,
 * discriminated on `type`:
 *
 * - `vehicle_received` `{ at }` 接车: the customer visited; their record is due (`care.archive`).
 * - `ro_delivered` `{ at }` 交车: the first and second follow-up calls are due.
 * - `follow_up_done` `{ at, kind: 'first' | 'second', resolved? }` 回访完成: completes that call;
 *   `resolved: false` (the customer raised something the call could not answer) also opens an
 *   escalation, like `request_unanswered`.
 * - `request_unanswered` `{ at }`: a customer request not answered on the call, reported to the
 *   supervisor within 2 days (`care.escalate`); `request_answered` `{ at }` closes it.
 * - `event_planned` `{ eventDate, eventId }` 活动: phone notice two weeks ahead, then the invitation.
 * - `vehicle_sold` `{ saleDate }` 新车销售: first-maintenance reminder (首保) and the warranty-part
 *   inspections before the 6-month, 1, 2, 3 and 5-year anniversaries.
 * - `insurance_expires` `{ expiresOn }` 保险到期 and `annual_inspection_due` `{ dueOn }` 年检: reminders.
 *
 * Every event may also carry `id`, `customerId`, `vin`, `roId` and `extensions`. Instants carry
 * their UTC offset; the schedule reads them as dates in the dealer's time zone.
 *
 * @example
 * CareEventSchema.parse({ type: 'ro_delivered', at: '2024-09-27T18:30:00+08:00', roId: 'RO-2024-0815' });
 * CareEventSchema.parse({ type: 'follow_up_done', kind: 'first', at: '2024-10-01T10:00:00+08:00', roId: 'RO-2024-0815' });
 */
export const CareEventSchema = z.discriminatedUnion('type', [
  vehicleReceived,
  roDelivered,
  followUpDone,
  requestUnanswered,
  requestAnswered,
  eventPlanned,
  vehicleSold,
  insuranceExpires,
  annualInspectionDue,
]);

/**
 * A care event as validated; see {@link CareEventSchema}.
 *
 * @example
 * const delivered: CareEvent = { type: 'ro_delivered', at: '2024-09-27T18:30:00+08:00', roId: 'RO-2024-0815' };
 */
export type CareEvent = z.output<typeof CareEventSchema>;
/**
 * A care event as accepted (a VIN may be lower case); see {@link CareEventSchema}.
 *
 * @example
 * const sold: CareEventInput = { type: 'vehicle_sold', saleDate: '2024-08-31', vin: 'lsvau2187n2123456' };
 */
export type CareEventInput = z.input<typeof CareEventSchema>;
/**
 * The `type` of a {@link CareEvent}.
 *
 * @example
 * const type: CareEventType = 'follow_up_done';
 */
export type CareEventType = CareEvent['type'];

/**
 * Every {@link CareEventType}, in the order they are documented.
 *
 * @example
 * careEventTypes.includes('ro_delivered'); // true
 */
export const careEventTypes: readonly CareEventType[] = Object.freeze([
  'vehicle_received',
  'ro_delivered',
  'follow_up_done',
  'request_unanswered',
  'request_answered',
  'event_planned',
  'vehicle_sold',
  'insurance_expires',
  'annual_inspection_due',
]);
