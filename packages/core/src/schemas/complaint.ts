import { z } from 'zod';
import { checkInstantOrder, onlyWhenValid, type Step } from './checks';
import { extensionsSchema, idSchema, instantSchema, textSchema } from './primitives';
import { vinSchema } from './vin';

/**
 * How a complaint came in: `phone` 电话 · `walk_in` 到店 · `oem_hotline` 厂家热线转办 · `online` 网络 /
 * App · `social_media` 社交媒体 · `follow_up` 回访中发现 · `survey` 满意度调查 · `regulator` 12315 /
 * 监管部门 · `other`.
 *
 * @example
 * complaintChannelSchema.parse('oem_hotline');
 */
export const complaintChannelSchema = z.enum([
  'phone',
  'walk_in',
  'oem_hotline',
  'online',
  'social_media',
  'follow_up',
  'survey',
  'regulator',
  'other',
]);

/** How a complaint came in; see {@link complaintChannelSchema}. */
export type ComplaintChannel = z.output<typeof complaintChannelSchema>;

/**
 * What a complaint is about: `service_attitude` 服务态度 · `service_quality` 服务质量 (wash, cleanliness,
 * explanations) · `repair_quality` 维修质量 · `product_quality`
 * 产品质量 · `price` 收费 · `parts` 配件（缺件、质量） · `waiting_time` 等待时间 / 交车延误 · `warranty`
 * 三包 / 索赔 · `other`.
 *
 * @example
 * complaintCategorySchema.parse('repair_quality');
 */
export const complaintCategorySchema = z.enum([
  'service_attitude',
  'service_quality',
  'repair_quality',
  'product_quality',
  'price',
  'parts',
  'waiting_time',
  'warranty',
  'other',
]);

/** What a complaint is about; see {@link complaintCategorySchema}. */
export type ComplaintCategory = z.output<typeof complaintCategorySchema>;

/**
 * The state of a complaint: `received` 已受理 · `investigating` 调查中 · `escalated` 已升级 ·
 * `resolved` 已解决 · `closed` 已关闭 · `withdrawn` 客户撤回.
 *
 * @example
 * complaintStatusSchema.parse('escalated');
 */
export const complaintStatusSchema = z.enum([
  'received',
  'investigating',
  'escalated',
  'resolved',
  'closed',
  'withdrawn',
]);

/** The state of a complaint; see {@link complaintStatusSchema}. */
export type ComplaintStatus = z.output<typeof complaintStatusSchema>;

const RECEIVED: Step = { key: 'receivedAt', en: 'complaint received', zh: '投诉受理' };

/**
 * A customer complaint (投诉 / 抱怨): receive and record → investigate → resolve → answer the
 * complainant → follow up; what cannot be solved is escalated.
 *
 * Fields: `id` · `dealerId` · `customerId` · `roId` 相关工单 · `vin` · `receivedAt` 受理时间 · `channel`
 * 渠道 · `category` 类别 · `description` 投诉内容 · `status` 状态 · `handlerId` 处理人 · `escalatedAt`
 * 上报主管时间 · `answeredAt` 答复客户时间 · `resolvedAt` 解决时间 · `resolution` 处理结果 · `followedUpAt`
 * 回访时间 · `closedAt` 关闭时间 · `extensions`.
 *
 * Checks: no step is before `receivedAt`.
 *
 * @example
 * ComplaintSchema.parse({
 *   id: 'CMP-2024-0005', dealerId: 'DLR-SH-001', customerId: 'CUS-000123', receivedAt: '2024-03-11T14:00:00+08:00',
 *   channel: 'phone', category: 'service_attitude', description: '洗车不干净，车内有脚印', status: 'received',
 * });
 */
export const ComplaintSchema = z
  .strictObject({
    id: idSchema,
    dealerId: idSchema,
    customerId: idSchema,
    roId: idSchema.optional(),
    vin: vinSchema.optional(),
    receivedAt: instantSchema,
    channel: complaintChannelSchema,
    category: complaintCategorySchema,
    description: textSchema,
    status: complaintStatusSchema,
    handlerId: idSchema.optional(),
    escalatedAt: instantSchema.optional(),
    answeredAt: instantSchema.optional(),
    resolvedAt: instantSchema.optional(),
    resolution: textSchema.optional(),
    followedUpAt: instantSchema.optional(),
    closedAt: instantSchema.optional(),
    extensions: extensionsSchema.optional(),
  })
  .superRefine((complaint, ctx) => {
    checkInstantOrder(ctx, complaint, [
      [RECEIVED, { key: 'escalatedAt', en: 'escalated', zh: '上报' }],
      [RECEIVED, { key: 'answeredAt', en: 'answered', zh: '答复' }],
      [RECEIVED, { key: 'resolvedAt', en: 'resolved', zh: '解决' }],
      [RECEIVED, { key: 'followedUpAt', en: 'followed up', zh: '回访' }],
      [RECEIVED, { key: 'closedAt', en: 'closed', zh: '关闭' }],
    ]);
  }, onlyWhenValid);

/** A complaint as validated; see {@link ComplaintSchema}. */
export type Complaint = z.output<typeof ComplaintSchema>;
/** A complaint as accepted. */
export type ComplaintInput = z.input<typeof ComplaintSchema>;
