import type { RepairOrderInput, SurveyResponseInput } from '@aftersales/core';
import { addCalendarMonths } from '@aftersales/core';
import { createRandom, type Random } from '@aftersales/testkit';
import { at, DAY_MS, HOUR_MS, shanghaiInstant } from './demoClock';

/** Share of delivered ROs whose customer answers the satisfaction survey. */
const SURVEYED = 0.3;

/** A CSI score out of 10: mostly 9s and 10s, a tail of unhappy customers (mean ≈ 9.1). */
function csiScore(random: Random, unhappy: boolean): number {
  if (unhappy) return random.int(2, 6);
  const roll = random.next();
  return roll < 0.55 ? 10 : roll < 0.8 ? 9 : roll < 0.9 ? 8 : roll < 0.95 ? 7 : random.int(3, 6);
}

/**
 * The demo dealer's survey results: a CSI survey (score 0–10) of about 30 % of delivered ROs, a
 * few days after the first follow-up call (an RO whose call turned up a complaint scores low), and
 * one mystery-shopper visit a month (score out of 1,000, around the manual's 950 target), in the
 * months from `from` up to `asOfMs`.
 *
 * @param from - the first month to hold a mystery-shopper visit, `YYYY-MM-DD` (its 1st)
 * @example
 * const surveys = demoSurveys(8, repairOrders, '2024-01-01', Date.parse('2025-01-01T00:00:00+08:00'));
 */
export function demoSurveys(
  seed: number,
  repairOrders: readonly RepairOrderInput[],
  from: string,
  asOfMs: number,
): SurveyResponseInput[] {
  const random = createRandom(seed ^ 0x5a7);
  const out: SurveyResponseInput[] = [];
  for (const ro of repairOrders) {
    const call = ro.followUps?.[0];
    if (call?.doneAt === undefined || !random.chance(SURVEYED)) continue;
    const surveyedMs = Date.parse(call.doneAt) + random.int(1, 3) * DAY_MS + random.int(0, 4) * HOUR_MS;
    if (surveyedMs > asOfMs) continue;
    out.push({
      id: `SRV-${ro.id.slice(3)}`,
      dealerId: ro.dealerId,
      roId: ro.id,
      ...(ro.customerId === undefined ? {} : { customerId: ro.customerId }),
      surveyedAt: shanghaiInstant(surveyedMs),
      kind: 'csi',
      score: String(csiScore(random, call.outcome === 'dissatisfied')),
      scaleMin: '0',
      scaleMax: '10',
    });
  }
  const dealerId = repairOrders[0]?.dealerId ?? 'DLR-001';
  for (let month = `${from.slice(0, 7)}-01`; ; month = addCalendarMonths(month, 1)) {
    const visit = at(`${month.slice(0, 8)}${String(random.int(10, 25))}`, random.int(10, 16));
    if (Date.parse(visit) > asOfMs) break;
    out.push({
      id: `MYS-${month.slice(0, 7)}`,
      dealerId,
      surveyedAt: visit,
      kind: 'mystery',
      score: String(random.int(905, 990)),
      scaleMin: '0',
      scaleMax: '1000',
    });
  }
  return out;
}
