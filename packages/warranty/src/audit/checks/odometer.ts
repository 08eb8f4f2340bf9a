import { dateOf } from '../../eligibility/dayMath';
import { grouped } from '../../eligibility/numberText';
import { addFinding, RULE } from '../auditRules';
import type { AuditRun, ClaimContext } from '../claimContext';
import { HIGHEST, LATEST } from '../claimTable';
import type { AuditClaim } from '../fastClaim';
import { ReadingSource, readingSourceNames } from '../readingSource';

/** A reading as the messages and facts show it. */
function describe(run: AuditRun, source: number, row: number, km: number, day: number) {
  const { history } = run.context;
  let id: string | null;
  let text: { en: string; zh: string };
  if (source === ReadingSource.roIn || source === ReadingSource.roOut) {
    id = (history.repairOrders[row] as { id: string }).id;
    const out = source === ReadingSource.roOut;
    text = { en: `RO ${id}, odometer ${out ? 'out' : 'in'}`, zh: `工单 ${id}${out ? '出厂' : '进厂'}里程` };
  } else if (source === ReadingSource.reading) {
    const roId = (history.odometerReadings[row] as { roId?: string }).roId;
    id = roId ?? null;
    text = {
      en: `odometer reading, row ${row}${roId === undefined ? '' : `, RO ${roId}`}`,
      zh: `里程读数第 ${row} 行${roId === undefined ? '' : `，工单 ${roId}`}`,
    };
  } else {
    const fromHistory = source === ReadingSource.historyClaim;
    id = (fromHistory ? run.index.history.claims[row] : run.batch.claims[row])?.id ?? null;
    text = fromHistory
      ? { en: `claim ${id}, history row ${row}`, zh: `索赔单 ${id}，历史第 ${row} 行` }
      : { en: `claim ${id}, batch row ${row}`, zh: `索赔单 ${id}，本批第 ${row} 行` };
  }
  const date = dateOf(day);
  const facts = {
    earlierKm: km,
    earlierDate: date,
    earlierSource: readingSourceNames[source as 0],
    earlierRow: row,
    earlierId: id,
  };
  return { text, km, date, facts };
}

/** Offers the claim the readings of the vehicle's other claims (earlier ones of the history and the batch). */
function offerClaims(run: AuditRun, c: ClaimContext): void {
  const table = run.index.claims;
  const end = table.start[c.slot + 1] as number;
  const hash = table.roHash(c.entry);
  for (let entry = table.start[c.slot] as number; entry < end; entry++) {
    const day = table.day(entry);
    if (entry === c.entry || day >= c.dateDay) continue;
    const fromHistory = !table.isBatch(entry);
    const row = table.row(entry);
    if (table.roHash(entry) === hash) {
      const other = (fromHistory ? run.index.history.claims[row] : run.batch.claims[row]) as AuditClaim;
      if (other.roId === c.claim.roId) continue;
    }
    const source = fromHistory ? ReadingSource.historyClaim : ReadingSource.batchClaim;
    table.offer(c.entry, day, table.km(entry), source, row);
  }
}

/**
 * The claim's odometer against the vehicle's earlier readings: ROs in and out, odometer readings,
 * the vehicle's other claims (history and batch), never a reading of the claim's own RO. A claim
 * is read on its repair date without a time, so a reading is earlier when its day, in the
 * dealer's zone, is before the repair date.
 *
 * - `claim.odometer_rollback` (review: which reading is wrong needs a person): below the highest
 *   earlier reading (equal is fine).
 * - `claim.implausible_distance` (review): more than `maxKmPerDay` × days driven since the latest
 *   earlier reading (of that day, the highest), days being calendar days between the two dates
 *   (at least 1); exactly the maximum is plausible.
 */
export function checkOdometer(run: AuditRun, c: ClaimContext): void {
  const { claim } = c;
  const table = run.index.claims;
  const maxKmPerDay = c.rules.maxKmPerDay;
  c.tally.checked(RULE.odometerRollback);
  if (maxKmPerDay === undefined) c.tally.notChecked(RULE.dailyDistance);
  else c.tally.checked(RULE.dailyDistance);
  offerClaims(run, c);
  const km = claim.odometerKm;
  const highestKm = table.readingKm(c.entry, HIGHEST);
  if (highestKm > km) {
    const { source, row } = table.readingRef(c.entry, HIGHEST);
    const earlier = describe(run, source, row, highestKm, table.readingDay(c.entry, HIGHEST));
    addFinding(
      c,
      'claim.odometer_rollback',
      'review',
      'odometerRollback',
      c.rules.claimsCite,
      {
        en: `Odometer ${grouped(km)} km is below the earlier reading of ${grouped(earlier.km)} km on ${earlier.date} (${earlier.text.en})`,
        zh: `里程 ${grouped(km)} km 低于 ${earlier.date} 的较早读数 ${grouped(earlier.km)} km（${earlier.text.zh}）`,
      },
      { km, ...earlier.facts },
    );
  }
  const latestKm = table.readingKm(c.entry, LATEST);
  if (maxKmPerDay === undefined || latestKm < 0) return;
  const latestDay = table.readingDay(c.entry, LATEST);
  const driven = km - latestKm;
  const days = Math.max(1, c.dateDay - latestDay);
  const limit = maxKmPerDay.value * days;
  if (driven <= limit) return;
  const { source, row } = table.readingRef(c.entry, LATEST);
  const earlier = describe(run, source, row, latestKm, latestDay);
  const perDay = grouped(maxKmPerDay.value);
  addFinding(
    c,
    'claim.implausible_distance',
    'review',
    'dailyDistance',
    maxKmPerDay.cite,
    {
      en: `${grouped(driven)} km in ${days} days since ${grouped(latestKm)} km on ${earlier.date} (${earlier.text.en}): more than ${perDay} km a day (at most ${grouped(limit)} km)`,
      zh: `自 ${earlier.date} 的 ${grouped(latestKm)} km（${earlier.text.zh}）起 ${days} 天行驶 ${grouped(driven)} km，超过每天 ${perDay} km（最多 ${grouped(limit)} km）`,
    },
    { km, drivenKm: driven, days, maxKmPerDay: maxKmPerDay.value, limitKm: limit, ...earlier.facts },
  );
}
