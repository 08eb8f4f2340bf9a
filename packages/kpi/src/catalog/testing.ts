import type { KpiCell, KpiReport } from '../engine/kpiReport';

/** The cell of a dealer and period label; fails the test when there is none. */
export function cellOf(result: KpiReport, dealer: string, period: string): KpiCell {
  const found = result.cells.find((cell) => cell.group.dealer === dealer && cell.period?.label === period);
  if (found === undefined) {
    const seen = result.cells.map((cell) => `${cell.group.dealer}/${cell.period?.label}`).join(', ');
    throw new Error(`no cell for ${dealer} ${period} (cells: ${seen || 'none'})`);
  }
  return found;
}
