import { z } from 'zod';
import { extensionsSchema, idSchema, instantSchema, shortTextSchema } from './primitives';

/**
 * A customer record (客户档案).
 *
 * Fields: `id` · `name` 姓名 / 单位名称 · `kind` 客户类型 (`private` 个人 or `company` 单位) · `phone`
 * 电话 (as typed) · `createdAt` 建档时间 (the 建档及时率 KPI measures it against the first visit) ·
 * `dealerId` 建档经销商 · `extensions`.
 *
 * @example
 * const customer = parseRecord(CustomerSchema, {
 *   id: 'CUS-000123', name: '张伟', kind: 'private', phone: '13800000000', createdAt: '2022-06-18T10:20:00+08:00',
 * });
 */
export const CustomerSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema,
  kind: z.enum(['private', 'company']),
  phone: z.string().min(1).max(40).optional(),
  createdAt: instantSchema,
  dealerId: idSchema.optional(),
  extensions: extensionsSchema.optional(),
});

/** A customer record as validated; see {@link CustomerSchema}. */
export type Customer = z.output<typeof CustomerSchema>;
/** A customer record as accepted. */
export type CustomerInput = z.input<typeof CustomerSchema>;
