import type { PartInput, StockMovementInput } from '@aftersales/core';
import { createRandom, type Random } from './random';
import { beijingInstant, DAY } from './repairOrderMix';

/** Options of {@link generatePartsData}. */
export interface PartsDataOptions {
  readonly seed: number;
  /** Parts in the master (a dealer stocks a few thousand; an OEM benchmark 50,000). */
  readonly parts: number;
  /** First month, `YYYY-MM` (default 2023-01). */
  readonly from?: string;
  /** Months of movements (default 24). */
  readonly months?: number;
  /** Mean issue lines per part and month (default 3.5: about 100 movements a part over 24 months). */
  readonly linesPerPartMonth?: number;
}

/** A stock position as the parts rules read it (see `@aftersales/parts` StockPositionSchema). */
export interface GeneratedStockPosition {
  readonly partNumber: string;
  readonly onHand: string;
  readonly onOrder: string;
  readonly reserved: string;
  readonly unitCost: string;
  readonly leadTimeDays: number;
  readonly stocked: boolean;
}

/** A parts master, its movements and the stock at the end. */
export interface PartsData {
  readonly parts: PartInput[];
  readonly movements: StockMovementInput[];
  readonly positions: GeneratedStockPosition[];
  /** The first and last month of the movements, `YYYY-MM`. */
  readonly from: string;
  readonly to: string;
}

// Poisson by inversion: rates here are small (a part's lines in a month).
function poisson(random: Random, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let product = random.next();
  while (product > limit) {
    k += 1;
    product *= random.next();
  }
  return k;
}

const monthLabel = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/**
 * A seeded parts master and its stock movements, shaped like a dealer's: a long tail (a fifth of
 * the parts make most of the lines), oil sold by the litre, returns, weekly receipts, a few
 * stocktake adjustments, parts introduced late and parts that stopped selling, and a few
 * supersessions. The same seed gives the same data.
 *
 * @example
 * const data = generatePartsData({ seed: 7, parts: 2_000 });
 * data.movements.length; // about 2,000 × 24 × 4
 */
export function generatePartsData(options: PartsDataOptions): PartsData {
  const random = createRandom(options.seed);
  const months = options.months ?? 24;
  const [fromYear, fromMonth] = (options.from ?? '2023-01').split('-').map(Number) as [number, number];
  const meanLines = options.linesPerPartMonth ?? 3.5;
  const parts: PartInput[] = [];
  const movements: StockMovementInput[] = [];
  const positions: GeneratedStockPosition[] = [];
  const monthStarts: number[] = [];
  for (let m = 0; m <= months; m += 1)
    monthStarts.push(Date.UTC(fromYear, fromMonth - 1 + m, 1) - 8 * 3_600_000);
  let sequence = 0;
  const nextId = (): string => {
    sequence += 1;
    return `MV${sequence}`;
  };
  for (let index = 0; index < options.parts; index += 1) {
    const partNumber = `P${String(index).padStart(6, '0')}`;
    const litres = index % 97 === 0;
    const cost = litres ? 62 : Math.round(Math.exp(random.next() * 7) * 100) / 100 + 1;
    const packSize = litres ? '4' : random.chance(0.2) ? String(random.pick([2, 5, 10])) : '1';
    parts.push({
      partNumber,
      description: litres ? '机油（散装）' : `配件 ${index}`,
      unit: litres ? 'L' : '个',
      allowsFractionalQuantity: litres,
      price: (cost * 1.35).toFixed(2),
      cost: cost.toFixed(2),
      source: random.chance(0.08) ? 'outsourced' : 'oem',
      packSize,
      ...(random.chance(0.1) ? { moq: String(Number(packSize) * 2) } : {}),
      ...(index > 0 && index % 501 === 0 ? { supersededBy: `P${String(index + 1).padStart(6, '0')}` } : {}),
    });
    // Long tail: rate = mean × a Pareto-like weight (mean 1).
    const weight = Math.min(40, 0.35 / (1 - random.next()) ** 1.2);
    const rate = meanLines * weight * 0.55;
    const startMonth = random.chance(0.05) ? random.int(1, months - 1) : 0;
    const stopMonth = random.chance(0.08) ? random.int(1, months - 1) : months;
    let onHand = 0;
    const expected = Math.max(1, rate * (litres ? 6.5 : 2.5));
    for (let m = startMonth; m < months; m += 1) {
      const start = monthStarts[m] as number;
      const span = (monthStarts[m + 1] as number) - start;
      const lines = m < stopMonth ? poisson(random, rate) : 0;
      let issued = 0;
      // Replenish to about 1.5 months of expected demand at the start of the month.
      const target = Math.ceil(expected * 1.5);
      if (m < stopMonth && onHand < target) {
        const quantity = target - Math.floor(onHand);
        movements.push({
          id: nextId(),
          partNumber,
          type: 'receipt',
          quantity: String(quantity),
          unitCost: cost.toFixed(2),
          occurredAt: beijingInstant(start + Math.floor(random.next() * 3) * DAY + 9 * 3_600_000),
        });
        onHand += quantity;
      }
      for (let line = 0; line < lines; line += 1) {
        const at = beijingInstant(start + Math.floor(random.next() * (span / 60_000)) * 60_000);
        const quantity = litres ? (random.int(8, 18) / 2).toFixed(1) : String(random.int(1, 4));
        const counter = random.chance(0.15);
        movements.push({
          id: nextId(),
          partNumber,
          type: counter ? 'counter_sale' : 'issue_ro',
          quantity: `-${quantity}`,
          unitCost: cost.toFixed(2),
          occurredAt: at,
          ...(counter ? {} : { roId: `RO${random.int(1, 400_000)}` }),
        });
        issued += Number(quantity);
        if (random.chance(0.03)) {
          movements.push({
            id: nextId(),
            partNumber,
            type: 'return_from_ro',
            quantity: litres ? '0.5' : '1',
            unitCost: cost.toFixed(2),
            occurredAt: at,
            roId: `RO${random.int(1, 400_000)}`,
          });
          issued -= litres ? 0.5 : 1;
        }
      }
      onHand -= issued;
      if (random.chance(0.01)) {
        movements.push({
          id: nextId(),
          partNumber,
          type: 'stocktake_adjustment',
          quantity: random.chance(0.5) ? '1' : '-1',
          unitCost: cost.toFixed(2),
          occurredAt: beijingInstant((monthStarts[m + 1] as number) - 3_600_000),
        });
      }
    }
    positions.push({
      partNumber,
      onHand: String(Math.max(0, Math.round(onHand))),
      onOrder: random.chance(0.1) ? String(Math.max(1, Math.round(rate))) : '0',
      reserved: random.chance(0.05) ? '1' : '0',
      unitCost: cost.toFixed(2),
      leadTimeDays: random.pick([3, 5, 7, 14]),
      stocked: startMonth === 0 || random.chance(0.5),
    });
  }
  const last = new Date((monthStarts[months - 1] as number) + 8 * 3_600_000);
  return {
    parts,
    movements,
    positions,
    from: monthLabel(fromYear, fromMonth),
    to: monthLabel(last.getUTCFullYear(), last.getUTCMonth() + 1),
  };
}
