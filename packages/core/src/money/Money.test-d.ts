import type Decimal from 'decimal.js';
import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from '../errors/Result';
import { type AllocateOptions, allocate } from './allocate';
import { isMoney, money, safeMoney } from './createMoney';
import { type CurrencyCode, currencyMinorDigits, isCurrencyCode } from './currency';
import type { DecimalInput } from './decimal';
import { type FormatMoneyOptions, formatMoney } from './formatMoney';
import { createMinorUnitSum, type MinorUnitSum, sumMinorUnits } from './MinorUnitSum';
import { Money, type MoneyJSON } from './Money';
import { maxMoney, minMoney } from './minMaxMoney';
import { minorUnitsOf } from './minorUnitsOf';
import { moneyFromJSON, safeMoneyFromJSON } from './moneyJSON';
import { isRoundingMode, type RoundingMode, roundingModes } from './rounding';
import { sumMoney } from './sumMoney';

describe('Money types', () => {
  it('types the factories and the value', () => {
    expectTypeOf(money).parameter(0).toEqualTypeOf<DecimalInput>();
    expectTypeOf<DecimalInput>().toEqualTypeOf<string | bigint | number | Decimal>();
    expectTypeOf(money('1')).toEqualTypeOf<Money>();
    expectTypeOf(Money.fromMinor).parameter(0).toEqualTypeOf<bigint | number>();
    expectTypeOf(Money.zero('CNY')).toEqualTypeOf<Money>();
    expectTypeOf(safeMoney('1')).toEqualTypeOf<Result<Money>>();
    expectTypeOf(safeMoney).parameters.toEqualTypeOf<[amount: unknown, currency?: unknown]>();
    expectTypeOf<Money['currency']>().toEqualTypeOf<CurrencyCode>();
    expectTypeOf<CurrencyCode>().toEqualTypeOf<string>();
  });

  it('types the operations', () => {
    const m = money('1');
    expectTypeOf(m.add(m)).toEqualTypeOf<Money>();
    expectTypeOf(m.multiply).parameter(0).toEqualTypeOf<DecimalInput>();
    expectTypeOf(m.compare(m)).toEqualTypeOf<-1 | 0 | 1>();
    expectTypeOf(m.equals(m)).toEqualTypeOf<boolean>();
    expectTypeOf(m.round).parameter(0).toEqualTypeOf<RoundingMode>();
    expectTypeOf(m.toMinorUnits()).toEqualTypeOf<bigint>();
    expectTypeOf(m.toDecimalString()).toEqualTypeOf<string>();
    expectTypeOf(m.toDecimal()).toEqualTypeOf<Decimal>();
    expectTypeOf(m.toJSON()).toEqualTypeOf<MoneyJSON>();
    expectTypeOf<MoneyJSON>().toEqualTypeOf<{ readonly amount: string; readonly currency: string }>();
    // @ts-expect-error: Money has no mutable amount
    m.currency = 'USD';
  });

  it('types the rounding modes as a closed union', () => {
    expectTypeOf<RoundingMode>().toEqualTypeOf<
      'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor'
    >();
    expectTypeOf(roundingModes).toEqualTypeOf<readonly RoundingMode[]>();
    expectTypeOf(isRoundingMode).guards.toEqualTypeOf<RoundingMode>();
    expectTypeOf(isCurrencyCode).guards.toEqualTypeOf<CurrencyCode>();
    expectTypeOf(isMoney).guards.toEqualTypeOf<Money>();
    expectTypeOf(currencyMinorDigits('CNY')).toEqualTypeOf<number>();
    // @ts-expect-error: rounding is always named, never a decimal.js constant
    money('1').round(4);
  });

  it('types the helpers', () => {
    const m = money('1');
    expectTypeOf(allocate(m, [1, '1'])).toEqualTypeOf<Money[]>();
    expectTypeOf<AllocateOptions>().toEqualTypeOf<{ readonly decimals?: number }>();
    expectTypeOf(formatMoney(m, 'zh-CN')).toEqualTypeOf<string>();
    expectTypeOf<FormatMoneyOptions['display']>().toEqualTypeOf<'symbol' | 'code' | undefined>();
    expectTypeOf(sumMoney([m])).toEqualTypeOf<Money>();
    expectTypeOf(minMoney([m])).toEqualTypeOf<Money>();
    expectTypeOf(maxMoney([m])).toEqualTypeOf<Money>();
    expectTypeOf(moneyFromJSON({})).toEqualTypeOf<Money>();
    expectTypeOf(safeMoneyFromJSON({})).toEqualTypeOf<Result<Money>>();
  });

  it('types the bulk path', () => {
    expectTypeOf(createMinorUnitSum('CNY')).toEqualTypeOf<MinorUnitSum>();
    expectTypeOf<MinorUnitSum['count']>().toEqualTypeOf<number>();
    expectTypeOf<MinorUnitSum['totalUnits']>().returns.toEqualTypeOf<bigint>();
    expectTypeOf(sumMinorUnits).parameter(0).toEqualTypeOf<ArrayLike<number>>();
    expectTypeOf(minorUnitsOf('1')).toEqualTypeOf<number>();
    // @ts-expect-error: a bulk sum takes minor units as numbers, not strings
    createMinorUnitSum().add('12.34');
  });
});
