import { type AftersalesIssue, attempt, type LocalizedText, type Result } from '@aftersales/core';
import {
  computeKpisSync,
  defaultTargetProfile,
  type GroupDimension,
  type KpiCell,
  type KpiDefinition,
  type KpiReport,
  resolveTargets,
  type ScorecardStatus,
  scoreKpis,
  type TargetScope,
} from '@aftersales/kpi';
import {
  type HealthSettings,
  partsHealthInputs,
  readHealthOptions,
  readHealthRecords,
} from './partsHealthOptions';
import { healthDecision, healthRule } from './partsHealthRules';
import type {
  PartsHealthCount,
  PartsHealthFinding,
  PartsHealthGroup,
  PartsHealthInput,
  PartsHealthKpi,
  PartsHealthOptions,
  PartsHealthRecords,
  PartsHealthReport,
} from './partsHealthTypes';

const NO_RECORDS: LocalizedText = { en: 'no records in the period', zh: '本期间无记录' };

const DIMENSION_NAMES: Readonly<Record<GroupDimension, LocalizedText>> = {
  dealer: { en: 'dealer', zh: '经销商' },
  advisor: { en: 'advisor', zh: '服务顾问' },
  technician: { en: 'technician', zh: '技师' },
  payType: { en: 'pay type', zh: '付费类型' },
  channel: { en: 'channel', zh: '渠道' },
  team: { en: 'team', zh: '团队' },
};

type Group = PartsHealthGroup['group'];

/** "dealer D1: …" before a finding's sentence, so a list across groups reads on its own. */
function groupPrefix(group: Group, groupBy: readonly GroupDimension[]): LocalizedText {
  if (groupBy.length === 0) return { en: '', zh: '' };
  const parts = groupBy.map((dimension) => {
    const value = group[dimension];
    const name = DIMENSION_NAMES[dimension];
    return { en: `${name.en} ${value ?? '(none)'}`, zh: `${name.zh} ${value ?? '（无）'}` };
  });
  return { en: `${parts.map((p) => p.en).join(', ')}: `, zh: `${parts.map((p) => p.zh).join('，')}：` };
}

// Groups have no record in them when nothing was read: one empty group still says "no data".
function emptyCells(kpis: readonly KpiDefinition[]): KpiCell[] {
  return kpis.map((kpi) => ({
    kpi: kpi.id,
    group: {},
    // Stryker disable next-line StringLiteral: scoreKpis scores a cell whose value is null as no_data whatever its status says
    status: 'no_data',
    value: null,
    numerator: null,
    denominator: null,
    unit: kpi.unit,
    reason: NO_RECORDS,
  }));
}

function cellsByGroup(report: KpiReport, settings: HealthSettings): Map<string, KpiCell[]> {
  const groups = new Map<string, KpiCell[]>();
  const cells =
    report.cells.length === 0 && settings.groupBy.length === 0 ? emptyCells(settings.kpis) : report.cells;
  for (const cell of cells) {
    const key = JSON.stringify(settings.groupBy.map((dimension) => cell.group[dimension] ?? null));
    const list = groups.get(key) ?? [];
    list.push(cell);
    groups.set(key, list);
  }
  return groups;
}

function contextOf(group: Group, settings: HealthSettings): TargetScope {
  const dealer = group.dealer;
  // A record's blank dealer id (the engine groups by it as given) has no dealer targets: passed
  // on, resolveTargets would refuse it and fail the whole check over one record.
  return typeof dealer === 'string' && dealer.trim() !== '' ? { ...settings.scope, dealer } : settings.scope;
}

function scoreGroup(
  cells: KpiCell[],
  report: KpiReport,
  settings: HealthSettings,
): { group: PartsHealthGroup; findings: PartsHealthFinding[] } {
  const group = (cells[0] as KpiCell).group;
  const targets = resolveTargets(
    [defaultTargetProfile(settings.kpis), ...settings.profiles],
    contextOf(group, settings),
  );
  const scorecard = scoreKpis({ ...report, cells }, { kpis: settings.kpis, targets });
  const prefix = groupPrefix(group, settings.groupBy);
  const kpis: PartsHealthKpi[] = [];
  const findings: PartsHealthFinding[] = [];
  scorecard.rows.forEach((row, index) => {
    const cell = cells[index] as KpiCell;
    const definition = settings.kpis.find((kpi) => kpi.id === row.kpi) as KpiDefinition;
    const rule = healthRule(definition);
    kpis.push({
      kpi: row.kpi,
      name: row.name,
      rule: rule.id,
      cite: definition.cite,
      unit: row.unit,
      status: row.status,
      value: row.value,
      numerator: cell.numerator,
      denominator: cell.denominator,
      target: row.target ?? null,
      gap: row.gap,
      reason: cell.reason ?? null,
      message: row.message,
      decision: healthDecision(rule, row, cell),
    });
    if ((row.status === 'missed' || row.status === 'at_risk') && row.target && row.value !== null) {
      findings.push({
        rule: rule.id,
        kpi: row.kpi,
        group,
        severity: row.status === 'missed' ? 'major' : 'minor',
        status: row.status,
        value: row.value,
        unit: row.unit,
        target: row.target,
        gap: row.gap as string,
        cite: definition.cite,
        targetCite: row.target.cite,
        message: { en: `${prefix.en}${row.message.en}`, zh: `${prefix.zh}${row.message.zh}` },
      });
    }
  });
  return { group: { group, targetProfile: targets.id, kpis }, findings };
}

function countsOf(report: KpiReport): Record<PartsHealthInput, PartsHealthCount> {
  const counts = {} as Record<PartsHealthInput, PartsHealthCount>;
  for (const input of partsHealthInputs) {
    const count = report.inputs[input];
    counts[input] = count
      ? { read: count.read, accepted: count.accepted, rejected: count.rejected }
      : { read: 0, accepted: 0, rejected: 0 };
  }
  return counts;
}

/**
 * The parts health check (配件健康检查): turnover, days of supply, slow-moving share (≤ 6 %), fill
 * rate (≥ 98 %), outsourced share, stocktake variance gross and net (≤ 0.3 %), and, as they come
 * with the catalog, lost sales, gross profit, stock-order share and (for a period of one calendar
 * month) safety stock, per group over the period, each scored against its target with a finding
 * when it is missed (`major`) or only just met (`minor`, within the at-risk margin).
 *
 * The KPIs are `@aftersales/kpi`'s parts catalog (`partsKpis`) computed by its engine
 * (`computeKpisSync`) and scored by `scoreKpis`: the formulas, the no-data rules and the scoring
 * are the KPI package's, not repeated here. The targets are the manuals' defaults
 * (`defaultTargetProfile(partsKpis)`) with `targets` layered over them by `resolveTargets` for
 * each group's dealer. A KPI with nothing to divide by is `no_data` with its reason, never met;
 * one without a target is `no_target`. Each finding's rule is `parts.health.<KPI id without
 * parts.>` (e.g. `parts.health.fill.rate`), citing the KPI (`cite`) and the figure (`targetCite`).
 *
 * Records are the engine's fact rows; every record comes out counted or rejected (`counts`,
 * `rejected`), with its input, row, path and code. Give one set of stock positions (the period's
 * end): the slow share adds up every position dated in the period. Values are rounded half-even
 * to the KPI's precision (2 places) before scoring, so a stocktake variance of 0.304 % scores as
 * 0.30 %; `stocktakeSheet` judges the exact value.
 *
 * @param records - {@link PartsHealthRecords}
 * @param options - {@link PartsHealthOptions}
 * @returns the report (plain JSON): groups with their scored KPIs, findings, skipped KPIs, counts, rejections
 * @throws AftersalesError for a bad option or records object, naming the field (`timeZone`,
 *   `period.from`, `targets[0].targets.…`, `groupBy[0]`, `params.parts.slow.share.months`,
 *   `records.stockCounts`, …); never for a bad record
 * @example
 * const report = checkPartsHealth(
 *   { partRequests, stockCounts },
 *   { timeZone: 'Asia/Shanghai', period: { from: '2024-01-01', to: '2024-03-31' }, groupBy: ['dealer'] },
 * );
 * report.findings[0]?.message.en; // e.g. 'dealer D1: Parts fill rate 97.5 % is below the target ≥ 98 % by 0.5'
 */
export function checkPartsHealth(
  records: PartsHealthRecords,
  options: PartsHealthOptions,
): PartsHealthReport {
  const settings = readHealthOptions(options);
  const lists = readHealthRecords(records);
  const report = computeKpisSync(lists, {
    kpis: settings.kpis,
    groupBy: settings.groupBy,
    timeZone: settings.timeZone,
    period: settings.period,
    ...(settings.currency === undefined ? {} : { currency: settings.currency }),
    params: settings.params,
  });
  const groups: PartsHealthGroup[] = [];
  const findings: PartsHealthFinding[] = [];
  for (const cells of cellsByGroup(report, settings).values()) {
    const scored = scoreGroup(cells, report, settings);
    groups.push(scored.group);
    findings.push(...scored.findings);
  }
  const summary: Record<ScorecardStatus, number> = {
    met: 0,
    at_risk: 0,
    missed: 0,
    no_data: 0,
    no_target: 0,
  };
  for (const group of groups) for (const kpi of group.kpis) summary[kpi.status] += 1;
  return {
    period: settings.period,
    timeZone: settings.timeZone,
    currency: report.currency,
    groupBy: settings.groupBy,
    groups,
    findings,
    summary,
    skipped: [...settings.skipped, ...report.skipped],
    counts: countsOf(report),
    rejected: report.rejected.map((rejection) => {
      const first = rejection.issues[0] as AftersalesIssue;
      return {
        input: rejection.input,
        row: rejection.row,
        path: first.path,
        code: first.code,
        message: first.message,
        issues: rejection.issues,
      };
    }),
  };
}

/**
 * {@link checkPartsHealth} without throwing: a bad option comes back as issues.
 *
 * @example
 * const result = safeCheckPartsHealth({ partRequests }, { timeZone: 'Asia/Shanghai', period: { from: '2024-03-01', to: '2024-03-31' } });
 * if (!result.ok) console.log(result.issues[0]?.code);
 */
export function safeCheckPartsHealth(
  records: PartsHealthRecords,
  options: PartsHealthOptions,
): Result<PartsHealthReport> {
  return attempt(() => checkPartsHealth(records, options));
}
