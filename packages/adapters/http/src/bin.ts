#!/usr/bin/env node
/**
 * `aftersales-http`: starts the service. The only file of the package that reads the process's
 * arguments and environment; it stops gracefully on SIGINT and SIGTERM.
 */
import { isAftersalesError } from '@aftersales/core';
import { parseServeArgs, serveUsage } from './cli/serveArgs';
import { startServer } from './server/startServer';

async function main(): Promise<void> {
  const parsed = parseServeArgs(process.argv.slice(2), process.env);
  if (parsed.command === 'help') {
    console.log(serveUsage);
    return;
  }
  const server = await startServer(parsed.options);
  const keys = parsed.options.apiKeys?.length ?? 0;
  console.log(
    `aftersales-http listening on ${server.url} (${keys === 0 ? 'no API key required' : `${keys} API key(s)`})`,
  );
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`aftersales-http: ${signal}, closing`);
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (isAftersalesError(error)) console.error(`aftersales-http: ${error.message}\n\n${serveUsage}`);
  else console.error(`aftersales-http: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});
