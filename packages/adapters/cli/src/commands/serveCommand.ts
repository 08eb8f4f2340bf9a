import {
  DEFAULT_PORT,
  parseServeArgs,
  type RunningServer,
  type StartServerOptions,
  serveUsage,
  startServer,
} from '@aftersales/adapter-http';
import { AftersalesError, isAftersalesError } from '@aftersales/core';
import { chooseLang } from '../cli/messages';
import type { Command } from './command';

const usage = {
  en: serveUsage.replace('aftersales-http', 'aftersales serve'),
  zh: `用法：aftersales serve [--port N] [--host H] [--api-key KEY]... [--body-limit BYTES]

  --port N            监听端口（0：任一空闲端口；默认 8787）       环境变量 AFTERSALES_PORT
  --host H            监听地址（默认 127.0.0.1）                     环境变量 AFTERSALES_HOST
  --api-key KEY       要求该 API 密钥（可重复给出多个）              环境变量 AFTERSALES_API_KEYS（逗号分隔）
  --body-limit BYTES  请求体上限（默认 1048576）                     环境变量 AFTERSALES_BODY_LIMIT
  --help              输出本说明

命令行参数优先于环境变量。未设置密钥时，任何能访问到的人都可使用该服务。`,
};

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
    const lang = chooseLang(io.lang, io.env);
    const parsed = parseServeArgs(args, io.env);
    if (parsed.command === 'help') {
      io.stdout(`${usage[lang]}\n`);
      return 0;
    }
    const server = await listen(parsed.options);
    const keys = parsed.options.apiKeys?.length ?? 0;
    io.stderr(
      lang === 'zh'
        ? `aftersales serve：正在监听 ${server.url}（${keys === 0 ? '无需 API 密钥' : `${keys} 个 API 密钥`}）\n`
        : `aftersales serve: listening on ${server.url} (${keys === 0 ? 'no API key required' : `${keys} API key(s)`})\n`,
    );
    await new Promise<void>((done) => {
      if (io.signal === undefined || io.signal.aborted) done();
      else io.signal.addEventListener('abort', () => done(), { once: true });
    });
    await server.close();
    io.stderr(lang === 'zh' ? 'aftersales serve：已停止\n' : 'aftersales serve: stopped\n');
    return 0;
  },
};
