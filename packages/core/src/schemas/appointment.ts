import { z } from 'zod';
import { addInconsistency, checkInstantOrder, onlyWhenValid } from './checks';
import { extensionsSchema, idSchema, instantSchema, textSchema } from './primitives';
import { vinSchema } from './vin';

/**
 * The state of an appointment: `booked` 已预约 · `arrived` 已到店 · `no_show` 未到店 (爽约) ·
 * `cancelled` 已取消.
 *
 * @example
 * appointmentStatusSchema.parse('no_show');
 */
export const appointmentStatusSchema = z.enum(['booked', 'arrived', 'no_show', 'cancelled']);

/** The state of an appointment; see {@link appointmentStatusSchema}. */
export type AppointmentStatus = z.output<typeof appointmentStatusSchema>;

/**
 * A service appointment (预约).
 *
 * Fields: `id` · `dealerId` · `customerId` · `vin` 车辆识别代号 and/or `plateNumber` 车牌号 (bookings are
 * often made by plate; at least one is required) · `scheduledFor` 预约到店时间 · `createdAt` 预约登记时间 ·
 * `status` 预约状态 · `arrivedAt` 实际到店时间 · `cancelledAt` 取消时间 · `advisorId` 服务顾问 · `channel`
 * 预约渠道 (`phone` 电话 · `app` · `wechat` 微信 · `web` 网站 · `oem` 厂家平台 · `other`) · `note` 预约内容 ·
 * `roId` 由此开出的工单 · `extensions`.
 *
 * Checks: a `no_show` has no `arrivedAt`; `cancelledAt` is not before `createdAt`.
 *
 * @example
 * AppointmentSchema.parse({
 *   id: 'APT-20240301-007', dealerId: 'DLR-SH-001', customerId: 'CUS-000123', vin: 'LSVAU2187N2123456',
 *   scheduledFor: '2024-03-01T09:00:00+08:00', createdAt: '2024-02-27T15:12:00+08:00', status: 'booked',
 * });
 */
export const AppointmentSchema = z
  .strictObject({
    id: idSchema,
    dealerId: idSchema,
    customerId: idSchema,
    vin: vinSchema.optional(),
    plateNumber: z.string().trim().min(2).max(16).optional(),
    scheduledFor: instantSchema,
    createdAt: instantSchema,
    status: appointmentStatusSchema,
    arrivedAt: instantSchema.optional(),
    cancelledAt: instantSchema.optional(),
    advisorId: idSchema.optional(),
    channel: z.enum(['phone', 'app', 'wechat', 'web', 'oem', 'other']).optional(),
    note: textSchema.optional(),
    roId: idSchema.optional(),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((appointment, ctx) => {
    if (appointment.vin === undefined && appointment.plateNumber === undefined) {
      addInconsistency(
        ctx,
        ['vin'],
        'the appointment names no vehicle: give the VIN or the plate number',
        '预约未指明车辆：请填写 VIN 或车牌号',
      );
    }
    if (appointment.status === 'no_show' && appointment.arrivedAt !== undefined) {
      addInconsistency(
        ctx,
        ['arrivedAt'],
        'the appointment is a no-show but has an arrival time',
        '预约状态为未到店，但有到店时间',
      );
    }
    checkInstantOrder(ctx, appointment, [
      [
        { key: 'createdAt', en: 'appointment booked', zh: '预约登记' },
        { key: 'cancelledAt', en: 'appointment cancelled', zh: '预约取消' },
      ],
    ]);
  }, onlyWhenValid);

/** An appointment as validated; see {@link AppointmentSchema}. */
export type Appointment = z.output<typeof AppointmentSchema>;
/** An appointment as accepted. */
export type AppointmentInput = z.input<typeof AppointmentSchema>;
