import {
  AftersalesError,
  addCalendarDays,
  isCalendarDate,
  parseRecord,
  timeZoneSchema,
  toCalendarDate,
} from '@aftersales/core';
import type { DealerDataset } from '../audit/auditTypes';
import { DealerDatasetSchema } from '../audit/datasetSchema';
import type { FileInputs } from './readFileInputs';

/** Who the files are from and which days to audit; what is not given is taken from the data. */
export interface DatasetOptions {
  readonly dealerId?: string;
  readonly dealerName?: string;
  readonly brand?: string;
  readonly timeZone: string;
  readonly currency?: string;
  /** First audited day, `YYYY-MM-DD` on the dealer's clock (default: the 1st of the earliest month with a closed RO). */
  readonly from?: string;
  /** Last audited day (default: the day of the latest RO or movement). */
  readonly to?: string;
  /** The audit's "today" (default: the day after `to`). */
  readonly asOf?: string;
}

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

function jsonList(read: FileInputs, kind: keyof FileInputs['json']): readonly unknown[] {
  const value = read.json[kind];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw AftersalesError.of('input.invalid_type', [kind], {
      expected: 'a JSON array',
      received: typeof value,
    });
  }
  return value;
}

function jsonMap(read: FileInputs, kind: 'partGroups' | 'partPrices'): Record<string, string> {
  const value = read.json[kind];
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw AftersalesError.of('input.invalid_type', [kind], {
      expected: 'a JSON object of part number → text',
      received: Array.isArray(value) ? 'array' : typeof value,
    });
  }
  return value as Record<string, string>;
}

// The local dates a dataset's records carry: ROs by when they closed (else opened), movements by when they happened.
function datesOf(records: readonly unknown[], fields: readonly string[], timeZone: string): string[] {
  const dates: string[] = [];
  for (const record of records) {
    const row = record as Record<string, unknown>;
    for (const field of fields) {
      const value = row[field];
      if (typeof value === 'string') {
        dates.push(toCalendarDate(value, timeZone));
        break;
      }
    }
  }
  return dates;
}

const firstOfMonth = (date: string) => `${date.slice(0, 8)}01`;

function checkDate(option: string, value: string | undefined): string | undefined {
  if (value === undefined || isCalendarDate(value)) return value;
  throw AftersalesError.of('input.invalid_format', [option], { format: 'calendar date YYYY-MM-DD' });
}

/**
 * Puts what was read from files into one `DealerDataset`, on top of a `dataset=` JSON document if
 * one was given. The period, when not given, spans the data: from the 1st of the month of the
 * first closed RO (or movement) to the last one's day, and "today" is the day after. Repair
 * orders also serve the claim audit as its RO history.
 *
 * @example
 * const dataset = datasetFromFiles(read, { timeZone: 'Asia/Shanghai', dealerId: 'D0571' });
 * dataset.period; // { from: '2024-03-01', to: '2024-04-01' } for ROs closed 5 March to 1 April
 */
export function datasetFromFiles(read: FileInputs, options: DatasetOptions): DealerDataset {
  const timeZone = parseRecord(timeZoneSchema, options.timeZone);
  const base =
    read.json.dataset === undefined ? undefined : parseRecord(DealerDatasetSchema, read.json.dataset);
  const repairOrders = [...(base?.repairOrders ?? []), ...read.repairOrders];
  const movements = [...(base?.parts.movements ?? []), ...read.stockMovements];
  const dates = [
    ...datesOf(repairOrders, ['closedAt', 'openedAt'], timeZone),
    ...datesOf(movements, ['occurredAt'], timeZone),
  ].sort();
  const first = dates[0];
  const from = checkDate('--from', options.from) ?? base?.period.from ?? (first && firstOfMonth(first));
  const to = checkDate('--to', options.to) ?? base?.period.to ?? dates[dates.length - 1];
  if (from === undefined || to === undefined) {
    // When every row was refused, say so: the refusals are listed once a period is given.
    const refused = read.rejections.length;
    throw AftersalesError.of('cli.missing_argument', [from === undefined ? '--from' : '--to'], {
      what: `--from and --to: no accepted repair order or stock movement dates the audit period${refused > 0 ? ` (${refused} row(s) refused; give --from and --to to see why)` : ''}`,
      whatZh: `--from 与 --to：没有已接受的工单或出入库记录可确定审计期间${refused > 0 ? `（${refused} 行被拒绝；给出 --from 与 --to 可查看原因）` : ''}`,
    });
  }
  const period = { from, to };
  const asOf = checkDate('--as-of', options.asOf) ?? base?.asOf ?? addCalendarDays(period.to, 1);
  const firstDealer = (repairOrders[0] as { dealerId?: unknown } | undefined)?.dealerId;
  const dealerId =
    options.dealerId ?? base?.dealer.id ?? (typeof firstDealer === 'string' ? firstDealer : 'dealer');
  const dataset = {
    dealer: {
      id: dealerId,
      name: options.dealerName ?? base?.dealer.name ?? dealerId,
      ...((options.brand ?? base?.dealer.brand) ? { brand: options.brand ?? base?.dealer.brand } : {}),
      timeZone,
      currency: options.currency ?? base?.dealer.currency ?? 'CNY',
    },
    period,
    asOf,
    repairOrders,
    complaints: [...(base?.complaints ?? []), ...jsonList(read, 'complaints')],
    appointments: [...(base?.appointments ?? []), ...jsonList(read, 'appointments')],
    surveys: [...(base?.surveys ?? []), ...jsonList(read, 'surveys')],
    warranty: {
      vehicles: [...list(base?.warranty.vehicles), ...jsonList(read, 'vehicles')],
      // The claim audit reads RO headers; a full RO is one (its extra fields are ignored).
      repairOrders: [...list(base?.warranty.repairOrders), ...read.repairOrders],
      claims: [...list(base?.warranty.claims), ...read.claims],
      laborTimes: [...list(base?.warranty.laborTimes), ...jsonList(read, 'laborTimes')],
      partGroups: { ...base?.warranty.partGroups, ...jsonMap(read, 'partGroups') },
      partPrices: { ...base?.warranty.partPrices, ...jsonMap(read, 'partPrices') },
    },
    parts: {
      parts: [...(base?.parts.parts ?? []), ...read.parts],
      movements,
      positions: [...(base?.parts.positions ?? []), ...jsonList(read, 'stockPositions')],
    },
    vehicleCases: [...(base?.vehicleCases ?? []), ...jsonList(read, 'vehicleCases')],
  };
  // The dealer and period as assembled go through the same schema as a dataset document.
  return parseRecord(DealerDatasetSchema, dataset) as DealerDataset;
}
