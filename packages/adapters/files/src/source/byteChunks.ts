import { createReadStream } from 'node:fs';
import { AftersalesError } from '@aftersales/core';

/** Text handed over as a string is cut into pieces of this many characters, so it streams too. */
const TEXT_PIECE = 1 << 20;
/** Bytes read from a file at a time. */
const FILE_CHUNK = 1 << 18;

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

async function* textPieces(text: string): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += TEXT_PIECE) yield text.slice(at, at + TEXT_PIECE);
}

async function* bytesOnce(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

async function* fromFile(path: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(path, { highWaterMark: FILE_CHUNK });
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw AftersalesError.of('file.unreadable', ['source'], { reason });
  } finally {
    stream.destroy();
  }
}

/** Checks each chunk an iterable yields: bytes or text, anything else is a coded error. */
async function* checked(source: AsyncIterable<unknown>): AsyncGenerator<Uint8Array | string> {
  for await (const chunk of source) {
    if (chunk instanceof Uint8Array || typeof chunk === 'string') yield chunk;
    else {
      throw AftersalesError.of('input.invalid_type', ['source', 'chunk'], {
        expected: 'Uint8Array or string chunks',
        received: describe(chunk),
      });
    }
  }
}

/**
 * Internal: the chunks of a {@link FileSource}: a string is a file path, `{ text }` is text.
 *
 * @throws AftersalesError `input.invalid_type` (path `['source']`) for anything that is not a source
 */
export function byteChunks(source: unknown): AsyncIterable<Uint8Array | string> {
  if (typeof source === 'string') return fromFile(source);
  if (source instanceof Uint8Array) return bytesOnce(source);
  if (source !== null && typeof source === 'object') {
    const { path, text } = source as { path?: unknown; text?: unknown };
    if (typeof text === 'string') return textPieces(text);
    // An fs.ReadStream has a `path` too: read it as the stream it is.
    if (typeof path === 'string' && !(Symbol.asyncIterator in source)) return fromFile(path);
    if (typeof (source as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function') {
      return checked(source as AsyncIterable<unknown>);
    }
  }
  throw AftersalesError.of('input.invalid_type', ['source'], {
    expected: 'a file path, { path }, { text }, a Readable, an AsyncIterable of Uint8Array or a Uint8Array',
    received: describe(source),
  });
}
