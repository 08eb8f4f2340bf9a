import type { AddressInfo } from 'node:net';
import { AftersalesError } from '@aftersales/core';
import { serve } from '@hono/node-server';
import { createApp } from '../app/createApp';
import type { HttpServiceOptions } from '../app/options';

/** Options of {@link startServer}: the service's, and where to listen. */
export interface StartServerOptions extends HttpServiceOptions {
  /** The port (default 8787; 0 picks a free one). */
  readonly port?: number;
  /** The interface (default `127.0.0.1`: loopback only; `0.0.0.0` to listen on every interface). */
  readonly hostname?: string;
}

/** A running service. */
export interface RunningServer {
  /** `http://host:port`, e.g. `http://127.0.0.1:8787`. */
  readonly url: string;
  readonly port: number;
  /** Stops accepting connections and resolves once the open ones are closed. */
  close(): Promise<void>;
}

/** The default port. */
export const DEFAULT_PORT = 8787;

/**
 * Starts the service on Node (via `@hono/node-server`) and resolves once it listens.
 *
 * @throws AftersalesError for bad options (`input.*` naming `port`, `hostname` or a service option);
 *   the listen error itself (port in use) rejects the promise
 * @example
 * const server = await startServer({ port: 0, apiKeys: ['s3cret'] });
 * await fetch(`${server.url}/health`);
 * await server.close();
 */
export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const port = options.port ?? DEFAULT_PORT;
  if (typeof port !== 'number' || !Number.isInteger(port) || port < 0 || port > 65_535) {
    throw AftersalesError.of('input.invalid', ['port'], {
      detail: 'a port is an integer from 0 to 65535',
      detailZh: '端口应为 0 到 65535 之间的整数',
    });
  }
  const hostname = options.hostname ?? '127.0.0.1';
  if (typeof hostname !== 'string' || hostname === '') {
    throw AftersalesError.of('input.invalid', ['hostname'], {
      detail: 'a host name or address',
      detailZh: '应为主机名或地址',
    });
  }
  const app = createApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      server.off('error', reject);
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        port: info.port,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Idle keep-alive connections would hold close() open.
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
