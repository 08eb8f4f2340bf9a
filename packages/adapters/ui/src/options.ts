import { AftersalesError } from '@aftersales/core';
import type { FlowStoreOptions } from './types';

/** Internal: checks the option bag of a store; a coded error naming the option otherwise. */

const KNOWN = ['events', 'context', 'onListenerError'];

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** The options, checked: an object (or nothing) with known keys and a function as the reporter. */
export function checkOptions(options: unknown): FlowStoreOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw AftersalesError.of('input.invalid_type', ['options'], {
      expected: 'object',
      received: typeName(options),
    });
  }
  const unknown = Object.keys(options).filter((key) => !KNOWN.includes(key));
  if (unknown.length > 0) throw AftersalesError.of('input.unrecognized_keys', ['options'], { keys: unknown });
  const { events, onListenerError } = options as Record<string, unknown>;
  if (events !== undefined && !Array.isArray(events)) {
    throw AftersalesError.of('input.invalid_type', ['options', 'events'], {
      expected: 'array',
      received: typeName(events),
    });
  }
  if (onListenerError !== undefined && typeof onListenerError !== 'function') {
    throw AftersalesError.of('input.invalid_type', ['options', 'onListenerError'], {
      expected: 'function',
      received: typeName(onListenerError),
    });
  }
  return options as FlowStoreOptions;
}
