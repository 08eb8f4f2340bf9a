import type { CalendarDate, Rule, TraceStep } from '@aftersales/core';
import type { VehicleCase } from '../../rights/vehicleCase';
import { START_KM } from './sanbaoCase';
import type { SanbaoVersion } from './sanbaoVersion';
import { startOfPeriods, versionDateOf } from './startDate';

/**
 * The start of the periods (2021 Art. 18: invoice date, or the delivery date where it differs;
 * 2013 Art. 17: invoice date). The 7-day and 60-day windows count from the same start. Missing
 * date: failed, and the evaluation is `undetermined`.
 *
 * @example
 * startStep(sanbao2021Version, rule, input).startDate; // '2024-03-04'
 */
export function startStep(
  version: SanbaoVersion,
  rule: Rule,
  input: VehicleCase,
): { step: TraceStep; startDate?: CalendarDate } {
  const { invoiceDate, deliveryDate } = input.vehicle;
  const start = startOfPeriods(version, input.vehicle);
  const facts = {
    invoiceDate: invoiceDate ?? null,
    deliveryDate: deliveryDate ?? null,
    startDate: start.date ?? null,
    source: start.source,
    startKm: START_KM,
    startKmAssumed: true,
  };
  const art = version.articles.start;
  if (start.date === undefined) {
    const needed =
      version.start === 'invoice'
        ? { en: 'the invoice date', zh: '购车发票日期' }
        : { en: 'the invoice or delivery date', zh: '购车发票日期或交付日期' };
    return {
      step: rule.failed(facts, {
        en: `The periods start from ${needed.en} (Art. ${art}), which is not recorded: no right can be decided`,
        zh: `三包期限自${needed.zh}起算（第${art}条），该日期未记录，无法判定`,
      }),
    };
  }
  const why =
    start.source === 'delivery' && invoiceDate !== undefined && invoiceDate !== deliveryDate
      ? {
          en: `the delivery date (the invoice is dated ${invoiceDate})`,
          zh: `交付日期（发票日期为 ${invoiceDate}）`,
        }
      : start.source === 'delivery'
        ? { en: 'the delivery date', zh: '交付日期' }
        : { en: 'the invoice date', zh: '购车发票日期' };
  return {
    startDate: start.date,
    step: rule.passed(facts, {
      en: `Periods start on ${start.date}, ${why.en} (Art. ${art}); start odometer taken as ${START_KM} km (no delivery reading is recorded); the start day is not counted`,
      zh: `三包期限自 ${start.date}（${why.zh}）起算（第${art}条）；起算里程按 ${START_KM} 公里计（未记录交付里程）；起算当日不计入`,
    }),
  };
}

/**
 * Which version governs, as the package's `governingJurisdictions` decides it: the pack whose
 * `governs` range holds the vehicle's start as that pack counts it (the rules in force on the start
 * date apply; the 2021 text has no transition clause, so this is the library's default and the
 * trace says so). When both versions claim a car (invoiced 2021-12-31, delivered 2022-01-02: the
 * 2013 rules count from the invoice, the 2021 rules from the delivery) the newer rules govern, so
 * a pack with an end date also steps back when the start as the 2021 rules count it (delivery, else
 * invoice) is after that end. Not governed: failed, outcome `not_governed`.
 *
 * @example
 * versionStep(version, governs, rule, input).governed; // true
 */
export function versionStep(
  version: SanbaoVersion,
  governs: { readonly from: CalendarDate; readonly until?: CalendarDate },
  rule: Rule,
  input: VehicleCase,
): { step: TraceStep; governed: boolean } {
  const own = startOfPeriods(version, input.vehicle).date ?? null;
  const newest = versionDateOf(input.vehicle) ?? null;
  const facts = {
    startDate: own,
    newerRulesStart: newest,
    governsFrom: governs.from,
    governsUntil: governs.until ?? null,
  };
  const range =
    governs.until === undefined
      ? { en: `from ${governs.from}`, zh: `${governs.from} 起` }
      : { en: `${governs.from} … ${governs.until}`, zh: `${governs.from} 至 ${governs.until}` };
  const inRange =
    own !== null && own >= governs.from && (governs.until === undefined || own <= governs.until);
  const claimedByNewer = governs.until !== undefined && newest !== null && newest > governs.until;
  if (!inRange || claimedByNewer) {
    const why = claimedByNewer
      ? {
          en: `delivered on ${newest}, after ${governs.until}: the newer rules, counting from the delivery, govern`,
          zh: `交付日期 ${newest} 晚于 ${governs.until}，按交付日期起算的新规定适用`,
        }
      : {
          en: `start ${own ?? '(not recorded)'} is outside the dates the ${version.year} rules govern (${range.en})`,
          zh: `起算日 ${own ?? '（未记录）'} 不在 ${version.year} 年规定适用的日期范围内（${range.zh}）`,
        };
    return {
      governed: false,
      step: rule.failed(facts, {
        en: `Not governed by the ${version.year} rules: ${why.en}; evaluate with the pack governing that date (三包 2013: 2013-10-01 … 2021-12-31; 三包 2021: from 2022-01-01)`,
        zh: `不适用 ${version.year} 年规定：${why.zh}；应适用该日期对应的规定（2013 版：2013-10-01 至 2021-12-31；2021 版：2022-01-01 起）`,
      }),
    };
  }
  return {
    governed: true,
    step: rule.passed(facts, {
      en: `Start ${own} falls in the dates the ${version.year} rules govern (${range.en}): the ${version.year} rules (${version.name.en}) apply; the 2021 text has no transition clause, so the rules in force on the start date are used`,
      zh: `起算日 ${own} 在 ${version.year} 年规定适用的日期范围内（${range.zh}），适用${version.name.zh}；2021 年规定无过渡条款，按起算日有效的规定适用`,
    }),
  };
}
