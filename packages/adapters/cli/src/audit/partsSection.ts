import { addCalendarMonths, dayNumberOfDate } from '@aftersales/core';
import {
  checkPartsHealth,
  classifyParts,
  defaultStockingPolicy,
  demandHistory,
  type PlanRejection,
  suggestOrder,
  type UnplannedPart,
} from '@aftersales/parts';
import type { DealerDataset, PartsSection } from './auditTypes';
import { addHealthRejections, healthMonth, healthRecords } from './partsHealthRecords';
import { readMovementDates } from './partsMovementDates';
import { orderSummary } from './partsOrderSummary';
import { masterCosts, readStockLines } from './partsStockLines';
import { abcRows, ageingRows } from './partsStockValue';
import { createRejectionTally, type RejectionTally } from './rejectionTally';
import type { SectionResult } from './sectionResult';

/** Months of movements the demand history reads, ending with the month of `asOf`. */
const HISTORY_MONTHS = 24;

function addPlanRejections(rejections: readonly PlanRejection[], tally: RejectionTally): void {
  for (const rejection of rejections) {
    const input = rejection.input === 'parts' ? 'parts.parts' : 'parts.positions';
    tally.reject(input, rejection.row, rejection.issues);
  }
}

// A part in a supersession cycle cannot be planned: its master rows are refused with the
// package's issue (`parts.supersession_cycle`), so the cycle is fixed where it is.
function addUnplanned(
  unplanned: readonly UnplannedPart[],
  master: readonly unknown[],
  tally: RejectionTally,
): void {
  const issues = new Map(unplanned.map((part) => [part.partNumber, part.issues]));
  master.forEach((row, index) => {
    const partNumber = (row as { partNumber?: unknown } | null)?.partNumber;
    const found = typeof partNumber === 'string' ? issues.get(partNumber) : undefined;
    if (found !== undefined && !tally.isRejected('parts.parts', index))
      tally.reject('parts.parts', index, found);
  });
}

/**
 * The parts section of an audit, with `@aftersales/parts` on the dealer's clock
 * (`dataset.dealer.timeZone`), as of `dataset.asOf`; the clock is never read.
 *
 * - **Demand history** of the 24 months ending with the month of `asOf` (older movements still
 *   date last issues and first receipts), in the dealer's currency.
 * - **Health**: `checkPartsHealth` over the calendar month before `asOf` (its safety-stock KPI
 *   needs one month), against the manuals' targets, from the movements, the stock at that month's
 *   end (the positions less what moved since) and its value (see `healthRecords`). Its KPIs and
 *   findings (a target missed: major; only just met: minor).
 * - **ABC**: `classifyParts` with the default stocking policy; parts and stock value (on hand ×
 *   unit cost, exact) per class.
 * - **Ageing**: stock value by whole months since each part last moved, in the manuals'
 *   slow-moving (6 months) and obsolete (12 months) buckets (`ageingBuckets`).
 * - **Suggested order**: `suggestOrder` with `defaultStockingPolicy`, no budget: lines ordering
 *   something, their total, the ten largest with the package's reason.
 *
 * Every record a package refused (the history, the plan, the KPI engine, or a position holding
 * stock without any cost) is in `rejections` with its input (`parts.movements`, `parts.parts`,
 * `parts.positions`) and 0-based row; `inputs` counts each list. `findings` counts the health
 * findings (missed and at-risk targets): the ABC, ageing and order figures are facts, not findings.
 *
 * @param dataset - the dealer's records; only `dealer`, `asOf` and `parts` are read
 * @returns the section, its input counts, rejections and finding count
 * @throws AftersalesError only for a dataset whose dealer or `asOf` the packages refuse (zone, currency, date)
 * @example
 * const { section, findings } = auditParts(dataset);
 * section.abc.find((row) => row.class === 'A')?.stockValue; // e.g. '182450.00'
 */
export function auditParts(dataset: DealerDataset): SectionResult<PartsSection> {
  const { dealer, asOf } = dataset;
  const { parts, movements, positions } = dataset.parts;
  const tally = createRejectionTally();
  const lastMonth = asOf.slice(0, 7);
  const history = demandHistory(movements, {
    timeZone: dealer.timeZone,
    from: addCalendarMonths(`${lastMonth}-01`, 1 - HISTORY_MONTHS).slice(0, 7),
    to: lastMonth,
    currency: dealer.currency,
  });
  for (const rejection of history.rejections)
    tally.reject('parts.movements', rejection.row, rejection.issues);

  const planOptions = { parts, positions, asOf, policy: defaultStockingPolicy };
  const classification = classifyParts(history, planOptions);
  const order = suggestOrder(history, planOptions);
  addPlanRejections(order.rejections, tally);
  addUnplanned(order.unplanned, parts, tally);

  const month = healthMonth(asOf);
  const dates = readMovementDates(
    movements,
    tally.rowsOf('parts.movements'),
    dealer.timeZone,
    dayNumberOfDate(month.to) as number,
  );
  const lines = readStockLines(
    positions,
    masterCosts(parts, tally.rowsOf('parts.parts')),
    dealer.currency,
    tally,
  );
  const built = healthRecords({
    movements,
    lines,
    dates,
    dealerId: dealer.id,
    currency: dealer.currency,
    month,
    timeZone: dealer.timeZone,
    tally,
  });
  const health = checkPartsHealth(built.records, {
    timeZone: dealer.timeZone,
    period: month,
    currency: dealer.currency,
    scope: { dealer: dealer.id, ...(dealer.brand === undefined ? {} : { brand: dealer.brand }) },
  });
  addHealthRejections(health, built, tally);

  const section: PartsSection = {
    health: { kpis: health.groups.flatMap((group) => group.kpis), findings: health.findings },
    abc: abcRows(classification, lines),
    ageing: ageingRows(lines, dates, asOf),
    suggestedOrder: orderSummary(order),
  };
  return {
    section,
    inputs: {
      'parts.parts': tally.count('parts.parts', parts.length),
      'parts.movements': tally.count('parts.movements', movements.length),
      'parts.positions': tally.count('parts.positions', positions.length),
    },
    rejections: tally.rejections(),
    findings: health.findings.length,
  };
}
