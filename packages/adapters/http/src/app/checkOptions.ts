import { AftersalesError } from '@aftersales/core';
import type { HttpServiceOptions } from './options';

const typeOf = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

function positiveInteger(value: unknown, field: string, maximum: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw AftersalesError.of('input.invalid_type', [field], {
      expected: 'an integer',
      received: typeOf(value),
    });
  }
  if (value < 1) throw AftersalesError.of('input.too_small', [field], { minimum: 1, inclusive: true });
  if (value > maximum) throw AftersalesError.of('input.too_big', [field], { maximum, inclusive: true });
}

/**
 * Checks the options of a service before anything is built: a service started with a key that
 * is blank, or a limit that is not a number, must not start at all.
 *
 * @throws AftersalesError `input.*` naming the option
 */
export function checkServiceOptions(options: HttpServiceOptions): void {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: typeOf(options),
    });
  }
  const { apiKeys, logger, registry, plugins } = options;
  if (apiKeys !== undefined) {
    if (!Array.isArray(apiKeys)) {
      throw AftersalesError.of('input.invalid_type', ['apiKeys'], {
        expected: 'array',
        received: typeOf(apiKeys),
      });
    }
    apiKeys.forEach((key: unknown, index) => {
      if (typeof key !== 'string' || key.trim() === '' || key.length > 4096) {
        throw AftersalesError.of('input.invalid', ['apiKeys', index], {
          detail: 'an API key is non-blank text of at most 4096 characters',
          detailZh: 'API 密钥应为非空文本，最多 4096 个字符',
        });
      }
    });
  }
  // 1 GiB: a body is held in memory whole before it is parsed.
  positiveInteger(options.bodyLimit, 'bodyLimit', 1_073_741_824);
  positiveInteger(options.maxDepth, 'maxDepth', 10_000);
  if (logger !== undefined && (logger === null || typeof logger.error !== 'function')) {
    throw AftersalesError.of('input.invalid_type', ['logger'], {
      expected: 'an object with error()',
      received: typeOf(logger),
    });
  }
  if (
    registry !== undefined &&
    (registry === null || typeof registry !== 'object' || typeof registry.list !== 'function')
  ) {
    throw AftersalesError.of('input.invalid_type', ['registry'], {
      expected: 'registry from createAftersales',
      received: typeOf(registry),
    });
  }
  if (plugins !== undefined && !Array.isArray(plugins)) {
    throw AftersalesError.of('input.invalid_type', ['plugins'], {
      expected: 'array',
      received: typeOf(plugins),
    });
  }
}
