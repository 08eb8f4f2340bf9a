import * as core from '@aftersales/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/**
 * "No input makes a public function throw an uncoded error": every function @aftersales/core
 * exports (and every method of the values it hands out) is called with arbitrary arguments. It may
 * return, or throw an AftersalesError; a TypeError or any other exception is a bug.
 */

type AnyFunction = (...args: unknown[]) => unknown;

const isClass = (value: unknown): boolean =>
  typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));

// Arguments a careless or hostile caller might pass: anything at all, plus near-misses of the
// shapes the functions expect (strings that look like dates, amounts and zones; small records).
const nearMiss = fc.oneof(
  fc.constantFrom(
    '2024-02-30',
    '2024-03-01',
    '2024-03-01T09:30:00+08:00',
    '12.34',
    '-0',
    '1e5',
    'CNY',
    'cny',
    'Asia/Shanghai',
    '+08:00',
    'half-up',
    'zh',
    'en',
    'kpis',
    '',
  ),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 0.1, 2 ** 53, 1e21),
  fc.record(
    {
      timeZone: fc.constantFrom('Asia/Shanghai', 'UTC', 'Nowhere'),
      months: fc.integer(),
      km: fc.integer(),
      date: fc.string(),
    },
    { requiredKeys: [] },
  ),
  fc.record({ id: fc.string(), version: fc.string(), kpis: fc.anything() }, { requiredKeys: [] }),
);
const argument = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withMap: true, withSet: true, withDate: true }),
  nearMiss,
);
const argumentLists = fc.array(argument, { maxLength: 4 });

function expectOnlyCodedErrors(name: string, fn: AnyFunction, self?: unknown): void {
  fc.assert(
    fc.property(argumentLists, (args) => {
      try {
        const result = fn.apply(self, args);
        if (result instanceof Promise) result.catch(() => undefined);
      } catch (error) {
        if (!core.isAftersalesError(error)) {
          throw new Error(`${name}(${args.map((a) => typeof a).join(', ')}) threw ${String(error)}`);
        }
      }
    }),
    { numRuns: 400 },
  );
}

const functions = Object.entries(core).filter(
  ([, value]) => typeof value === 'function' && !isClass(value),
) as [string, AnyFunction][];

describe('every exported function of @aftersales/core', () => {
  it('exports a healthy number of functions (the list below is not empty by accident)', () => {
    expect(functions.length).toBeGreaterThan(60);
  });

  it.each(functions)('%s throws nothing but AftersalesError on arbitrary input', (name, fn) => {
    expectOnlyCodedErrors(name, fn);
  });

  it.each([
    ['Money.fromMinor', core.Money.fromMinor],
    ['Money.zero', core.Money.zero],
  ] as [string, AnyFunction][])('%s throws nothing but AftersalesError on arbitrary input', (name, fn) => {
    expectOnlyCodedErrors(name, fn, core.Money);
  });
});

describe('every method of the values core hands out', () => {
  const amount = core.money('1280.50', 'CNY');
  const calendarRegistry = core.createAftersales({ timeZone: 'Asia/Shanghai' });
  const rule = core.defineRule({
    id: 'demo.rule',
    cite: 'manual:ro.comeback',
    title: { en: 'Demo', zh: '示例' },
  });
  const sum = core.createMinorUnitSum('CNY');
  const holders: [string, object][] = [
    ['Money', amount],
    ['Aftersales', calendarRegistry],
    ['Rule', rule],
    ['MinorUnitSum', sum],
  ];
  const methods = holders.flatMap(([owner, holder]) => {
    // Own methods, and those of the value's class; never Object.prototype's (hasOwnProperty…).
    const proto = Object.getPrototypeOf(holder);
    const inherited = proto === Object.prototype || proto === null ? [] : Object.getOwnPropertyNames(proto);
    const names = new Set<string>([...Object.keys(holder), ...inherited]);
    return [...names]
      .filter(
        (key) => key !== 'constructor' && typeof (holder as Record<string, unknown>)[key] === 'function',
      )
      .map(
        (key) =>
          [`${owner}.${key}`, (holder as Record<string, AnyFunction>)[key] as AnyFunction, holder] as const,
      );
  });

  it.each(methods)('%s throws nothing but AftersalesError on arbitrary input', (name, fn, holder) => {
    expectOnlyCodedErrors(name, fn, holder);
  });
});
