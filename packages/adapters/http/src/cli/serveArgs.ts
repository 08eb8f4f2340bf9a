import { AftersalesError } from '@aftersales/core';
import type { StartServerOptions } from '../server/startServer';

/** What `aftersales-http` was asked to do: serve with these options, or print the usage. */
export type ServeCommand =
  | { readonly command: 'serve'; readonly options: StartServerOptions }
  | { readonly command: 'help' };

/** The usage text of the bin. */
export const serveUsage = `Usage: aftersales-http [--port N] [--host H] [--api-key KEY]... [--body-limit BYTES]

  --port N            port to listen on (0: any free port; default 8787)     env AFTERSALES_PORT
  --host H            interface to listen on (default 127.0.0.1)               env AFTERSALES_HOST
  --api-key KEY       require this API key (repeat for several)                env AFTERSALES_API_KEYS (comma-separated)
  --body-limit BYTES  largest request body (default 1048576)                   env AFTERSALES_BODY_LIMIT
  --help              print this text

Flags win over the environment. Without any key, the service is open to whoever reaches it.`;

const FLAGS = new Set(['--port', '--host', '--api-key', '--body-limit']);

function integer(text: string, field: string, minimum: number, maximum: number): number {
  if (!/^\d+$/.test(text) || Number(text) < minimum || Number(text) > maximum) {
    throw AftersalesError.of('input.invalid', [field], {
      detail: `'${text.slice(0, 40)}' is not an integer from ${minimum} to ${maximum}`,
      detailZh: `“${text.slice(0, 40)}”不是 ${minimum} 到 ${maximum} 之间的整数`,
    });
  }
  return Number(text);
}

/**
 * Reads the bin's flags and environment into {@link startServer} options; flags win over the
 * environment. A pure function: the bin passes `process.argv.slice(2)` and `process.env`.
 *
 * @throws AftersalesError `input.invalid` naming the flag (unknown flag, missing or bad value)
 * @example
 * parseServeArgs(['--port', '0', '--api-key', 'k1'], { AFTERSALES_API_KEYS: 'k2,k3' });
 * // { command: 'serve', options: { port: 0, apiKeys: ['k1'] } }
 */
export function parseServeArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ServeCommand {
  const flags = new Map<string, string[]>();
  for (let index = 0; index < argv.length; index++) {
    const arg = String(argv[index]);
    if (arg === '--help' || arg === '-h') return { command: 'help' };
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (!FLAGS.has(name))
      throw AftersalesError.of('input.invalid', [name], {
        detail: 'unknown flag (see --help)',
        detailZh: '未知的选项（见 --help）',
      });
    const value = inline ?? argv[++index];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw AftersalesError.of('input.required', [name]);
    }
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  const last = (flag: string, variable: string): [string, string] | undefined => {
    const given = flags.get(flag)?.at(-1);
    if (given !== undefined) return [given, flag];
    const fromEnv = env[variable];
    return fromEnv === undefined || fromEnv.trim() === '' ? undefined : [fromEnv.trim(), variable];
  };
  const port = last('--port', 'AFTERSALES_PORT');
  const host = last('--host', 'AFTERSALES_HOST');
  const limit = last('--body-limit', 'AFTERSALES_BODY_LIMIT');
  const keys = flags.get('--api-key') ?? (env.AFTERSALES_API_KEYS ?? '').split(',');
  const apiKeys = keys.map((key) => key.trim()).filter((key) => key !== '');
  return {
    command: 'serve',
    options: {
      ...(port === undefined ? {} : { port: integer(port[0], port[1], 0, 65_535) }),
      ...(host === undefined ? {} : { hostname: host[0] }),
      ...(limit === undefined ? {} : { bodyLimit: integer(limit[0], limit[1], 1, 1_073_741_824) }),
      ...(apiKeys.length === 0 ? {} : { apiKeys }),
    },
  };
}
