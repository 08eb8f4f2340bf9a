import { kpiSources } from '@aftersales/kpi';
import { describe, expect, it } from 'vitest';
import { factTableDdl } from './tableLayout';

describe('factTableDdl', () => {
  it('creates one table per fact source and the calendar, columns in snake_case with their types', () => {
    const statements = factTableDdl('postgres');
    expect(statements).toHaveLength(Object.keys(kpiSources).length + 1);
    const claims = statements.find((statement) => statement.startsWith('CREATE TABLE warranty_claim ('));
    expect(claims).toContain('"claimed_amount" NUMERIC(18,4) NOT NULL');
    expect(claims).toContain('"old_part_deadline" DATE');
    expect(claims).toContain('"paid_at" TIMESTAMPTZ');
    const labor = statements.find((statement) => statement.startsWith('CREATE TABLE labor_line ('));
    // `authorization` is reserved in SQL: quoted.
    expect(labor).toContain('"authorization" TEXT');
    expect(statements.at(-1)).toContain('CREATE TABLE calendar_day');
  });

  it('puts the tables in a schema, and types them per dialect', () => {
    const duckdb = factTableDdl('duckdb', { schema: 'kpi' });
    expect(duckdb[0]).toMatch(/^CREATE TABLE kpi\.repair_order \(/);
    expect(duckdb[0]).toContain('"labor_sales" DECIMAL(18,4)');
    expect(factTableDdl('ansi')[0]).toContain('"opened_at" TIMESTAMP WITH TIME ZONE');
  });

  it('throws coded errors for an unknown dialect or a schema that is not a plain identifier', () => {
    expect(() => factTableDdl('mysql' as never)).toThrow(
      expect.objectContaining({ code: 'input.invalid_value' }),
    );
    expect(() => factTableDdl('duckdb', { schema: 'x; DROP TABLE y' })).toThrow(
      expect.objectContaining({ code: 'input.invalid_format', path: ['schema'] }),
    );
  });
});
