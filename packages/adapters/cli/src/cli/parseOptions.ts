import { parseArgs } from 'node:util';
import { AftersalesError } from '@aftersales/core';

/** The option kinds `node:util`'s parseArgs reads. */
export type OptionSpecs = Readonly<
  Record<
    string,
    { readonly type: 'string' | 'boolean'; readonly multiple?: boolean; readonly short?: string }
  >
>;

type Values<S extends OptionSpecs> = {
  [K in keyof S]?: S[K]['type'] extends 'boolean'
    ? boolean
    : S[K]['multiple'] extends true
      ? string[]
      : string;
};

/**
 * Reads a command's arguments strictly with Node's own parser: an unknown option, or a value
 * where none belongs, is a `cli.invalid_argument` error (exit code 2), never ignored.
 *
 * @example
 * parseOptions(['a.csv', '--lang', 'zh'], { lang: { type: 'string' } });
 * // { values: { lang: 'zh' }, positionals: ['a.csv'] }
 */
export function parseOptions<S extends OptionSpecs>(
  args: readonly string[],
  options: S,
): { values: Values<S>; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: [...args],
      options: options as Parameters<typeof parseArgs>[0] extends infer C
        ? C extends { options?: infer O }
          ? O
          : never
        : never,
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as Values<S>, positionals: parsed.positionals };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    // Node's parser words the reason (in English); the Chinese says what it is about.
    throw AftersalesError.of('cli.invalid_argument', [], {
      reason: reason ?? 'unreadable arguments',
      reasonZh: reason === undefined ? '无法解析参数' : `无法解析参数：${reason}`,
    });
  }
}

/**
 * One of a fixed set of values, or a `cli.invalid_argument` error naming the option.
 *
 * @example
 * oneOf('--format', 'json', ['table', 'json'] as const); // 'json'
 */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw AftersalesError.of('cli.invalid_argument', [option], {
    reason: `${option} must be one of ${allowed.join(', ')} (received '${value}')`,
    reasonZh: `${option} 必须是 ${allowed.join('、')} 之一（实际为“${value}”）`,
  });
}
