import { isAftersalesError } from '@aftersales/core';
import { describe, expect, it } from 'vitest';
import { count, countDistinct, eq, field, sum } from '../definition/builders';
import type { Measure } from '../definition/expr';
import type { CustomMeasure, KpiDefinition } from '../definition/kpiDefinition';
import { computeKpisSync } from './computeKpis';
import type { GroupKey } from './kpiReport';
import { createPlan } from './plan';

const elr: KpiDefinition = {
  id: 'test.elr',
  area: 'service',
  name: { en: 'Effective labor rate', zh: '有效工时单价' },
  formula: { en: 'labor sales ÷ sold hours', zh: '工时收入 ÷ 结算工时' },
  source: 'laborLine',
  periodBy: 'roClosedAt',
  measures: { sales: sum(field('laborAmount')), hours: sum(field('soldHours')), lines: count() },
  numerator: 'sales',
  denominator: 'hours',
  unit: 'money/hour',
  direction: 'higher',
  cite: 'manual:catalog.labor.elr',
};
const bare = Object.create(null);
// The ELR definition without a denominator: a KPI whose value is one measure.
const { denominator: _denominator, ...oneMeasure } = elr;

/** The error `createPlan` throws for a definition: its code and reason, or the uncoded error. */
function refusal(changes: Record<string, unknown>): string {
  try {
    createPlan({
      kpis: [{ ...elr, ...changes } as KpiDefinition],
      groupBy: ['dealer', 'month'],
      timeZone: 'UTC',
    });
    return 'planned';
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    return `${error.code}: ${String(error.issues[0]?.params?.reason)}`;
  }
}
const measure = (m: unknown) => ({ measures: { ...elr.measures, m } });

/** The Chinese reason of the refusal (`reasonZh`), or 'planned'. */
function refusalZh(changes: Record<string, unknown>): string {
  try {
    createPlan({ kpis: [{ ...elr, ...changes } as KpiDefinition], groupBy: ['month'], timeZone: 'UTC' });
    return 'planned';
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    return String(error.issues[0]?.params?.reasonZh);
  }
}

describe('createPlan gives the reason a definition does not check in Chinese too', () => {
  it('for its own checks and for the problems of compiling an expression', () => {
    expect(refusalZh({ precision: 13 })).toBe('precision 为 0–12 位小数');
    expect(refusalZh({ measures: {} })).toBe('没有任何度量');
    expect(refusalZh({ source: 'nowhere' })).toBe('未知数据源“nowhere”');
    expect(refusalZh(measure({ agg: 'sum', of: field('roId') }))).toBe('m.of：对字符串求和');
    expect(refusalZh(measure({ agg: 'count', where: field('soldHours') }))).toBe('m：where 不是布尔值');
    expect(
      refusalZh(measure({ agg: 'sum', of: { op: 'add', args: [field('soldHours'), field('roId')] } })),
    ).toBe('m.of：应为数值，实际为字符串');
    expect(refusalZh({ numerator: 'nothing' })).toBe('numerator：没有度量“nothing”');
  });

  it('in the message a user reads', () => {
    try {
      createPlan({ kpis: [{ ...elr, precision: 13 }], groupBy: ['month'], timeZone: 'UTC' });
      expect.unreachable('a precision of 13 places does not check');
    } catch (error) {
      if (!isAftersalesError(error)) throw error;
      expect(error.messages.zh).toContain('指标“test.elr”定义无效：precision 为 0–12 位小数');
    }
  });
});

describe('createPlan refuses a definition that does not check with kpi.invalid_definition', () => {
  it('for a source or period field that is an inherited key or no string at all', () => {
    expect(refusal({ source: 'constructor' })).toBe("kpi.invalid_definition: unknown source 'constructor'");
    expect(refusal({ source: bare })).toBe("kpi.invalid_definition: unknown source 'object'");
    expect(refusal({ periodBy: bare })).toBe(
      "kpi.invalid_definition: periodBy 'object' is not a field of laborLine",
    );
    expect(refusal({ periodBy: 'toString' })).toBe(
      "kpi.invalid_definition: periodBy 'toString' is not a field of laborLine",
    );
  });

  it('for a measure of the wrong shape', () => {
    expect(refusal(measure({ agg: bare }))).toBe("kpi.invalid_definition: m: unknown aggregate 'object'");
    expect(refusal(measure({ agg: 'count', window: null }))).toMatch(/^kpi.invalid_definition: a window is/);
    expect(refusal(measure({ agg: 'countDistinct', of: field('roId'), intersect: null }))).toBe(
      'kpi.invalid_definition: m.intersect: not a set of rows',
    );
    const quantile = { agg: 'quantile', of: field('soldHours'), q: 0.5, resolution: '1' };
    expect(refusal(measure({ ...quantile, resolution: bare }))).toMatch(
      /^kpi.invalid_definition: m.resolution:/,
    );
    expect(refusal(measure({ ...quantile, q: bare }))).toBe(
      'kpi.invalid_definition: m.q: q must be in (0, 1]',
    );
    expect(refusal({ inMemoryOnly: true, ...measure({ agg: 'custom', init: 5 }) })).toBe(
      'kpi.invalid_definition: m: a custom measure needs init, add, merge and result functions',
    );
  });

  it('for a formula constant that is no number, an operator that is no string, or nesting too deep', () => {
    expect(refusal({ numerator: { const: bare } })).toBe(
      'kpi.invalid_definition: numerator: a constant is a decimal string or a safe integer',
    );
    expect(refusal({ numerator: { const: 'abc' } })).toBe(
      'kpi.invalid_definition: numerator: a constant is a decimal string or a safe integer',
    );
    expect(refusal({ numerator: { op: bare, args: ['sales', 'lines'] } })).toMatch(
      /^kpi.invalid_definition: numerator: a formula is/,
    );
    let deep: unknown = 'sales';
    for (let i = 0; i < 20_000; i += 1) deep = { op: 'add', args: [deep, 'lines'] };
    expect(refusal({ numerator: deep })).toMatch(/nested more than \d+ deep$/);
  });

  it('for a scale or precision the report could not use (computeKpis takes definitions as they are)', () => {
    expect(refusal({ scale: bare })).toBe(
      'kpi.invalid_definition: scale is a positive whole number (100 for a percentage)',
    );
    expect(refusal({ precision: 1.5 })).toBe('kpi.invalid_definition: precision is 0–12 decimal places');
    expect(refusal({ precision: 2, scale: 100 })).toBe('planned');
  });
});

/** The first issue `createPlan` raises for `kpis` grouped by `groupBy`: code, path and params. */
function issueOf(kpis: readonly unknown[], groupBy: readonly unknown[] | string = ['dealer', 'month']) {
  try {
    createPlan({ kpis: kpis as KpiDefinition[], groupBy: groupBy as GroupKey[], timeZone: 'UTC' });
    return 'planned';
  } catch (error) {
    if (!isAftersalesError(error)) throw error;
    const { code, path, params } = error.issues[0] ?? {};
    return { code, path, params };
  }
}

describe('createPlan checks groupBy', () => {
  it('refuses a groupBy that is no array, a dimension given twice and a second calendar grain', () => {
    expect(issueOf([elr], 'month')).toEqual({
      code: 'input.invalid_type',
      path: ['groupBy'],
      params: { expected: 'an array', received: 'string' },
    });
    expect(issueOf([elr], ['dealer', 'month', 'dealer'])).toEqual({
      code: 'input.invalid',
      path: ['groupBy', 2],
      params: { detail: "'dealer' is given twice", detailZh: '“dealer”重复给出' },
    });
    expect(issueOf([elr], ['month', 'dealer', 'quarter'])).toEqual({
      code: 'input.invalid',
      path: ['groupBy', 2],
      params: { detail: 'only one calendar grain', detailZh: '只能给出一个日历粒度' },
    });
  });
});

describe('createPlan names the KPI, and the part of it, that does not check', () => {
  const reasonOf = (changes: Record<string, unknown>, groupBy?: readonly string[]) =>
    issueOf([{ ...elr, ...changes }], groupBy);

  it('for a KPI that is no object, by its index, and for an id given twice, by the id', () => {
    expect(issueOf([elr, null])).toEqual({
      code: 'kpi.invalid_definition',
      path: ['kpis', 1],
      params: { kpi: '1', reason: 'not a KPI definition', reasonZh: '不是指标定义' },
    });
    expect(issueOf([elr, { ...elr }])).toEqual({
      code: 'kpi.invalid_definition',
      path: ['kpis', 'test.elr'],
      params: { kpi: 'test.elr', reason: 'the id is given twice', reasonZh: 'id 重复给出' },
    });
  });

  it('for a measure that is no object, and a numerator that is no formula', () => {
    expect(reasonOf(measure(null))).toEqual({
      code: 'kpi.invalid_definition',
      path: ['kpis', 'test.elr', 'measures', 'm'],
      params: { kpi: 'test.elr', reason: 'not a measure', reasonZh: '不是度量' },
    });
    expect(reasonOf({ numerator: 5 })).toEqual({
      code: 'kpi.invalid_definition',
      path: ['kpis', 'test.elr', 'measures'],
      params: { kpi: 'test.elr', reason: 'numerator: not a formula', reasonZh: 'numerator：不是公式' },
    });
  });

  it('for a period field that is neither an instant nor a date, naming the first measure', () => {
    expect(reasonOf({ periodBy: 'roId' })).toEqual({
      code: 'kpi.invalid_definition',
      path: ['kpis', 'test.elr', 'measures', 'sales'],
      params: {
        kpi: 'test.elr',
        reason: "periodBy 'roId' is not an instant or a date",
        reasonZh: 'periodBy“roId”不是时刻或日期',
      },
    });
  });

  it('for a quantile resolution of 0', () => {
    const quantile = { agg: 'quantile', of: field('soldHours'), q: 0.5, resolution: '0' };
    expect(reasonOf(measure(quantile))).toMatchObject({
      params: {
        reason: 'm.resolution: resolution must be above 0',
        reasonZh: 'm.resolution：resolution 必须大于 0',
      },
    });
  });

  it('for a set taken from a source that lacks dimensions of the grouping', () => {
    // Labor lines have an advisor and a technician; workshop days only a dealer.
    const lines = countDistinct(field('roId'), {});
    const days = { source: 'workshopDay', periodBy: 'date', of: field('id') };
    expect(reasonOf(measure({ ...lines, intersect: days }), ['advisor', 'technician', 'month'])).toEqual({
      code: 'kpi.invalid_definition',
      path: ['kpis', 'test.elr', 'measures'],
      params: {
        kpi: 'test.elr',
        reason: 'm.intersect: workshopDay has no advisor, technician',
        reasonZh: 'm.intersect：workshopDay 没有 advisor、technician',
      },
    });
  });
});

describe('createPlan skips an "as of" KPI when the grouping has no calendar grain', () => {
  const asOf = { en: 'an "as of" KPI needs a calendar grain', zh: '时点类指标需要按日历周期分组' };
  const skippedBy = (m: Record<string, unknown>) => {
    const plan = createPlan({
      kpis: [{ ...elr, ...measure(m) } as KpiDefinition],
      groupBy: ['dealer'],
      timeZone: 'UTC',
    });
    return plan.kpis[0]?.skipped;
  };
  const window = { months: 12 };
  const set = { of: field('roId') };

  it('for a window on the measure, on its intersect set or on its except set', () => {
    expect(skippedBy({ agg: 'count', window })).toEqual(asOf);
    expect(skippedBy({ agg: 'countDistinct', of: field('roId'), intersect: { ...set, window } })).toEqual(
      asOf,
    );
    expect(skippedBy({ agg: 'countDistinct', of: field('roId'), except: { ...set, window } })).toEqual(asOf);
  });

  it('but not for measures and sets with no window', () => {
    expect(skippedBy({ agg: 'count' })).toBeUndefined();
    expect(skippedBy({ agg: 'countDistinct', of: field('roId'), intersect: set })).toBeUndefined();
    expect(skippedBy({ agg: 'countDistinct', of: field('roId'), except: set })).toBeUndefined();
    expect(
      skippedBy({ agg: 'countDistinct', of: field('roId'), intersect: set, except: set }),
    ).toBeUndefined();
  });
});

describe('a custom measure reads a row', () => {
  /** A custom measure counting the rows for which `test` holds of what `read(name)` gives. */
  const counter = (name: string, test: (value: unknown) => boolean): CustomMeasure<number> => ({
    agg: 'custom',
    init: () => 0,
    add: (state, read) => (test(read(name)) ? state + 1 : state),
    merge: (a, b) => a + b,
    result: (state) => String(state),
  });
  const customKpi = (source: string, periodBy: string, m: CustomMeasure<number>): KpiDefinition => ({
    ...oneMeasure,
    id: `test.read.${source}`,
    source,
    periodBy,
    measures: { m: m as CustomMeasure },
    numerator: 'm',
    precision: 0,
    inMemoryOnly: true,
  });
  const valuesOf = (records: Record<string, unknown[]>, kpi: KpiDefinition) =>
    computeKpisSync(records, { kpis: [kpi], groupBy: ['dealer'], timeZone: 'Asia/Shanghai' }).cells.map(
      (cell) => cell.value,
    );

  it('an instant as ISO text in UTC, even of a field no expression of the report reads', () => {
    const ro = {
      id: 'R1',
      dealerId: 'D1',
      openedAt: '2024-03-01T09:00:00+08:00',
      closedAt: '2024-03-02T09:00:00+08:00',
      jobs: [],
    };
    // 09:00 in Shanghai (UTC+8) is 01:00 UTC.
    const closed = counter('closedAt', (value) => value === '2024-03-02T01:00:00.000Z');
    expect(valuesOf({ repairOrders: [ro] }, customKpi('repairOrder', 'openedAt', closed))).toEqual(['1']);
  });

  it('a date as YYYY-MM-DD', () => {
    const shift = {
      id: 'S1',
      dealerId: 'D1',
      technicianId: 'T1',
      shiftDate: '2024-03-05',
      attendedHours: '8',
    };
    const onDate = counter('shiftDate', (value) => value === '2024-03-05');
    expect(
      valuesOf({ technicianShifts: [shift] }, customKpi('technicianShift', 'shiftDate', onDate)),
    ).toEqual(['1']);
  });

  // One RO, one labor line: op code X, 1.5 sold hours, no technician, not completed.
  const lineRo = {
    id: 'R1',
    dealerId: 'D1',
    openedAt: '2024-03-01T09:00:00+08:00',
    closedAt: '2024-03-02T09:00:00+08:00',
    jobs: [
      {
        id: 'J1',
        concern: '检查',
        authorization: 'approved',
        payType: 'CP',
        laborLines: [{ id: 'L1', opCode: 'X', description: '检修', soldHours: '1.5', payType: 'CP' }],
      },
    ],
  };
  const onLine = (name: string, test: (value: unknown) => boolean) =>
    valuesOf({ repairOrders: [lineRo] }, customKpi('laborLine', 'roClosedAt', counter(name, test)));

  it('a string and a boolean as they are, a number as a decimal string', () => {
    expect(onLine('opCode', (value) => value === 'X')).toEqual(['1']);
    expect(onLine('counted', (value) => value === true)).toEqual(['1']);
    expect(onLine('soldHours', (value) => value === '1.5')).toEqual(['1']);
  });

  it('a field the row has no value for, and a name that is no field, as undefined', () => {
    expect(onLine('technicianId', (value) => value === undefined)).toEqual(['1']);
    expect(onLine('completedAt', (value) => value === undefined)).toEqual(['1']);
    expect(onLine('noSuchField', (value) => value === undefined)).toEqual(['1']);
    expect(onLine('toString', (value) => value === undefined)).toEqual(['1']);
  });

  it('each custom measure of a report into its own state, started by its own init', () => {
    const lines = counter('opCode', (value) => value === 'X');
    const twoLines = { ...counter('opCode', (value) => value === 'X'), init: () => 1 };
    const report = computeKpisSync(
      { repairOrders: [lineRo] },
      {
        kpis: [
          customKpi('laborLine', 'roClosedAt', lines),
          { ...customKpi('laborLine', 'roClosedAt', twoLines), id: 'test.read.again' },
        ],
        groupBy: ['dealer'],
        timeZone: 'Asia/Shanghai',
      },
    );
    expect(report.cells.map((cell) => [cell.kpi, cell.value])).toEqual([
      ['test.read.laborLine', '1'],
      ['test.read.again', '2'],
    ]);
  });
});

describe('createPlan checks each measure', () => {
  const reasonOf = (changes: Record<string, unknown>) => issueOf([{ ...elr, ...changes }]);
  const quantile = { agg: 'quantile', of: field('soldHours'), q: 0.5, resolution: '0.5' };

  it('refuses a sum of a string, naming the measure and its of', () => {
    expect(reasonOf(measure({ agg: 'sum', of: field('opCode') }))).toEqual({
      code: 'kpi.invalid_definition',
      path: ['kpis', 'test.elr', 'measures'],
      params: { kpi: 'test.elr', reason: 'm.of: sums a string', reasonZh: 'm.of：对字符串求和' },
    });
  });

  it('takes a q in (0, 1] and a resolution above 0', () => {
    const q = (value: number) => reasonOf(measure({ ...quantile, q: value }));
    expect(q(1)).toBe('planned');
    expect(q(0.01)).toBe('planned');
    for (const bad of [0, -0.5, 1.01]) {
      expect(q(bad)).toMatchObject({
        params: { reason: 'm.q: q must be in (0, 1]', reasonZh: 'm.q：q 必须在 (0, 1] 之内' },
      });
    }
    expect(reasonOf(measure({ ...quantile, resolution: '-1' }))).toMatchObject({
      params: { reason: 'm.resolution: resolution must be above 0' },
    });
    expect(reasonOf(measure({ ...quantile, resolution: '0.0001' }))).toBe('planned');
  });

  it("places a measure of another source by its own periodBy: the KPI's is not that source's", () => {
    // Part lines have a roClosedAt too, but a measure of another source names its period field.
    expect(reasonOf(measure({ agg: 'count', source: 'partLine' }))).toEqual({
      code: 'kpi.invalid_definition',
      path: ['kpis', 'test.elr', 'measures', 'm'],
      params: {
        kpi: 'test.elr',
        reason: "periodBy 'undefined' is not a field of partLine",
        reasonZh: 'periodBy“undefined”不是 partLine 的字段',
      },
    });
    expect(reasonOf(measure({ agg: 'count', source: 'partLine', periodBy: 'roClosedAt' }))).toBe('planned');
  });
});

describe('distinct counts in one report', () => {
  const distinct = (id: string, m: ReturnType<typeof countDistinct>): KpiDefinition => ({
    ...oneMeasure,
    id,
    measures: { m },
    numerator: 'm',
    precision: 0,
  });
  const line = (id: string, technicianId: string, payType: string) => ({
    id,
    opCode: 'X',
    description: '检修',
    soldHours: '1',
    payType,
    technicianId,
  });
  const ro = (id: string, lines: ReturnType<typeof line>[]) => ({
    id,
    dealerId: 'D1',
    openedAt: '2024-03-01T09:00:00+08:00',
    closedAt: '2024-03-02T09:00:00+08:00',
    jobs: [{ id: 'J1', concern: '检查', authorization: 'approved', payType: 'CP', laborLines: lines }],
  });

  it('keep a set per expression and filter, and share one only between equal ones', () => {
    // RO1: lines by T1 (CP) and T2 (W); RO2 and RO3: one line by T1 (CP).
    const repairOrders = [
      ro('RO1', [line('L1', 'T1', 'CP'), line('L2', 'T2', 'W')]),
      ro('RO2', [line('L1', 'T1', 'CP')]),
      ro('RO3', [line('L1', 'T1', 'CP')]),
    ];
    const kpis = [
      distinct('ros', countDistinct(field('roId'))),
      distinct('technicians', countDistinct(field('technicianId'))),
      distinct('warranty.ros', countDistinct(field('roId'), { where: eq(field('payType'), 'W') })),
      distinct('ros.again', countDistinct(field('roId'))),
    ];
    const report = computeKpisSync(
      { repairOrders },
      { kpis, groupBy: ['dealer'], timeZone: 'Asia/Shanghai' },
    );
    expect(report.cells.map((cell) => [cell.kpi, cell.value])).toEqual([
      ['ros', '3'],
      ['technicians', '2'],
      ['warranty.ros', '1'],
      ['ros.again', '3'],
    ]);
  });
});

describe('createPlan refuses a definition with the whole issue: path, reason and reasonZh', () => {
  const issueFor = (changes: Record<string, unknown>) => issueOf([{ ...elr, ...changes }]);
  const refused = (path: (string | number)[], reason: string, reasonZh: string) => ({
    code: 'kpi.invalid_definition',
    path: ['kpis', 'test.elr', ...path],
    params: { kpi: 'test.elr', reason, reasonZh },
  });
  const customOf = (more: Record<string, unknown>) => ({
    agg: 'custom',
    init: () => 0,
    add: (state: number) => state + 1,
    merge: (a: number, b: number) => a + b,
    result: (state: number) => String(state),
    ...more,
  });

  it('for a groupBy key that is neither a dimension nor a grain, listing the allowed keys', () => {
    expect(issueOf([elr], ['dealer', 'hour'])).toEqual({
      code: 'input.invalid_value',
      path: ['groupBy', 1],
      params: {
        allowed: [
          'dealer',
          'advisor',
          'technician',
          'payType',
          'channel',
          'team',
          'day',
          'week',
          'month',
          'quarter',
          'year',
        ],
      },
    });
  });

  it('for a precision, a scale or measures the report cannot use, at that key', () => {
    expect(issueFor({ precision: 13 })).toEqual(
      refused(['precision'], 'precision is 0–12 decimal places', 'precision 为 0–12 位小数'),
    );
    expect(issueFor({ scale: 0 })).toEqual(
      refused(
        ['scale'],
        'scale is a positive whole number (100 for a percentage)',
        'scale 为正整数（百分比为 100）',
      ),
    );
    expect(issueFor({ measures: {} })).toEqual(refused(['measures'], 'it has no measures', '没有任何度量'));
  });

  it('for a custom measure of a KPI not marked in-memory only, at inMemoryOnly', () => {
    expect(issueFor(measure(customOf({})))).toEqual(
      refused(
        ['inMemoryOnly'],
        'a custom measure needs inMemoryOnly: true',
        '自定义度量需要 inMemoryOnly: true',
      ),
    );
    expect(issueFor({ inMemoryOnly: true, ...measure(customOf({})) })).toBe('planned');
  });

  it('for a custom measure missing any one of its four functions', () => {
    const missing = refused(
      ['measures'],
      'm: a custom measure needs init, add, merge and result functions',
      'm：自定义度量需要 init、add、merge 和 result 函数',
    );
    for (const method of ['init', 'add', 'merge', 'result']) {
      expect(issueFor({ inMemoryOnly: true, ...measure(customOf({ [method]: undefined })) })).toEqual(
        missing,
      );
    }
  });

  it('for a measure of an unknown source, at that measure', () => {
    expect(issueFor(measure({ agg: 'count', source: 'nowhere' }))).toEqual(
      refused(['measures', 'm'], "unknown source 'nowhere'", '未知数据源“nowhere”'),
    );
  });

  it('for an unknown aggregate, a where that is no boolean and a set that is no object', () => {
    expect(issueFor(measure({ agg: 'median' }))).toEqual(
      refused(['measures'], "m: unknown aggregate 'median'", 'm：未知聚合方式“median”'),
    );
    expect(issueFor(measure({ agg: 'count', where: field('soldHours') }))).toEqual(
      refused(['measures'], 'm: where is not a boolean', 'm：where 不是布尔值'),
    );
    expect(issueFor(measure({ agg: 'countDistinct', of: field('roId'), except: 5 }))).toEqual(
      refused(['measures'], 'm.except: not a set of rows', 'm.except：不是行集合'),
    );
  });

  it('for a window that is not whole months, at the window', () => {
    const windowRefused = refused(
      ['measures', 'm', 'window'],
      'a window is whole months (1–600) and an optional offset (0–600)',
      '窗口为整月数（1–600），可选偏移月数（0–600）',
    );
    expect(issueFor(measure({ agg: 'count', window: { months: 0 } }))).toEqual(windowRefused);
    expect(issueFor(measure({ agg: 'count', window: { months: 12, offsetMonths: 601 } }))).toEqual(
      windowRefused,
    );
    expect(issueFor(measure({ agg: 'count', window: { months: 600, offsetMonths: 0 } }))).toBe('planned');
  });

  it('for a formula naming no measure, with a bad constant, a bad operator or nested too deep', () => {
    expect(issueFor({ numerator: 'nothing' })).toEqual(
      refused(['measures'], "numerator: no measure 'nothing'", 'numerator：没有度量“nothing”'),
    );
    expect(issueFor({ denominator: { const: 'abc' } })).toEqual(
      refused(
        ['measures'],
        'denominator: a constant is a decimal string or a safe integer',
        'denominator：常量应为十进制数字字符串或安全整数',
      ),
    );
    expect(issueFor({ numerator: { op: 'div', args: ['sales', 'lines'] } })).toEqual(
      refused(
        ['measures'],
        'numerator: a formula is a measure, a constant, or add/sub/mul of two',
        'numerator：公式应为度量、常量，或两项的 add/sub/mul',
      ),
    );
    // At most 100 levels: the outer formula is level 0, so 101 nested formulas check and 102 do not.
    const nested = (levels: number) => {
      let formula: unknown = 'sales';
      for (let i = 0; i < levels; i += 1) formula = { op: 'add', args: [formula, 'lines'] };
      return formula;
    };
    expect(issueFor({ numerator: nested(101) })).toBe('planned');
    const at = `numerator${'.args[0]'.repeat(101)}`;
    expect(issueFor({ numerator: nested(102) })).toEqual(
      refused(['measures'], `${at}: nested more than 100 deep`, `${at}：嵌套超过 100 层`),
    );
  });
});

describe('createPlan skips a KPI whose source lacks a dimension of the grouping', () => {
  it('naming the source and every missing dimension, in English and Chinese', () => {
    const capacity = {
      ...oneMeasure,
      id: 'test.capacity',
      source: 'workshopDay',
      periodBy: 'date',
      measures: { days: count() },
      numerator: 'days',
    } as KpiDefinition;
    const plan = createPlan({
      kpis: [capacity],
      groupBy: ['dealer', 'advisor', 'technician', 'month'],
      timeZone: 'UTC',
    });
    expect(plan.kpis).toEqual([
      {
        definition: capacity,
        measures: {},
        skipped: {
          en: 'Workshop capacity cannot be grouped by advisor, technician',
          zh: '车间产能无法按 advisor、technician 分组',
        },
      },
    ]);
  });
});

describe('createPlan checks the bounds of a definition', () => {
  const issueFor = (changes: Record<string, unknown>) => issueOf([{ ...elr, ...changes }]);
  const refused = (path: (string | number)[], reason: string, reasonZh: string) => ({
    code: 'kpi.invalid_definition',
    path: ['kpis', 'test.elr', ...path],
    params: { kpi: 'test.elr', reason, reasonZh },
  });
  const notAKpi = (index: number) => ({
    code: 'kpi.invalid_definition',
    path: ['kpis', index],
    params: { kpi: String(index), reason: 'not a KPI definition', reasonZh: '不是指标定义' },
  });

  it('refuses a function carrying an id, and a definition whose id is no string, by their index', () => {
    expect(issueOf([elr, Object.assign(() => undefined, { id: 'test.fn' })])).toEqual(notAKpi(1));
    expect(issueOf([{ ...elr, id: 5 }])).toEqual(notAKpi(0));
  });

  it('takes a precision of 0 to 12 places: -1 does not check, 12 does', () => {
    expect(issueFor({ precision: -1 })).toEqual(
      refused(['precision'], 'precision is 0–12 decimal places', 'precision 为 0–12 位小数'),
    );
    expect(issueFor({ precision: 12 })).toBe('planned');
    expect(issueFor({ precision: 0 })).toBe('planned');
  });

  it('refuses a measure that is a number, at that measure', () => {
    expect(issueFor(measure(5))).toEqual(refused(['measures', 'm'], 'not a measure', '不是度量'));
  });

  it('takes a window of 1 month, but not of 1.5 months nor an offset of -1 or 1.5', () => {
    const windowRefused = refused(
      ['measures', 'm', 'window'],
      'a window is whole months (1–600) and an optional offset (0–600)',
      '窗口为整月数（1–600），可选偏移月数（0–600）',
    );
    expect(issueFor(measure({ agg: 'count', window: { months: 1 } }))).toBe('planned');
    expect(issueFor(measure({ agg: 'count', window: { months: 1.5 } }))).toEqual(windowRefused);
    expect(issueFor(measure({ agg: 'count', window: { months: 601 } }))).toEqual(windowRefused);
    expect(issueFor(measure({ agg: 'count', window: { months: 12, offsetMonths: -1 } }))).toEqual(
      windowRefused,
    );
    expect(issueFor(measure({ agg: 'count', window: { months: 12, offsetMonths: 1.5 } }))).toEqual(
      windowRefused,
    );
  });

  it('names the of of a quantile and of a last value, and the where of a measure, that do not check', () => {
    const quantile = { agg: 'quantile', of: field('nope'), q: 0.5, resolution: '1' };
    expect(issueFor(measure(quantile))).toEqual(
      refused(['measures'], "m.of: 'nope' is not a field of laborLine", 'm.of：“nope”不是 laborLine 的字段'),
    );
    expect(issueFor(measure({ agg: 'last', of: field('nope') }))).toEqual(
      refused(['measures'], "m.of: 'nope' is not a field of laborLine", 'm.of：“nope”不是 laborLine 的字段'),
    );
    expect(issueFor(measure({ agg: 'count', where: field('nope') }))).toEqual(
      refused(
        ['measures'],
        "m.where: 'nope' is not a field of laborLine",
        'm.where：“nope”不是 laborLine 的字段',
      ),
    );
  });

  it('takes formula constants as decimal strings and safe integers, sub, and exactly two args', () => {
    expect(issueFor({ numerator: { op: 'mul', args: ['sales', { const: '100' }] } })).toBe('planned');
    expect(issueFor({ numerator: { op: 'mul', args: ['sales', { const: 100 }] } })).toBe('planned');
    expect(issueFor({ numerator: { op: 'sub', args: ['sales', 'lines'] } })).toBe('planned');
    const twoArgs = refused(
      ['measures'],
      'numerator: a formula is a measure, a constant, or add/sub/mul of two',
      'numerator：公式应为度量、常量，或两项的 add/sub/mul',
    );
    expect(issueFor({ numerator: { op: 'add', args: ['sales'] } })).toEqual(twoArgs);
    expect(issueFor({ numerator: { op: 'add', args: ['sales', 'lines', 'hours'] } })).toEqual(twoArgs);
  });
});

describe('createPlan plans calendar-day measures without rows', () => {
  // Workshop days have a dealer only: a KPI of days alone reads no rows, so any grouping suits it.
  const daysKpi = (agg: string) =>
    ({
      ...oneMeasure,
      id: `test.${agg}`,
      source: 'workshopDay',
      periodBy: 'date',
      measures: { d: { agg } },
      numerator: 'd',
    }) as KpiDefinition;

  it('for working days and for calendar days, even grouped by a dimension the source lacks', () => {
    for (const agg of ['workingDays', 'days']) {
      const definition = daysKpi(agg);
      const plan = createPlan({ kpis: [definition], groupBy: ['advisor', 'month'], timeZone: 'UTC' });
      expect(plan.kpis).toEqual([{ definition, measures: { d: { kind: agg } } }]);
    }
  });
});

describe('distinct counts with an intersect or an except set', () => {
  const line = (id: string, payType: string) => ({
    id,
    opCode: 'X',
    description: '检修',
    soldHours: '1',
    payType,
  });
  const ro = (id: string, lines: ReturnType<typeof line>[]) => ({
    id,
    dealerId: 'D1',
    openedAt: '2024-03-01T09:00:00+08:00',
    closedAt: '2024-03-02T09:00:00+08:00',
    jobs: [{ id: 'J1', concern: '检查', authorization: 'approved', payType: 'CP', laborLines: lines }],
  });
  const warrantyRos = { of: field('roId'), where: eq(field('payType'), 'W') };
  const distinct = (id: string, m: Record<string, unknown>): KpiDefinition => ({
    ...oneMeasure,
    id,
    measures: { m: { agg: 'countDistinct', of: field('roId'), ...m } as Measure },
    numerator: 'm',
    precision: 0,
  });

  it('count the values in both sets, and the values not in the except set', () => {
    // RO1 has a customer-pay and a warranty line; RO2 and RO3 a customer-pay line only.
    const repairOrders = [
      ro('RO1', [line('L1', 'CP'), line('L2', 'W')]),
      ro('RO2', [line('L1', 'CP')]),
      ro('RO3', [line('L1', 'CP')]),
    ];
    const report = computeKpisSync(
      { repairOrders },
      {
        kpis: [
          distinct('ros', {}),
          distinct('ros.warranty', { intersect: warrantyRos }),
          distinct('ros.noWarranty', { except: warrantyRos }),
        ],
        groupBy: ['dealer'],
        timeZone: 'Asia/Shanghai',
      },
    );
    expect(report.cells.map((cell) => [cell.kpi, cell.value])).toEqual([
      ['ros', '3'],
      ['ros.warranty', '1'],
      ['ros.noWarranty', '2'],
    ]);
  });
});
