import type { ComebackReport } from '../comeback/detectComebacks';
import { createFlatReader, type FactReader } from '../facts/factReader';
import { kpiSources } from '../facts/kpiSources';
import { createRepairOrderReader } from '../facts/repairOrderReader';
import { detectedComebacks } from './kpiOptions';

/**
 * A reader for every input, by its key (`repairOrders`, `complaints`, …). `needs` names the fields
 * the KPIs read, per source (the repair-order reader skips the rest); without it all are read.
 */
export function readersFor(
  comebacks: ComebackReport | undefined,
  needs?: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, FactReader> {
  const readers = new Map<string, FactReader>();
  const detected = detectedComebacks(comebacks);
  for (const source of Object.values(kpiSources)) {
    if (readers.has(source.input)) continue;
    readers.set(
      source.input,
      source.input === 'repairOrders'
        ? createRepairOrderReader(detected.size > 0 ? (id) => detected.get(id) : undefined, needs)
        : createFlatReader(source),
    );
  }
  return readers;
}
