import type { Aftersales, Plugin } from '@aftersales/core';

/** Where the service writes what goes wrong (never into a response). */
export interface HttpLogger {
  /** An unexpected failure: `reference` is the id the client got; `error` the thrown value. */
  error(message: string, details: { readonly reference: string; readonly error: unknown }): void;
}

/** Options of {@link createApp}. */
export interface HttpServiceOptions {
  /** The registry the endpoints choose from (default: one made of `plugins`). */
  readonly registry?: Aftersales;
  /** Plugins for a registry in `Asia/Shanghai` (default: KPI catalog, Huaxia example policy, 三包, California). */
  readonly plugins?: readonly Plugin[];
  /** API keys; when non-empty, every endpoint but `/health` needs one (`x-api-key` or `Authorization: Bearer`). */
  readonly apiKeys?: readonly string[];
  /** The largest request body, in bytes (default 1 MiB). */
  readonly bodyLimit?: number;
  /** The deepest nesting of arrays and objects accepted in a body (default 64). */
  readonly maxDepth?: number;
  /** Where unexpected failures are logged (default: one JSON line on `console.error`). */
  readonly logger?: HttpLogger;
}

/** The default body limit: 1 MiB. */
export const DEFAULT_BODY_LIMIT = 1_048_576;
/** The default nesting limit: deeper than any record of the domain (an RO nests 5 levels). */
export const DEFAULT_MAX_DEPTH = 64;

/** Logs one JSON line on standard error, with the stack, for the operator only. */
export const consoleLogger: HttpLogger = {
  error(message, { reference, error }) {
    const detail =
      error instanceof Error
        ? { name: error.name, message: error.message, stack: error.stack }
        : { value: String(error) };
    console.error(JSON.stringify({ level: 'error', message, reference, error: detail }));
  },
};
