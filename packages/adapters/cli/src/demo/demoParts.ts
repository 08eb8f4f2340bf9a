import type { PartInput, StockMovementInput } from '@aftersales/core';
import { addCalendarMonths } from '@aftersales/core';
import type { StockPositionInput } from '@aftersales/parts';
import { generatePartsData } from '@aftersales/testkit';

/**
 * How many parts the demo dealer stocks (a 4S parts department holds a few thousand).
 *
 * @example
 * demoPartsData(8, '2025-01-01').parts.length === DEMO_PART_COUNT; // true
 */
export const DEMO_PART_COUNT = 3_000;

/**
 * Mean issue lines per part and month, as the testkit's generator reads it (its rate is scaled by
 * a long-tail weight): with 3,000 parts about 2,700 workshop and counter lines a month (the 600
 * ROs a month at one to three part lines each, the parts counter and wholesale). A long tail of
 * parts sells rarely, so about a fifth of the stock value has not moved for six months: the slow
 * stock the parts health check reports (the manual wants at most 6 %).
 */
const LINES_PER_PART_MONTH = 0.6;

/**
 * The parts department of the demo dealer: master, movements and stock positions.
 *
 * @example
 * const { parts, movements, positions }: DemoPartsData = demoPartsData(8, '2025-01-01');
 */
export interface DemoPartsData {
  readonly parts: readonly PartInput[];
  readonly movements: readonly StockMovementInput[];
  readonly positions: readonly StockPositionInput[];
}

const ISSUES = new Set(['issue_ro', 'counter_sale']);

/**
 * The demo dealer's parts master of {@link DEMO_PART_COUNT} parts and the 24 whole months of
 * stock movements before `asOf`'s month (from the testkit's parts generator: a long tail, oil by
 * the litre, parts that stopped selling and kept their stock, supersessions), with stock
 * positions in CNY that also carry the dates of each part's last issue and first receipt.
 *
 * @param seed - the generator's seed
 * @param asOf - the dealer's "today", `YYYY-MM-DD`
 * @returns the master, movements (oldest month first) and one position per part
 * @example
 * const parts = demoPartsData(8, '2025-01-01');
 * parts.movements[0]?.occurredAt.slice(0, 7); // '2023-01'
 */
export function demoPartsData(seed: number, asOf: string): DemoPartsData {
  const from = addCalendarMonths(asOf, -24).slice(0, 7);
  const data = generatePartsData({
    seed: seed ^ 0x9a27,
    parts: DEMO_PART_COUNT,
    from,
    months: 24,
    linesPerPartMonth: LINES_PER_PART_MONTH,
  });
  const lastIssued = new Map<string, string>();
  const firstReceived = new Map<string, string>();
  for (const movement of data.movements) {
    const date = movement.occurredAt.slice(0, 10);
    if (ISSUES.has(movement.type)) {
      const last = lastIssued.get(movement.partNumber);
      if (last === undefined || date > last) lastIssued.set(movement.partNumber, date);
    } else if (movement.type === 'receipt') {
      const first = firstReceived.get(movement.partNumber);
      if (first === undefined || date < first) firstReceived.set(movement.partNumber, date);
    }
  }
  const positions = data.positions.map((position): StockPositionInput => {
    const issued = lastIssued.get(position.partNumber);
    const received = firstReceived.get(position.partNumber);
    return {
      ...position,
      currency: 'CNY',
      ...(issued === undefined ? {} : { lastIssuedOn: issued }),
      ...(received === undefined ? {} : { firstReceivedOn: received }),
    };
  });
  return { parts: data.parts, movements: data.movements, positions };
}
