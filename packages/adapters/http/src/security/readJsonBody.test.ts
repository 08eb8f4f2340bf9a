import { describe, expect, it } from 'vitest';
import { readJsonBody } from './readJsonBody';

const LIMITS = { bodyLimit: 1_024, maxDepth: 16 };

/** A POST whose body sends `first` and then fails, as when the client closes the connection. */
function cutOffRequest(first: string): Request {
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) controller.error(new Error('aborted'));
      else controller.enqueue(new TextEncoder().encode(first));
      sent = true;
    },
  });
  return new Request('http://localhost/v1/kpis/compute', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('readJsonBody', () => {
  it('answers a body cut off by the client with 400 http.invalid_json, not an uncaught error', async () => {
    // Before the fix the stream's error escaped: the service logged it as a 500 failure.
    const result = await readJsonBody(cutOffRequest('{"kpis":'), LIMITS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.status, result.issue.code]).toEqual([400, 'http.invalid_json']);
    expect(result.issue.params?.reason).toBe('the body was cut off before its end');
  });

  it('reads a whole body sent in pieces', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of ['{"a":', '[1,', '2]}']) controller.enqueue(new TextEncoder().encode(piece));
        controller.close();
      },
    });
    const request = new Request('http://localhost/x', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(await readJsonBody(request, LIMITS)).toEqual({ ok: true, value: { a: [1, 2] } });
  });
});
