/**
 * The quantity to order for a need, in fixed units (× 10⁴): nothing for no need; otherwise at
 * least the minimum order quantity, rounded up to whole packs. With no pack size a whole-unit
 * part is ordered in whole units, a fractional one (oil by the litre) in ten-thousandths.
 *
 * So the result is always 0 or a multiple of the pack that is ≥ the MOQ, and never below the need.
 */
export function orderQuantity(need: number, pack: number, moq: number): number {
  if (!(need > 0)) return 0;
  const wanted = Math.max(need, moq);
  return Math.ceil(wanted / pack) * pack;
}

/**
 * The largest order that fits `budget` (× 10⁸) at `unitCost` (× 10⁴) without breaking the pack
 * or the MOQ and without exceeding `quantity`: 0 when not even the smallest valid order fits.
 */
export function largestOrderWithin(
  quantity: number,
  pack: number,
  moq: number,
  unitCost: number,
  budget: bigint,
): number {
  if (unitCost === 0) return quantity;
  const packs = budget / (BigInt(pack) * BigInt(unitCost));
  const fits = Math.min(quantity, Number(packs) * pack);
  return fits >= moq && fits > 0 ? fits : 0;
}
