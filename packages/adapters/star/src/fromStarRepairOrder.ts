import { type RepairOrder, RepairOrderSchema, safeParseRecord } from '@aftersales/core';
import { addAssumed, addUnmappable, createContext, keepUnmapped, type MapContext } from './context';
import { amountOf, checkSummary, checkTotal, estimateOf } from './financialSummary';
import { normalizeRepairOrder } from './lenientRepairOrder';
import { mapLineItem } from './lineItem';
import { parseImportOptions, type ResolvedStarImportOptions, type StarImportOptions } from './options';
import { failed, runMapping, type StarResult, validateRecord } from './result';
import { checkSplitExample, mappedHeader, readOdometer } from './roExtras';
import { currencyOf, kindOf } from './roHeader';
import { type StarRepairOrder, StarRepairOrderSchema } from './schemas/repairOrder';
import { advisorOf, technicianOf } from './staff';
import { flowPositionOf, instantsOfEvents } from './statusEvents';

/**
 * Reads a STAR repair order into a core {@link RepairOrder}, validated by core's
 * `RepairOrderSchema`, with notes on everything read leniently, assumed, kept in
 * `extensions.star` or found inconsistent. The examples' dialect of STAR (field names and values
 * the schema does not list) is read leniently; what STAR's schema rejects is rejected with
 * `input.*` issues at the STAR path; what cannot be mapped is `star.unmappable`. Never throws.
 *
 * Header: `repair_order_key` → `id`, `repair_order_id` → `roNumber` (each the other when one is
 * missing); dealer, advisor, VIN and opening instant from the document, else the options. Each
 * line item is a job; each labor operation a labor line (one per payer when split). See
 * docs/adapter-star.md for every field.
 *
 * @param doc - the parsed JSON of a STAR repair order
 * @param options - the dealer's time zone and what the document may lack; see {@link StarImportOptions}
 * @example
 * const result = fromStarRepairOrder(json, { timeZone: 'America/New_York', vin: '1FTFW1E50NFA00001' });
 * if (result.ok) console.log(result.value.jobs.length, result.notes.length);
 * else console.log(result.issues[0]?.code); // e.g. 'input.invalid_value'
 */
export function fromStarRepairOrder(doc: unknown, options: StarImportOptions): StarResult<RepairOrder> {
  const resolved = parseImportOptions(options);
  if (!resolved.ok) return { ok: false, issues: resolved.issues, notes: [] };
  const ctx = createContext();
  return runMapping(ctx, doc, () => {
    const normalized = normalizeRepairOrder(ctx, doc);
    const parsed = safeParseRecord(StarRepairOrderSchema, normalized);
    if (!parsed.ok) return failed(ctx, parsed.issues);
    const record = mapRepairOrder(ctx, parsed.value, resolved.value);
    if (record === undefined) return failed(ctx);
    return validateRecord(ctx, RepairOrderSchema, record, resolved.value.vinCheckDigit);
  });
}

const ZH: Readonly<Record<string, string>> = {
  'repair order id': '工单号',
  dealer: '经销商',
  VIN: '车辆识别代号',
  'service advisor': '服务顾问',
  'opening instant': '开单时间',
};

function required(
  ctx: MapContext,
  value: string | undefined,
  path: (string | number)[],
  what: string,
  option: string | undefined,
): string {
  if (value === undefined) {
    const hint = option === undefined ? '' : ` (pass options.${option})`;
    const hintZh = option === undefined ? '' : `（请传入 options.${option}）`;
    addUnmappable(ctx, path, `no ${what} in the document${hint}`, `文档中无${ZH[what] ?? what}${hintZh}`);
  }
  return value ?? '';
}

/** The mapping proper, on a document that passed the STAR schema. */
export function mapRepairOrder(
  ctx: MapContext,
  ro: StarRepairOrder,
  options: ResolvedStarImportOptions,
): Record<string, unknown> | undefined {
  const currency = currencyOf(ctx, ro, options);
  if (currency === undefined) return undefined;
  const out: Record<string, unknown> = {};
  const roNumber = ro.repair_order_id ?? ro.repair_order_key;
  out.id = ro.repair_order_key ?? roNumber;
  out.roNumber = required(ctx, roNumber, ['repair_order_id'], 'repair order id', undefined);
  const dealer = ro.dealer_references?.[0];
  out.dealerId = required(
    ctx,
    dealer?.dealer_id ?? dealer?.dealer_key ?? options.dealerId,
    ['dealer_references'],
    'dealer',
    'dealerId',
  );
  out.vin = required(
    ctx,
    ro.vehicle_reference?.vin ?? options.vin,
    ['vehicle_reference', 'vin'],
    'VIN',
    'vin',
  );
  out.advisorId = required(
    ctx,
    advisorOf(ro.staff_assignments) ?? options.advisorId,
    ['staff_assignments'],
    'service advisor',
    'advisorId',
  );
  const { kind, from } = kindOf(ctx, ro, options);
  out.kind = kind;
  out.currency = currency;
  const summary = ro.repair_status_summary;
  const { instants, unread } = instantsOfEvents(ro.repair_status_events ?? []);
  const opened = summary?.repair_order_duration?.start_date_time ?? options.openedAt;
  out.openedAt = required(
    ctx,
    opened,
    ['repair_status_summary', 'repair_order_duration', 'start_date_time'],
    'opening instant',
    'openedAt',
  );
  const position = flowPositionOf(
    ctx,
    summary?.current_repair_status_type,
    summary?.current_repair_stage_type,
    instants,
    ['repair_status_summary'],
  );
  Object.assign(out, position);
  for (const [key, at] of Object.entries(instants)) {
    if (key === 'qc.finalAt') out.qc = { finalAt: at };
    else out[key] = at;
  }
  if (ro.invoice_identifier !== undefined) out.invoiceNumber = ro.invoice_identifier;
  readOdometer(ctx, ro, options, out);
  const technician = technicianOf(ro.staff_assignments);
  const env = { currency, defaultPayType: options.defaultPayType, roTechnicianId: technician };
  const jobs = (ro.repair_order_line_items ?? []).map((item, i) =>
    mapLineItem(ctx, item, { ...env, fallbackId: `LINE-${i + 1}` }, ['repair_order_line_items', i]),
  );
  if ((ro.labor_operations ?? []).length > 0) {
    addAssumed(
      ctx,
      ['labor_operations'],
      'one job STAR-OPS',
      'labor operations outside any line item',
      '工时不属于任何维修项目',
      '一个维修项目 STAR-OPS',
    );
    const item = {
      repair_order_line_id: 'STAR-OPS',
      service_jobs: [{ labor_operations: ro.labor_operations }],
    };
    jobs.push(
      mapLineItem(ctx, item, { ...env, fallbackId: 'STAR-OPS' }, ['labor_operations'], (_s, o) => [
        'labor_operations',
        o,
      ]),
    );
  }
  out.jobs = jobs;
  checkSplitExample(ctx, ro, jobs);
  const fin = ro.repair_financial_summary;
  let summaryAgrees = true;
  if (fin !== undefined) {
    const path = ['repair_financial_summary'];
    const estimate = estimateOf(ctx, fin, currency, path);
    if (estimate !== undefined) out.estimate = estimate;
    summaryAgrees = checkSummary(ctx, fin, currency, path);
    const lines = jobs.flatMap((job) => job.laborLines ?? []);
    const amounts = lines.map((line) =>
      line.laborAmount === undefined ? undefined : String(line.laborAmount),
    );
    const labor = amountOf(ctx, fin, 'actual_labor_amount', currency, path);
    if (lines.length > 0) {
      summaryAgrees &&= checkTotal(ctx, labor, amounts, 'the labor lines', '工时行', [
        ...path,
        'actual_labor_amount',
      ]);
    } else if (labor !== undefined) summaryAgrees = false;
    const charges = [];
    const misc = amountOf(ctx, fin, 'actual_misc_amount', currency, path);
    const tax = amountOf(ctx, fin, 'actual_tax_amount', currency, path);
    if (misc !== undefined) charges.push({ id: 'star-misc', kind: 'misc', amount: misc, payType: 'CP' });
    if (tax !== undefined) charges.push({ id: 'star-tax', kind: 'tax', amount: tax, payType: 'CP' });
    if (charges.length > 0) {
      out.charges = charges;
      addAssumed(
        ctx,
        [...path, 'actual_misc_amount'],
        'CP',
        'misc and tax charges name no payer',
        '杂费与税费未注明付费方',
      );
    }
  }
  if (ro.repair_order_description !== undefined && ro.repair_order_description.length > 0) {
    out.notes = ro.repair_order_description.join('\n');
  }
  const kept = keepUnmapped(
    ctx,
    { ...ro, repair_status_events: unread.length > 0 ? unread : undefined },
    mappedHeader(ro, from, summaryAgrees),
    [],
  );
  if (kept !== undefined) out.extensions = { star: kept };
  return ctx.issues.length > 0 ? undefined : out;
}
