import { allocate, minorUnitsOf, money, type RoundingMode, safeMoney } from '@aftersales/core';
import type { ErrorExample } from './types';

/** Money: amounts are decimal strings (never floats), in one currency, rounded explicitly. */
export const moneyExamples: readonly ErrorExample[] = [
  {
    code: 'money.float',
    meaning:
      "An amount was given as a JS number with a fraction, which is binary floating point and already inexact: pass a decimal string (`'12.30'`) or integer minor units.",
    meaningZh:
      '金额以带小数的 JS 数值传入，二进制浮点数本身已不精确：请传入十进制字符串（“12.30”）或以分为单位的整数。',
    outcome: 'throws',
    example: () => money(12.3),
  },
  {
    code: 'money.unsafe_integer',
    meaning:
      'An integer amount is beyond ±(2^53 − 1), so `JSON.parse` or the DMS has already changed its last digits: send it as a decimal string or a bigint.',
    meaningZh:
      '整数金额超出 ±(2^53 − 1)，`JSON.parse` 或 DMS 已改变其末位数字：请以十进制字符串或 bigint 传入。',
    outcome: 'throws',
    example: () => {
      const { total } = JSON.parse('{ "total": 12345678901234567 }') as { total: number };
      return money(total);
    },
  },
  {
    code: 'money.invalid_amount',
    meaning:
      'A text is not a plain decimal amount (two points, a thousands separator, a currency sign, an exponent, NaN): send digits with at most one decimal point.',
    meaningZh:
      '文本不是有效的十进制金额（两个小数点、千位分隔符、货币符号、指数形式、NaN）：请只用数字和至多一个小数点。',
    outcome: 'throws',
    example: () => money('1,280.50'),
  },
  {
    code: 'money.invalid_currency',
    meaning:
      'A currency is not an ISO 4217 code the runtime knows (`RMB` for `CNY`, lower case, a symbol): use the three-letter code, e.g. `CNY`.',
    meaningZh:
      '币种不是运行环境认可的 ISO 4217 代码（如把 `CNY` 写成 `RMB`、小写、货币符号）：请使用三位字母代码，如 `CNY`。',
    outcome: 'returns',
    example: () => safeMoney('100.00', 'RMB'),
  },
  {
    code: 'money.currency_mismatch',
    meaning:
      'Two amounts in different currencies were added, compared or summed: convert one first; the library never converts silently.',
    meaningZh: '对不同币种的金额做了加减、比较或汇总：请先换算；本库从不静默换算。',
    outcome: 'throws',
    example: () => money('100.00', 'CNY').add(money('15.00', 'USD')),
  },
  {
    code: 'money.invalid_ratios',
    meaning:
      'An allocation was given no ratios, a negative or malformed ratio, or ratios that sum to zero: give non-negative decimals with a positive sum.',
    meaningZh: '分摊比例为空、含负数或格式错误，或总和为零：请提供非负且总和大于零的十进制数。',
    outcome: 'throws',
    example: () => allocate(money('100.00'), ['1', '-1']),
  },
  {
    code: 'money.not_minor_units',
    meaning:
      "An amount has more decimals than its currency's minor unit (0.001 yuan is not a whole number of fen) where whole units are needed: round it first with an explicit rounding mode.",
    meaningZh:
      '需要整数个最小货币单位时，金额的小数位多于该币种的最小单位（0.001 元不是整数个分）：请先按明确的舍入方式取整。',
    outcome: 'throws',
    example: () => minorUnitsOf('12.345', 'CNY'),
  },
  {
    code: 'money.invalid_rounding',
    meaning:
      "A rounding mode is not one of the library's modes (`half-up`, `half-even`, …; see `roundingModes`): use one of them.",
    meaningZh:
      '舍入方式不是本库支持的方式（`half-up`、`half-even` 等，见 `roundingModes`）：请改用其中之一。',
    outcome: 'throws',
    example: () => {
      // A rounding mode read from a dealer's settings file, where it was misspelled.
      const settings = JSON.parse('{ "rounding": "bankers" }') as { rounding: RoundingMode };
      return money('2.345').round(settings.rounding);
    },
  },
];
