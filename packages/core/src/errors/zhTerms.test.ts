import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createIssue } from './AftersalesError';
import { describeError } from './codes';
import { issuesFromZod } from './fromZod';
import { describeValue, typeName } from './guards';
import { zhTerm } from './zhTerms';

/** One value of each JavaScript type, NaN, and the stand-ins describeValue has for the rest. */
const SAMPLES: readonly unknown[] = [
  'text',
  1.5,
  Number.NaN,
  true,
  null,
  undefined,
  [],
  {},
  10n,
  Symbol('s'),
  () => 0,
];

// Written as JavaScript writes them: a Chinese reader of a developer's message knows these.
const JS_LITERALS = new Set(['null', 'undefined', 'NaN']);

describe('zhTerm', () => {
  it('has Chinese for every type name typeName and typeof give', () => {
    const names = new Set(SAMPLES.flatMap((value) => [typeName(value), typeof value]));
    expect([...names].filter((name) => !JS_LITERALS.has(name) && zhTerm(name) === undefined)).toEqual([]);
  });

  it('has Chinese for every description describeValue gives of a value it does not quote', () => {
    const described = [Symbol('s'), () => 0, [], {}].map(describeValue);
    expect(described.map((text) => [text, zhTerm(text)])).toEqual([
      ['a symbol', 'Symbol'],
      ['a function', '函数'],
      ['an array', '数组'],
      ['an object', '对象'],
    ]);
  });

  it('knows no term from Object.prototype (a value named constructor is a value)', () => {
    expect([zhTerm('constructor'), zhTerm('__proto__'), zhTerm('toString')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('the Chinese of input.invalid_format and input.invalid_type', () => {
  it('translates the terms call sites pass', () => {
    expect(describeError('input.invalid_format', { format: 'calendar date (YYYY-MM-DD)' }).zh).toBe(
      '不是有效的日期（YYYY-MM-DD）',
    );
    expect(describeError('input.invalid_format', { format: 'decimal string' }).zh).toBe(
      '不是有效的十进制数字字符串',
    );
    expect(describeError('input.invalid_type', { expected: 'an integer', received: 'number' }).zh).toBe(
      '应为整数（实际为数字）',
    );
  });

  it('takes the call site’s twin over the table, and keeps a name the table does not know', () => {
    expect(describeError('input.invalid_format', { format: 'decimal string', formatZh: '金额' }).zh).toBe(
      '不是有效的金额',
    );
    expect(describeError('input.invalid_format', { format: 'yyyyMMdd' }).zh).toBe('不是有效的 yyyyMMdd');
    expect(describeError('input.invalid_type', { expected: 'ZodError', received: 'null' }).zh).toBe(
      '应为 ZodError（实际为 null）',
    );
  });

  it('leaves the English message as it was', () => {
    expect(describeError('input.invalid_type', { expected: 'an integer', received: 'number' }).en).toBe(
      'must be an integer (received number)',
    );
    expect(describeError('input.invalid_format', { format: 'decimal string' }).en).toBe(
      'is not a valid decimal string',
    );
  });
});

describe('issuesFromZod, in Chinese', () => {
  const zh = (schema: z.ZodType, input: unknown): string[] => {
    const parsed = schema.safeParse(input);
    return parsed.success ? [] : issuesFromZod(parsed.error, input).map((issue) => issue.message.zh);
  };

  it('names zod’s types and formats in Chinese', () => {
    expect(zh(z.object({ km: z.number().int() }), { km: 1.5 })).toEqual(['km 应为整数（实际为数字）']);
    expect(zh(z.object({ km: z.number() }), { km: 'ten' })).toEqual(['km 应为数字（实际为字符串）']);
    expect(zh(z.object({ on: z.iso.date() }), { on: '2024-02-30' })).toEqual([
      'on 不是有效的日期（YYYY-MM-DD）',
    ]);
    expect(zh(z.object({ at: z.iso.datetime({ offset: true }) }), { at: 'noon' })).toEqual([
      'at 不是有效的带时区偏移的 ISO 8601 日期时间',
    ]);
    expect(zh(z.object({ tags: z.array(z.string()) }), { tags: {} })).toEqual([
      'tags 应为数组（实际为对象）',
    ]);
  });

  it('gives a zod issue it does not translate a Chinese detail', () => {
    expect(zh(z.object({ n: z.number().multipleOf(5) }), { n: 7 })).toEqual(['n 无效：不是规定数值的整数倍']);
    expect(zh(z.object({ n: z.number().refine((n) => n > 9, 'must be big') }), { n: 7 })).toEqual([
      'n 无效：未通过校验',
    ]);
  });
});

describe('createIssue with a code that is not one', () => {
  it('says so in Chinese too', () => {
    const refused = (() => {
      try {
        createIssue('no.such_code' as never, []);
      } catch (error) {
        return (error as { messages?: { zh?: string } }).messages?.zh;
      }
      return undefined;
    })();
    expect(refused).toBe('code 无效：“no.such_code”不是错误代码');
  });
});
