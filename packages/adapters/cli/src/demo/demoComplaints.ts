import type { ComplaintCategory, ComplaintChannel, ComplaintInput, RepairOrderInput } from '@aftersales/core';
import { createRandom, type Random } from '@aftersales/testkit';
import { DAY_MS, HOUR_MS, shanghaiInstant } from './demoClock';

/** Share of delivered ROs that end in a complaint (manual target < 10 %; a good dealer is near 2 %). */
const COMPLAINT_RATE = 0.02;
/** A comeback annoys: its share is higher. */
const COMEBACK_COMPLAINT_RATE = 0.3;
/** Share of complaints the dealer cannot settle itself and escalates (the rest resolve in 1–6 days). */
const ESCALATED = 0.06;

const CATEGORIES: readonly (readonly [ComplaintCategory, string, number])[] = [
  ['service_attitude', '服务顾问态度冷淡，解释不耐心', 15],
  ['service_quality', '洗车不干净，车内有脚印', 20],
  ['repair_quality', '维修后故障仍然存在', 20],
  ['price', '结算金额高于报价', 15],
  ['waiting_time', '交车时间比承诺晚两个小时', 15],
  ['parts', '配件缺货，需二次进店', 10],
  ['warranty', '保修范围解释不清', 5],
];
const CHANNELS: readonly ComplaintChannel[] = [
  'phone',
  'phone',
  'follow_up',
  'walk_in',
  'oem_hotline',
  'online',
];

function category(random: Random): readonly [ComplaintCategory, string, number] {
  let roll = random.int(1, 100);
  for (const entry of CATEGORIES) {
    roll -= entry[2];
    if (roll <= 0) return entry;
  }
  return CATEGORIES[0] as (typeof CATEGORIES)[number];
}

/**
 * The complaints and the ROs again, those whose follow-up call found the complaint marked on it.
 *
 * @example
 * const { complaints, repairOrders }: DemoComplaints = demoComplaints(8, ros, asOfMs);
 */
export interface DemoComplaints {
  readonly complaints: ComplaintInput[];
  readonly repairOrders: RepairOrderInput[];
}

/**
 * The demo dealer's complaints (投诉): about 2 % of delivered ROs, and 30 % of comebacks (about
 * repair quality), received after delivery by phone, walk-in, the carmaker's hotline, online, or
 * on the follow-up call (that call is then marked dissatisfied, with the complaint's id). Most are
 * answered and resolved in one to six days, followed up and closed; some are escalated to the
 * supervisor and stay open. Nothing after `asOfMs` is recorded.
 *
 * @example
 * const { complaints, repairOrders } = demoComplaints(8, ros, Date.parse('2025-01-01T00:00:00+08:00'));
 */
export function demoComplaints(
  seed: number,
  repairOrders: readonly RepairOrderInput[],
  asOfMs: number,
): DemoComplaints {
  const random = createRandom(seed ^ 0xc0c);
  const complaints: ComplaintInput[] = [];
  const ros = repairOrders.map((ro): RepairOrderInput => {
    if (ro.deliveredAt === undefined) return ro;
    const comeback = ro.comeback?.isComeback === true;
    if (!random.chance(comeback ? COMEBACK_COMPLAINT_RATE : COMPLAINT_RATE)) return ro;
    const [kind, description] = comeback
      ? (['repair_quality', '同一故障第二次进厂仍未修好'] as const)
      : category(random);
    const call = ro.followUps?.[0];
    const onCall = call?.doneAt !== undefined && random.chance(0.3);
    const receivedMs = onCall
      ? Date.parse(call?.doneAt ?? ro.deliveredAt)
      : Date.parse(ro.deliveredAt) + random.int(4, 120) * HOUR_MS;
    if (receivedMs > asOfMs) return ro;
    const id = `CMP-${ro.id.slice(3)}`;
    const complaint: ComplaintInput = {
      id,
      dealerId: ro.dealerId,
      customerId: ro.customerId ?? `CUS-${ro.vin.slice(-8)}`,
      roId: ro.id,
      vin: ro.vin,
      receivedAt: shanghaiInstant(receivedMs),
      channel: onCall ? 'follow_up' : random.pick(CHANNELS),
      category: kind,
      description,
      status: 'received',
      handlerId: `${ro.dealerId}-CR1`,
    };
    const stamp = (offsetMs: number): string | undefined =>
      receivedMs + offsetMs <= asOfMs ? shanghaiInstant(receivedMs + offsetMs) : undefined;
    const escalatedAt = random.chance(ESCALATED) ? stamp(random.int(20, 44) * HOUR_MS) : undefined;
    const resolvedMs = random.int(1, 6) * DAY_MS;
    const resolvedAt = escalatedAt === undefined ? stamp(resolvedMs) : undefined;
    const followedUpAt = resolvedAt === undefined ? undefined : stamp(resolvedMs + random.int(2, 5) * DAY_MS);
    const closedAt = followedUpAt === undefined ? undefined : stamp(resolvedMs + 6 * DAY_MS);
    complaints.push({
      ...complaint,
      status: closedAt ? 'closed' : resolvedAt ? 'resolved' : escalatedAt ? 'escalated' : 'investigating',
      ...(escalatedAt ? { escalatedAt } : {}),
      ...(resolvedAt ? { answeredAt: resolvedAt, resolvedAt, resolution: '已向客户道歉并免费返工处理' } : {}),
      ...(followedUpAt ? { followedUpAt } : {}),
      ...(closedAt ? { closedAt } : {}),
    });
    if (!onCall || call === undefined) return ro;
    return { ...ro, followUps: [{ ...call, outcome: 'dissatisfied', complaintId: id }] };
  });
  return { complaints, repairOrders: ros };
}
