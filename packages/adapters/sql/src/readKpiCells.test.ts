import { catalogKpi } from '@aftersales/kpi';
import { describe, expect, it } from 'vitest';
import { compileKpis } from './compileKpis';
import { readKpiCells } from './readKpiCells';

const compiled = compileKpis([catalogKpi('labor.elr'), catalogKpi('ro.dwell.p90')], {
  dialect: 'postgres',
  groupBy: ['dealer', 'week'],
  timeZone: 'Asia/Shanghai',
});

describe('readKpiCells', () => {
  it('maps rows to cells: exact decimals as the engine writes them, the ISO week of period_start', () => {
    const cells = readKpiCells(
      [
        // pg gives NUMERIC as text with its scale; the engine drops trailing zeros.
        {
          kpi: 'labor.elr',
          dealer: 'D2',
          period_start: '2024-12-30',
          numerator: '1900.0000',
          denominator: '5.0000',
          value: '380.00',
          missing_measure: null,
        },
        {
          kpi: 'labor.elr',
          dealer: 'D1',
          period_start: '2024-12-30',
          numerator: '0.0000',
          denominator: '0.0000',
          value: null,
          missing_measure: null,
        },
      ],
      compiled,
    );
    expect(cells).toEqual([
      {
        kpi: 'labor.elr',
        group: { dealer: 'D1' },
        // 2024-12-30 is the Monday of ISO week 1 of 2025.
        period: { grain: 'week', label: '2025-W01', from: '2024-12-30', to: '2025-01-05' },
        unit: 'money/hour',
        currency: 'CNY',
        status: 'no_data',
        value: null,
        numerator: '0',
        denominator: '0',
        // The KPI's own reason for a zero denominator (labor.elr's noData).
        reason: { en: 'no sold hours', zh: '无结算工时' },
      },
      {
        kpi: 'labor.elr',
        group: { dealer: 'D2' },
        period: { grain: 'week', label: '2025-W01', from: '2024-12-30', to: '2025-01-05' },
        unit: 'money/hour',
        currency: 'CNY',
        status: 'value',
        value: '380',
        numerator: '1900',
        denominator: '5',
      },
    ]);
  });

  it('gives the engine’s reason for a percentile with no values, from missing_measure', () => {
    const [cell] = readKpiCells(
      [
        {
          kpi: 'ro.dwell.p90',
          dealer: null,
          period_start: '2024-03-04',
          numerator: null,
          denominator: null,
          value: null,
          missing_measure: 'p90',
        },
      ],
      compiled,
    );
    expect(cell?.reason).toEqual({ en: 'no values to take a percentile of', zh: '无可计算分位数的数据' });
    expect(cell?.group).toEqual({ dealer: null });
  });

  it('reads bigints, numbers and value objects (DuckDB) as decimals', () => {
    const decimal = { toString: () => '12.5000' };
    const [cell] = readKpiCells(
      [
        {
          kpi: 'labor.elr',
          dealer: 'D',
          period_start: '2024-03-04',
          numerator: 25n,
          denominator: 2,
          value: decimal,
          missing_measure: null,
        },
      ],
      compiled,
    );
    expect([cell?.numerator, cell?.denominator, cell?.value]).toEqual(['25', '2', '12.5']);
  });

  it('throws coded errors naming the row and column of a row the query cannot give', () => {
    const row = {
      kpi: 'labor.elr',
      dealer: 'D',
      period_start: '2024-03-04',
      numerator: '1',
      denominator: '1',
      value: '1',
    };
    expect(() => readKpiCells([{ ...row, value: 'one' }], compiled)).toThrow(
      expect.objectContaining({ code: 'input.invalid_type', path: ['rows', 0, 'value'] }),
    );
    expect(() => readKpiCells([{ ...row, kpi: 'ro.count' }], compiled)).toThrow(
      expect.objectContaining({ code: 'input.invalid_value', path: ['rows', 0, 'kpi'] }),
    );
    expect(() => readKpiCells([row, { ...row, period_start: '2024-13-01' }], compiled)).toThrow(
      expect.objectContaining({ code: 'input.invalid_type', path: ['rows', 1, 'period_start'] }),
    );
    expect(() => readKpiCells('rows' as never, compiled)).toThrow(
      expect.objectContaining({ code: 'input.invalid_type' }),
    );
    expect(() => readKpiCells([], {} as never)).toThrow(
      expect.objectContaining({ code: 'input.invalid_type' }),
    );
  });
});
