import {
  type Complaint,
  type ComplaintCategory,
  type ComplaintChannel,
  type LocalizedText,
  toCalendarDate,
} from '@aftersales/core';
import type { DrillDownItem } from './auditTypes';
import type { ServiceRecord } from './serviceInputs';

const CATEGORIES: Readonly<Record<ComplaintCategory, LocalizedText>> = {
  service_attitude: { en: 'Service attitude', zh: '服务态度' },
  service_quality: { en: 'Service quality', zh: '服务质量' },
  repair_quality: { en: 'Repair quality', zh: '维修质量' },
  product_quality: { en: 'Product quality', zh: '产品质量' },
  price: { en: 'Price', zh: '收费' },
  parts: { en: 'Parts', zh: '配件' },
  waiting_time: { en: 'Waiting time', zh: '等待时间' },
  warranty: { en: 'Warranty', zh: '三包 / 索赔' },
  other: { en: 'Other', zh: '其他' },
};

const CHANNELS: Readonly<Record<ComplaintChannel, LocalizedText>> = {
  phone: { en: 'by phone', zh: '电话' },
  walk_in: { en: 'at the dealership', zh: '到店' },
  oem_hotline: { en: 'from the carmaker’s hotline', zh: '厂家热线转办' },
  online: { en: 'online', zh: '网络 / App' },
  social_media: { en: 'on social media', zh: '社交媒体' },
  follow_up: { en: 'in a follow-up call', zh: '回访中发现' },
  survey: { en: 'in a survey', zh: '满意度调查' },
  regulator: { en: 'through the regulator', zh: '12315 / 监管部门' },
  other: { en: 'by another channel', zh: '其他渠道' },
};

/**
 * The complaints (投诉) received in the period on the dealer’s clock, in input order: one
 * item per complaint, dated by the day it was received, labelled by category and channel in
 * English and Chinese, with its status, the RO and vehicle it is about, and the days it was
 * answered and resolved (dealer's clock; `null` while it is not).
 *
 * @example
 * const period = { from: '2024-03-01', to: '2024-03-31' };
 * const items = complaintDrillDown(records, { timeZone: 'Asia/Shanghai', period });
 * items[0]?.label.en; // 'Repair quality complaint by phone'
 */
export function complaintDrillDown(
  records: readonly ServiceRecord<Complaint>[],
  options: { readonly timeZone: string; readonly period: { readonly from: string; readonly to: string } },
): DrillDownItem[] {
  const dayOf = (instant: string | undefined) =>
    instant === undefined ? null : toCalendarDate(instant, options.timeZone);
  return records.flatMap(({ value: complaint }) => {
    const date = toCalendarDate(complaint.receivedAt, options.timeZone);
    if (date < options.period.from || date > options.period.to) return [];
    const category = CATEGORIES[complaint.category];
    const channel = CHANNELS[complaint.channel];
    return [
      {
        id: complaint.id,
        date,
        label: { en: `${category.en} complaint ${channel.en}`, zh: `${category.zh}投诉（${channel.zh}）` },
        facts: {
          category: complaint.category,
          channel: complaint.channel,
          status: complaint.status,
          roId: complaint.roId ?? null,
          vin: complaint.vin ?? null,
          answeredOn: dayOf(complaint.answeredAt),
          resolvedOn: dayOf(complaint.resolvedAt),
        },
      },
    ];
  });
}
