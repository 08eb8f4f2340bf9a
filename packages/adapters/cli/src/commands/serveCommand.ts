import {
  DEFAULT_PORT,
  parseServeArgs,
  type RunningServer,
  type StartServerOptions,
  serveUsage,
  startServer,
} from '@aftersales/adapter-http';
import { AftersalesError, isAftersalesError } from '@aftersales/core';
import type { Command } from './command';

const usage = serveUsage.replace('aftersales-http', 'aftersales serve');

// A port in use or taken by the system, or an address not on this machine, is the user's to fix
// (exit code 2 naming the option), not an internal error.
async function listen(options: StartServerOptions): Promise<RunningServer> {
  try {
    return await startServer(options);
  } catch (error) {
    if (isAftersalesError(error)) throw error;
    const code = (error as { code?: unknown } | null)?.code;
    const option =
      code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? '--host' : '--port';
    const where = `${options.hostname ?? '127.0.0.1'}:${options.port ?? DEFAULT_PORT}`;
    const reason = error instanceof Error ? error.message : String(error);
    throw AftersalesError.of('cli.invalid_argument', [option], {
      reason: `cannot listen on ${where} (${reason})`,
      reasonZh: `无法在 ${where} 上监听（${reason}）`,
    });
  }
}

/**
 * `aftersales serve`: the rules as an HTTP service (adapter-http), until the process is asked
 * to stop; open requests are finished before it exits.
 */
export const serveCommand: Command = {
  words: ['serve'],
  summary: {
    en: 'serve the rules over HTTP (OpenAPI at /openapi.json)',
    zh: '以 HTTP 服务提供规则（OpenAPI 见 /openapi.json）',
  },
  usage,
  run: async (args, io) => {
    const parsed = parseServeArgs(args, io.env);
    if (parsed.command === 'help') {
      io.stdout(`${usage}\n`);
      return 0;
    }
    const server = await listen(parsed.options);
    const keys = parsed.options.apiKeys?.length ?? 0;
    io.stderr(
      `aftersales serve: listening on ${server.url} (${keys === 0 ? 'no API key required' : `${keys} API key(s)`})\n`,
    );
    await new Promise<void>((done) => {
      if (io.signal === undefined || io.signal.aborted) done();
      else io.signal.addEventListener('abort', () => done(), { once: true });
    });
    await server.close();
    io.stderr('aftersales serve: stopped\n');
    return 0;
  },
};
