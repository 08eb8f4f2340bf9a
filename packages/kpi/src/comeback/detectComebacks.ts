import {
  AftersalesError,
  type AftersalesIssue,
  calendarDaysBetween,
  createDecision,
  type Decision,
  defineRule,
  parseRecords,
  parseTimeZone,
  type RepairOrder,
  RepairOrderSchema,
  type TraceStep,
  toCalendarDate,
  typeName,
} from '@aftersales/core';

/** Options of {@link detectComebacks}; every figure is the manual's default and can be changed. */
export interface DetectComebacksOptions {
  /** The dealer's IANA time zone: days are counted on its calendar. */
  readonly timeZone: string;
  /** Calendar days after the earlier RO's delivery date within which a repeat is a comeback (default 30). */
  readonly days?: number;
  /** Kilometres driven since the earlier RO within which a repeat is a comeback (default 1,000). */
  readonly km?: number;
}

/** Why an RO is, or is not, a comeback: the decision, and the earlier RO it repeats. */
export interface ComebackResult {
  readonly roId: string;
  readonly decision: Decision<'comeback' | 'not_comeback' | 'not_counted'>;
  /** The earlier RO this one repeats (flagged by the dealer or found by the rule). */
  readonly previousRoId?: string;
}

/** One result per RO in (in order), plus the records that could not be read. */
export interface ComebackReport {
  readonly results: readonly ComebackResult[];
  readonly rejected: readonly { readonly row: number; readonly issues: readonly AftersalesIssue[] }[];
}

const flagged = defineRule({
  id: 'ro.comeback.flagged',
  cite: 'manual:ro.comeback',
  title: { en: 'Flagged as a comeback by the dealer', zh: '经销商标记为返修' },
});
const repeat = defineRule({
  id: 'ro.comeback.repeat',
  cite: 'manual:ro.comeback',
  title: {
    en: 'Same vehicle, same system, soon after the earlier RO',
    zh: '同一车辆、同一系统，在上次维修后不久再次维修',
  },
});
const notCounted = defineRule({
  id: 'ro.comeback.not-counted',
  cite: 'manual:ro.comeback',
  title: { en: 'Cancelled and voided ROs never count', zh: '取消和作废的工单不计入' },
});

/** The systems an RO worked on, maintenance left out (a service is not a repair to repeat). */
function systemsOf(ro: RepairOrder): Set<string> {
  const systems = new Set<string>();
  for (const job of ro.jobs)
    if (job.system !== undefined && job.system !== 'maintenance') systems.add(job.system);
  return systems;
}

function checkFigure(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw AftersalesError.of('input.invalid_type', ['options', name], {
      expected: 'a finite number',
      received: typeName(value),
    });
  }
  if (value < 0)
    throw AftersalesError.of('input.too_small', ['options', name], { minimum: 0, inclusive: true });
  return value;
}

/**
 * Finds the comebacks (返修) in a set of repair orders: an RO the dealer flagged, or one that
 * repeats an earlier RO of the same vehicle on the same system (any job's `system`, maintenance
 * aside) within `days` calendar days of that RO's delivery date (on the dealer's calendar: the
 * delivery day is day 0) and — where both odometers are known — within `km`
 * of its odometer reading: whichever limit comes first closes the window (KPI-CATALOG `ro.comeback`:
 * 30 days or 1,000 km). The earlier RO is the latest one delivered before this one opened that
 * matches. Cancelled and voided ROs are never comebacks and are never repeated.
 *
 * Every RO comes out with a decision that explains itself (the rule, the facts, the citation);
 * a record that is not a valid RO comes back in `rejected` with its issues.
 *
 * @param repairOrders - RO records, in any order
 * @param options - the dealer's time zone (required) and the window (`days`, `km`)
 * @returns one result per valid RO, in input order, and the rejected rows
 * @throws AftersalesError `input.invalid_type` when `repairOrders` is not an array or a figure is
 *   not a number, `input.too_small` for a negative figure, `time.invalid_zone`
 *
 * @example
 * const { results } = detectComebacks(ros, { timeZone: 'Asia/Shanghai' });
 * results.filter((r) => r.decision.outcome === 'comeback').map((r) => [r.roId, r.previousRoId]);
 */
export function detectComebacks(
  repairOrders: readonly unknown[],
  options: DetectComebacksOptions,
): ComebackReport {
  if (!Array.isArray(repairOrders)) {
    throw AftersalesError.of('input.invalid_type', ['repairOrders'], {
      expected: 'array',
      received: typeName(repairOrders),
    });
  }
  const timeZone = parseTimeZone(options?.timeZone, ['options', 'timeZone']);
  const days = checkFigure(options?.days, 'days', 30);
  const dayOf = (instant: string) => toCalendarDate(instant, timeZone);
  const km = checkFigure(options?.km, 'km', 1_000);
  const batch = parseRecords(RepairOrderSchema, repairOrders);
  const rejected = batch.results.flatMap((result) =>
    result.ok ? [] : [{ row: result.row, issues: result.issues }],
  );
  const ros = batch.results.flatMap((result) => (result.ok ? [result.value as RepairOrder] : []));

  // Each vehicle's counted, delivered ROs, by delivery time: the candidates an RO can repeat.
  const byVin = new Map<string, RepairOrder[]>();
  for (const ro of ros) {
    if (ro.status === 'cancelled' || ro.status === 'voided' || ro.deliveredAt === undefined) continue;
    const list = byVin.get(ro.vin) ?? [];
    list.push(ro);
    byVin.set(ro.vin, list);
  }
  for (const list of byVin.values())
    list.sort((a, b) => Date.parse(a.deliveredAt ?? '') - Date.parse(b.deliveredAt ?? ''));

  const results = ros.map((ro): ComebackResult => {
    if (ro.status === 'cancelled' || ro.status === 'voided') {
      const step = notCounted.notApplicable(
        { status: ro.status },
        {
          en: `the RO is ${ro.status}`,
          zh: `工单已${ro.status === 'cancelled' ? '取消' : '作废'}`,
        },
      );
      return { roId: ro.id, decision: createDecision('not_counted', [step]) };
    }
    const trace: TraceStep[] = [];
    if (ro.comeback?.isComeback === true) {
      trace.push(
        flagged.passed(
          { previousRoId: ro.comeback.previousRoId ?? null },
          { en: 'the dealer flagged this RO as a comeback', zh: '经销商已将此工单标记为返修' },
        ),
      );
    }
    const opened = Date.parse(ro.openedAt);
    const openedOn = dayOf(ro.openedAt);
    const systems = systemsOf(ro);
    let match: RepairOrder | undefined;
    let matchDays = 0;
    for (const earlier of byVin.get(ro.vin) ?? []) {
      if (earlier.id === ro.id) continue;
      const deliveredAt = earlier.deliveredAt as string;
      if (Date.parse(deliveredAt) >= opened) continue;
      const daysAfter = calendarDaysBetween(dayOf(deliveredAt), openedOn);
      if (daysAfter > days) continue;
      const driven =
        ro.odometerInKm !== undefined && earlier.odometerOutKm !== undefined
          ? ro.odometerInKm - earlier.odometerOutKm
          : undefined;
      if (driven !== undefined && driven > km) continue;
      if ([...systemsOf(earlier)].some((system) => systems.has(system))) {
        match = earlier;
        matchDays = daysAfter;
      }
    }
    if (match !== undefined) {
      const driven =
        ro.odometerInKm !== undefined && match.odometerOutKm !== undefined
          ? ro.odometerInKm - match.odometerOutKm
          : null;
      const shared = [...systemsOf(match)].filter((system) => systems.has(system));
      const daysAfter = matchDays;
      trace.push(
        repeat.passed(
          {
            previousRoId: match.id,
            systems: shared,
            daysAfterDelivery: daysAfter,
            kmDriven: driven,
            limitDays: days,
            limitKm: km,
          },
          {
            en: `repeats ${match.id} (${shared.join(', ')}) ${daysAfter} days after its delivery`,
            zh: `重复 ${match.id}（${shared.join('、')}），距其交车 ${daysAfter} 天`,
          },
        ),
      );
    } else {
      trace.push(
        repeat.failed(
          { limitDays: days, limitKm: km },
          {
            en: 'no earlier RO of this vehicle on the same system within the window',
            zh: '该车在时间和里程窗口内没有同一系统的维修记录',
          },
        ),
      );
    }
    const previousRoId =
      ro.comeback?.isComeback === true ? (ro.comeback.previousRoId ?? match?.id) : match?.id;
    const isComeback = ro.comeback?.isComeback === true || match !== undefined;
    return {
      roId: ro.id,
      decision: createDecision(isComeback ? 'comeback' : 'not_comeback', trace),
      ...(isComeback && previousRoId !== undefined ? { previousRoId } : {}),
    };
  });
  return { results, rejected };
}
