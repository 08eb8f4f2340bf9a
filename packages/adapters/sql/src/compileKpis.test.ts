import { catalogKpi, count, defineKpi, field, kpiCatalog } from '@aftersales/kpi';
import { describe, expect, it } from 'vitest';
import { compileKpis } from './compileKpis';

const custom = defineKpi({
  id: 'acme.custom',
  area: 'service',
  name: { en: 'Custom', zh: '自定义' },
  formula: { en: 'custom', zh: '自定义' },
  source: 'repairOrder',
  periodBy: 'openedAt',
  measures: {
    ros: count(),
    odd: {
      agg: 'custom',
      init: () => 0,
      add: (state: number) => state + 1,
      merge: (a: number, b: number) => a + b,
      result: (state: number) => String(state),
    },
  },
  numerator: 'odd',
  denominator: 'ros',
  unit: 'ratio',
  direction: 'none',
  cite: 'manual:catalog.acme.custom',
  inMemoryOnly: true,
});

describe('compileKpis', () => {
  it('refuses a KPI with a custom measure with a coded sql.unsupported issue, compiling the rest', () => {
    const compiled = compileKpis([catalogKpi('ro.count'), custom], {
      dialect: 'duckdb',
      groupBy: ['dealer', 'month'],
      timeZone: 'Asia/Shanghai',
    });
    expect(compiled.kpis.map((kpi) => kpi.id)).toEqual(['ro.count']);
    expect(compiled.unsupported).toEqual([
      {
        kpi: 'acme.custom',
        issue: expect.objectContaining({ code: 'sql.unsupported', path: ['kpis', 'acme.custom'] }),
      },
    ]);
    expect(compiled.unsupported[0]?.issue.message.zh).toContain('无法编译为 SQL');
  });

  it('lists the KPIs the grouping skips, with the engine’s reason, and gives no SQL when none is left', () => {
    const compiled = compileKpis([catalogKpi('care.complaint.rate')], {
      dialect: 'postgres',
      groupBy: ['technician'],
      timeZone: 'Asia/Shanghai',
    });
    expect(compiled.sql).toBeNull();
    expect(compiled.skipped.map((skip) => skip.kpi)).toEqual(['care.complaint.rate']);
  });

  it('writes each dialect’s time-zone conversion and the tables in the schema', () => {
    const options = {
      groupBy: ['dealer' as const, 'month' as const],
      timeZone: 'Asia/Shanghai',
      schema: 'dw',
    };
    const duckdb = compileKpis([catalogKpi('ro.count')], { ...options, dialect: 'duckdb' }).sql;
    const postgres = compileKpis([catalogKpi('ro.count')], { ...options, dialect: 'postgres' }).sql;
    const ansi = compileKpis([catalogKpi('ro.count')], { ...options, dialect: 'ansi' }).sql;
    expect(duckdb).toContain(`timezone('Asia/Shanghai', t."closed_at")`);
    expect(postgres).toContain(`(t."closed_at" AT TIME ZONE 'Asia/Shanghai')`);
    expect(ansi).toContain(`CAST(t."closed_at" AT TIME ZONE 'Asia/Shanghai' AS DATE)`);
    // The month's first day in standard SQL: the date less (day of month − 1) days.
    expect(ansi).toContain(`CAST(t.row_day - (EXTRACT(DAY FROM t.row_day) - 1) * INTERVAL '1' DAY AS DATE)`);
    expect(postgres).toContain('FROM dw.repair_order t');
  });

  it('compiles the whole catalog in every dialect with nothing refused', () => {
    for (const dialect of ['duckdb', 'postgres', 'ansi'] as const) {
      const compiled = compileKpis(kpiCatalog, {
        dialect,
        groupBy: ['dealer', 'month'],
        timeZone: 'Asia/Shanghai',
      });
      expect(compiled.unsupported).toEqual([]);
      expect(compiled.kpis).toHaveLength(kpiCatalog.length);
      expect(compiled.tables).toContain('repairOrder');
    }
  });

  it('throws the engine’s coded errors for bad options and definitions', () => {
    const base = { dialect: 'duckdb' as const, groupBy: ['month' as const], timeZone: 'Asia/Shanghai' };
    expect(() => compileKpis(kpiCatalog, { ...base, timeZone: 'Mars/Base' })).toThrow(
      expect.objectContaining({ code: 'time.invalid_zone' }),
    );
    expect(() => compileKpis(kpiCatalog, { ...base, dialect: 'oracle' as never })).toThrow(
      expect.objectContaining({ code: 'input.invalid_value', path: ['dialect'] }),
    );
    expect(() => compileKpis(kpiCatalog, { ...base, groupBy: ['month', 'week'] })).toThrow(
      expect.objectContaining({ code: 'input.invalid' }),
    );
    const broken = { ...catalogKpi('ro.count'), where: field('nope') };
    expect(() => compileKpis([broken], base)).toThrow(
      expect.objectContaining({ code: 'kpi.invalid_definition' }),
    );
    expect(() => compileKpis(kpiCatalog, null as never)).toThrow(
      expect.objectContaining({ code: 'input.invalid_type' }),
    );
  });
});
