import { z } from 'zod';

// What the HTML report reads of an AuditReport, field by field, so that a report edited or built
// by hand is refused with the path of the first wrong field instead of failing half-way through a
// section. Objects are loose: the report's other fields are not the renderer's business.

const text = z.string();
const count = z.number();
const localized = z.looseObject({ en: z.string(), zh: z.string() });
const figure = z.string().nullable();
const target = z
  .looseObject({
    atLeast: text.optional(),
    above: text.optional(),
    atMost: text.optional(),
    below: text.optional(),
  })
  .nullable()
  .optional();
const list = <T extends z.ZodType>(item: T) => z.array(item);
const counts = <K extends string>(keys: readonly K[]) =>
  z.looseObject(Object.fromEntries(keys.map((key) => [key, count])) as Record<K, typeof count>);

const scorecardRow = z.looseObject({
  kpi: text,
  name: localized,
  group: z.record(z.string(), z.string().nullable().optional()).nullable().optional(),
  period: z.looseObject({ label: text }).optional(),
  value: figure,
  unit: text,
  currency: text.optional(),
  target,
  status: text,
  gap: figure,
  trend: z.looseObject({ direction: text, previous: figure }),
  message: localized,
});

const drillDown = list(
  z.looseObject({
    id: text,
    date: text,
    label: localized,
    facts: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  }),
);

const service = z.looseObject({
  repairOrderAudit: z.looseObject({
    audited: count,
    withFindings: count,
    byCode: z.record(z.string(), count),
    findings: list(
      z.looseObject({ repairOrderId: text, code: text, rule: text, cite: text, message: localized }),
    ),
  }),
  scorecard: z.looseObject({
    rows: list(scorecardRow),
    summary: z.looseObject({ counts: counts(['met', 'at_risk', 'missed', 'no_data', 'no_target']) }),
  }),
  trends: list(
    z.looseObject({
      kpi: text,
      name: localized,
      unit: text,
      months: list(z.looseObject({ month: text, value: figure })),
      target: text.optional(),
    }),
  ),
  comebacks: drillDown,
  complaints: drillDown,
});

const parts = z.looseObject({
  health: z.looseObject({
    kpis: list(
      z.looseObject({
        kpi: text,
        name: localized,
        value: figure,
        unit: text,
        target,
        status: text,
        gap: figure,
        reason: localized.nullable().optional(),
        message: localized,
      }),
    ),
    findings: list(z.unknown()),
  }),
  abc: list(z.looseObject({ class: z.enum(['A', 'B', 'C', 'none']), parts: count, stockValue: text })),
  ageing: list(z.looseObject({ label: localized, stockValue: text })),
  suggestedOrder: z.looseObject({
    lines: count,
    value: text,
    top: list(z.looseObject({ partNumber: text, quantity: text, value: text, reason: localized })),
  }),
});

const warranty = z.looseObject({
  claims: z.looseObject({
    summary: counts(['read', 'approved', 'withFindings', 'rejected']).extend({
      bySeverity: counts(['reject', 'review', 'info']),
    }),
    findings: list(
      z.looseObject({
        claimId: text.nullable(),
        row: count,
        code: text,
        severity: text,
        rule: text,
        cite: text,
        message: localized,
      }),
    ),
  }),
  sanbao: list(
    z.looseObject({
      vin: text,
      jurisdiction: text,
      decision: z.looseObject({
        outcome: text,
        trace: list(z.looseObject({ status: text, cite: text, message: localized })),
      }),
    }),
  ),
});

/**
 * The report and options `renderHtmlReport` takes, as it reads them: issues name `report.…` or
 * `options.…`.
 *
 * @example
 * safeParseRecord(HtmlReportInputSchema, { report, options: { lang: 'zh' } }).ok; // true
 */
export const HtmlReportInputSchema = z.object({
  report: z.looseObject({
    dealer: z.looseObject({ id: text, name: text, brand: text.optional(), timeZone: text, currency: text }),
    period: z.looseObject({ from: text, to: text }),
    asOf: text,
    inputs: z.record(z.string(), counts(['read', 'accepted', 'rejected'])),
    rejections: list(
      z.looseObject({
        input: text,
        row: count,
        issues: list(z.looseObject({ path: list(z.union([z.string(), z.number()])), message: localized })),
      }),
    ),
    findingCount: count,
    service,
    parts,
    warranty,
  }),
  options: z.object({
    lang: z.enum(['en', 'zh']),
    maxRows: z.number().int().nonnegative().optional(),
  }),
});
