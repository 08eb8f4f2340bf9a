import { afterAll, beforeAll } from 'vitest';
import type { HttpLogger } from './app/options';
import { type RunningServer, type StartServerOptions, startServer } from './server/startServer';

/**
 * Test helpers (not exported by the package): a real server on 127.0.0.1, port 0, for the tests
 * of a file, and requests made with fetch as any client would.
 */

/** An HTTP answer: status, headers and the body as parsed JSON (or the text, when not JSON). */
export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read the JSON bodies by field
  readonly body: any;
}

/** A logger that keeps what it is told, for the tests to read. */
export function memoryLogger(): HttpLogger & {
  readonly entries: { message: string; reference: string; error: unknown }[];
} {
  const entries: { message: string; reference: string; error: unknown }[] = [];
  return { entries, error: (message, { reference, error }) => entries.push({ message, reference, error }) };
}

/** Starts a server before the file's tests and closes it after; `url()` is its base URL. */
export function useServer(options: StartServerOptions = {}): { url: () => string } {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer({ port: 0, hostname: '127.0.0.1', logger: memoryLogger(), ...options });
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    url: () => {
      if (server === undefined) throw new Error('the server has not started');
      return server.url;
    },
  };
}

/** Reads a response: JSON when it parses, else the text. */
export async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Left as text: the test says what it expected.
  }
  return { status: response.status, headers: response.headers, body };
}

/** POSTs `body` (JSON-encoded unless it is a string) with `Content-Type: application/json`. */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return answerOf(response);
}

/** GETs `url`. */
export async function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return answerOf(await fetch(url, { headers }));
}
