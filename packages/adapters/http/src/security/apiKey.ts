/**
 * API-key checks. Keys are compared in constant time (over their SHA-256 digests, so neither
 * the content nor the length of a key leaks through timing).
 */

const encoder = new TextEncoder();

async function digest(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
}

/** Equal byte arrays of the same length, compared without an early exit. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= (a[index] as number) ^ (b[index] as number);
  return difference === 0;
}

/** The key a request presents: `x-api-key`, else `Authorization: Bearer <key>`. */
export function presentedKey(headers: Headers): string | undefined {
  const direct = headers.get('x-api-key');
  if (direct !== null && direct !== '') return direct;
  const authorization = headers.get('authorization');
  const match = authorization === null ? null : /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
  return match?.[1];
}

/** A checker of presented keys against the configured ones (digested once). */
export function createKeyCheck(keys: readonly string[]): (presented: string | undefined) => Promise<boolean> {
  const digests = Promise.all(keys.map(digest));
  return async (presented) => {
    if (presented === undefined) return false;
    const given = await digest(presented);
    let found = false;
    // Every key is compared, whichever matches: the time does not say which one did.
    for (const key of await digests) found = sameBytes(key, given) || found;
    return found;
  };
}
