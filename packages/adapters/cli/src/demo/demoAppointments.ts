import type { AppointmentInput, RepairOrderInput } from '@aftersales/core';
import { createRandom } from '@aftersales/testkit';
import { DAY_MS, HOUR_MS, shanghaiInstant } from './demoClock';

const CHANNELS = ['phone', 'phone', 'wechat', 'wechat', 'app', 'oem'] as const;
const NOTES = ['常规保养', '首次保养', '异响检查', '空调检查', '钣喷报价'] as const;

/** Share of bookings that end as a no-show, and as a cancellation, besides those that arrived. */
const NO_SHOW_PER_ARRIVAL = 0.12;
const CANCELLED_PER_ARRIVAL = 0.06;

/**
 * The demo dealer's appointments (预约): one `arrived` booking for every RO that came from an
 * appointment (the RO's `appointmentId`, scheduled on the half hour before the RO was opened,
 * booked one to five days ahead), and for about every eight of those one no-show and half as many
 * cancellations by vehicles of the same workshop, so the show rate is near the manual's 85 %
 * target. Bookings made before `asOfMs` for the next days stay `booked`.
 *
 * @param seed - the generator's seed
 * @param repairOrders - the ROs, in the order they were opened
 * @param asOfMs - the audit's "today"
 * @example
 * const appointments = demoAppointments(8, repairOrders, Date.parse('2025-01-01T00:00:00+08:00'));
 */
export function demoAppointments(
  seed: number,
  repairOrders: readonly RepairOrderInput[],
  asOfMs: number,
): AppointmentInput[] {
  const random = createRandom(seed ^ 0xa99);
  const out: AppointmentInput[] = [];
  const base = (id: string, ro: RepairOrderInput, scheduledMs: number) => ({
    id,
    dealerId: ro.dealerId,
    customerId: ro.customerId ?? `CUS-${ro.vin.slice(-8)}`,
    vin: ro.vin,
    scheduledFor: shanghaiInstant(scheduledMs),
    createdAt: shanghaiInstant(scheduledMs - random.int(1, 5) * DAY_MS - random.int(1, 6) * HOUR_MS),
    advisorId: ro.advisorId,
    channel: random.pick(CHANNELS),
    note: random.pick(NOTES),
  });
  let extra = 0;
  for (const ro of repairOrders) {
    if (ro.appointmentId === undefined) continue;
    const openedMs = Date.parse(ro.openedAt);
    const scheduledMs = Math.floor(openedMs / (HOUR_MS / 2)) * (HOUR_MS / 2);
    out.push({
      ...base(ro.appointmentId, ro, scheduledMs),
      status: 'arrived',
      arrivedAt: shanghaiInstant(Math.max(scheduledMs, openedMs - 5 * 60_000)),
      roId: ro.id,
    });
    // Another vehicle of the workshop booked the next day and did not come, or cancelled.
    const missedMs = scheduledMs + DAY_MS;
    const roll = random.next();
    if (roll >= NO_SHOW_PER_ARRIVAL + CANCELLED_PER_ARRIVAL) continue;
    const other = random.pick(repairOrders);
    extra += 1;
    const booking = base(`APT-X${extra}`, other, missedMs);
    if (Date.parse(booking.createdAt) > asOfMs) continue;
    if (missedMs > asOfMs) out.push({ ...booking, status: 'booked' });
    else if (roll < NO_SHOW_PER_ARRIVAL) out.push({ ...booking, status: 'no_show' });
    else {
      const cancelledMs = Math.min(missedMs - HOUR_MS, Date.parse(booking.createdAt) + DAY_MS);
      out.push({ ...booking, status: 'cancelled', cancelledAt: shanghaiInstant(cancelledMs) });
    }
  }
  return out;
}
