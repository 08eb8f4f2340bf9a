import { AftersalesError } from '@aftersales/core';
import type { FileEncoding } from '../types';

const LF = 0x0a;
const BOM = '\uFEFF';

/** Which decoder a file ended up read with; `'text'` when the source handed over strings. */
export type DecodedAs = 'utf-8' | 'gb18030' | 'text' | 'undecided';

/** Internal: decoded text of a byte stream, and the encoding it was read in. */
export interface TextPieces {
  readonly pieces: AsyncIterable<string>;
  /** Known once the first non-ASCII byte has been read (`'undecided'` for an all-ASCII file). */
  readonly encoding: () => DecodedAs;
}

function decodes(label: string, bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

/**
 * The offset in `bytes` of the byte at which decoding fails: the shortest failing prefix, found by
 * halving (decoding a prefix in stream mode only fails on a byte that is wrong, never on a
 * character cut at the end). A piece that only fails because it ends mid-character reports the
 * first byte of that character.
 */
function firstBadByte(label: string, bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  if (decodes(label, bytes, true)) {
    for (let k = 1; k <= 4 && k <= bytes.length; k++) {
      if (decodes(label, bytes.subarray(0, bytes.length - k), false)) return bytes.length - k;
    }
    return Math.max(0, bytes.length - 1);
  }
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (decodes(label, bytes.subarray(0, middle + 1), true)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * The last byte below 0x30 (`"`, `,`, space, LF, …): never part of a multi-byte character in
 * UTF-8 (continuation bytes are 0x80–0xBF) nor in GB18030 (trail bytes are 0x30 and above), so a
 * cut after it is a character boundary too. A JSON array on one line has many.
 */
function lastBoundary(bytes: Uint8Array): number {
  for (let i = bytes.length - 1; i >= 0; i--) if ((bytes[i] as number) < 0x30) return i;
  return -1;
}

/**
 * Internal: decodes a byte stream into text pieces that each end at a line feed (`cutAt: 'line'`),
 * or after any byte below 0x30 (`cutAt: 'boundary'`, for JSON, whose arrays are often one line).
 *
 * Every piece is cut after a LF byte, which is a character boundary in UTF-8 and in GB18030 (GB18030
 * trail bytes are 0x30–0x39, 0x40–0x7E, 0x80–0xFE: never 0x0A). So each piece decodes on its own,
 * and a bad byte's offset is exact. `auto` reads a UTF-8 byte order mark as UTF-8; otherwise it
 * waits for the first line with a byte ≥ 0x80 (for `'boundary'` pieces, the first such piece) and
 * takes UTF-8 when that line is valid UTF-8, GB18030 otherwise. The BOM (UTF-8, or U+FEFF in any
 * encoding) is dropped.
 *
 * @throws AftersalesError `file.encoding` with the byte offset of the first bad byte, or
 *   `file.malformed_row` when a line is longer than `maxLineBytes` (bounded memory)
 */
export function decodeText(
  chunks: AsyncIterable<Uint8Array | string>,
  encoding: Exclude<FileEncoding, 'gbk'>,
  maxLineBytes: number,
  cutAt: 'line' | 'boundary' = 'line',
): TextPieces {
  const lastCut = cutAt === 'line' ? (bytes: Uint8Array) => bytes.lastIndexOf(LF) : lastBoundary;
  let mode: DecodedAs = encoding === 'auto' ? 'undecided' : encoding;
  const fail = (label: string, offset: number): never => {
    throw AftersalesError.of('file.encoding', [], { encoding: label, offset });
  };
  const decodePiece = (piece: Uint8Array, offset: number): string => {
    if (mode === 'undecided') {
      const high = piece.findIndex((byte) => byte >= 0x80);
      if (high < 0) return new TextDecoder('utf-8').decode(piece);
      // A piece may hold many lines (a whole small file): the first line with a non-ASCII byte
      // decides, so that a UTF-8 line followed by GBK ones is refused, never read as GB18030 whole
      // (UTF-8 Chinese text often reads as valid, garbled, GB18030). JSON decides on the piece.
      const end = cutAt === 'line' ? piece.indexOf(LF, high) : -1;
      const sample = end < 0 ? piece : piece.subarray(0, end + 1);
      mode = decodes('utf-8', sample, false) ? 'utf-8' : 'gb18030';
      if (mode === 'gb18030' && !decodes('gb18030', sample, false)) {
        // Neither reads it: name the byte where the reading that gets further stops, so that a GBK
        // file with one bad byte is not reported at its first Chinese character (bad UTF-8).
        const bad = Math.max(firstBadByte('utf-8', sample), firstBadByte('gb18030', sample));
        fail('UTF-8 or GB18030', offset + bad);
      }
    }
    const label = mode === 'gb18030' ? 'gb18030' : 'utf-8';
    try {
      return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(piece);
    } catch {
      return fail(label === 'utf-8' ? 'UTF-8' : 'GB18030', offset + firstBadByte(label, piece));
    }
  };
  async function* pieces(): AsyncGenerator<string> {
    // The bytes after the last cut, in the chunks they came in: joined only once a cut is found, so
    // a long line read in small chunks is copied once, not once per chunk (quadratic time).
    let carry: Uint8Array[] = [];
    let carryLength = 0;
    let offset = 0; // byte offset of the carry in the file
    let first = true;
    let sawBytes = false;
    const tooLong = (): never => {
      throw AftersalesError.of('file.malformed_row', [], {
        reason: `a line is longer than ${maxLineBytes} bytes`,
        reasonZh: `有一行超过 ${maxLineBytes} 字节`,
      });
    };
    for await (const chunk of chunks) {
      if (typeof chunk === 'string') {
        if (carryLength > 0) yield decodePiece(concat(carry, carryLength), offset);
        offset += carryLength;
        carry = [];
        carryLength = 0;
        if (!sawBytes) mode = 'text';
        const text = first && chunk.startsWith(BOM) ? chunk.slice(1) : chunk;
        if (chunk.length > 0) first = false;
        yield text;
        continue;
      }
      sawBytes = true;
      // The carry holds no cut byte, so a chunk without one only adds to it.
      if (!first && lastCut(chunk) < 0) {
        carry.push(chunk);
        carryLength += chunk.length;
        if (carryLength > maxLineBytes) tooLong();
        continue;
      }
      let bytes: Uint8Array = concat([...carry, chunk], carryLength + chunk.length);
      if (first) {
        if (
          bytes.length < 3 &&
          bytes.length > 0 &&
          [0xef, 0xbb, 0xbf].slice(0, bytes.length).every((b, i) => bytes[i] === b)
        ) {
          carry = [bytes]; // wait: may be the start of a BOM
          carryLength = bytes.length;
          continue;
        }
        if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
          if (mode === 'gb18030') fail('GB18030 (the file starts with a UTF-8 byte order mark)', 0);
          mode = 'utf-8';
          bytes = bytes.subarray(3);
          offset = 3;
        }
        if (bytes.length > 0 || chunk.length > 0) first = false;
      }
      const cut = lastCut(bytes);
      if (cut < 0) {
        carry = [bytes];
        carryLength = bytes.length;
        if (carryLength > maxLineBytes) tooLong();
        continue;
      }
      const text = decodePiece(bytes.subarray(0, cut + 1), offset);
      offset += cut + 1;
      carry = [bytes.subarray(cut + 1)];
      carryLength = bytes.length - cut - 1;
      yield text;
    }
    if (carryLength > 0) yield decodePiece(concat(carry, carryLength), offset);
  }
  // A U+FEFF at the start of the decoded text (e.g. GB18030's own BOM, 84 31 95 33) is dropped too.
  async function* withoutBom(): AsyncGenerator<string> {
    let start = true;
    for await (const piece of pieces()) {
      if (start && piece.length > 0) {
        start = false;
        yield piece.startsWith(BOM) ? piece.slice(1) : piece;
      } else yield piece;
    }
  }
  return { pieces: withoutBom(), encoding: () => mode };
}
