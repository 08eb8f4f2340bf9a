import type { Jurisdiction } from './jurisdiction';
import { jurisdictionStartDate, type StartDates } from './jurisdictionStart';

/** The pack governing a vehicle in one market, or why none does. */
export type Governing =
  | { readonly market: string; readonly jurisdiction: Jurisdiction; readonly startDate: string }
  | {
      readonly market: string;
      readonly jurisdiction: undefined;
      readonly reason: 'no_start_date' | 'not_governed';
    };

/**
 * For each market among `jurisdictions` (in the order first met), the pack whose `governs` range
 * holds the vehicle's start date as that pack counts it (三包 2021 and 2013 differ in both the range
 * and the start). Default rule of WARRANTY.md: the rules in force on the start date apply.
 *
 * Two packs can both claim a vehicle: invoiced 2021-12-31 and delivered 2022-01-02, the 2013 rules
 * count from the invoice (in their range) and the 2021 rules from the delivery (in theirs). The
 * newer pack (latest `governs.from`) then governs, whatever the order the packs were given in: the
 * periods start on a day the newer rules were in force, as those rules count it. Two packs of one
 * market with the same `governs.from` (a carmaker's variant of the same rules beside the stock
 * pack, say): the one given first governs.
 */
export function governingJurisdictions(
  jurisdictions: readonly Jurisdiction[],
  dates: StartDates,
): readonly Governing[] {
  const markets: string[] = [];
  for (const pack of jurisdictions) if (!markets.includes(pack.market)) markets.push(pack.market);
  return markets.map((market): Governing => {
    let anyStart = false;
    let found: { market: string; jurisdiction: Jurisdiction; startDate: string } | undefined;
    for (const pack of jurisdictions) {
      if (pack.market !== market) continue;
      const start = jurisdictionStartDate(pack.start, dates);
      if (start === undefined) continue;
      anyStart = true;
      const inRange =
        start >= pack.governs.from && (pack.governs.until === undefined || start <= pack.governs.until);
      if (inRange && (found === undefined || pack.governs.from > found.jurisdiction.governs.from)) {
        found = { market, jurisdiction: pack, startDate: start };
      }
    }
    // No pack's own start falls in its range: a car delivered 2021-12-30 but invoiced 2022-01-01
    // counts from 2021-12-30 under the 2021 rules and from 2022-01-01 under the 2013 rules. The
    // rules in force on the day of purchase (the invoice) then govern, counting from their own start.
    if (found === undefined && dates.invoiceDate !== undefined) {
      const bought = dates.invoiceDate;
      for (const pack of jurisdictions) {
        if (pack.market !== market) continue;
        const start = jurisdictionStartDate(pack.start, dates);
        const inRange =
          bought >= pack.governs.from && (pack.governs.until === undefined || bought <= pack.governs.until);
        if (start !== undefined && inRange) found = { market, jurisdiction: pack, startDate: start };
      }
    }
    return found ?? { market, jurisdiction: undefined, reason: anyStart ? 'not_governed' : 'no_start_date' };
  });
}
