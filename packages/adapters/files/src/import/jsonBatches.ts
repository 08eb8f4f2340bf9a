import { AftersalesError, createIssue } from '@aftersales/core';
import type { FileRowResult } from '../types';
import type { BatchSink } from './csvBatches';
import type { ResolvedOptions } from './importOptions';
import { type ArrayElement, JsonArrayScanner } from './jsonArrayScanner';
import { ObjectMapper } from './objectMapper';

const BATCH = 1000;

/**
 * Internal: the rows of a JSON file, which must be one array of objects, streamed: each element's
 * extent is found by {@link JsonArrayScanner} and the element parsed on its own, so memory holds
 * one piece of text and one element at a time, never the array. Row numbers are the elements'
 * 1-based positions.
 *
 * @throws AftersalesError `file.invalid_json` when the text is not an array or an element is not
 *   JSON (naming the element and its character offset; the rows before it stay handed out);
 *   `file.malformed_row` for an element longer than `maxRowChars`
 */
export async function* jsonBatches<T>(
  text: AsyncIterable<string>,
  options: ResolvedOptions,
  sink: BatchSink,
): AsyncGenerator<FileRowResult<T>[]> {
  const mapper = new ObjectMapper(options, sink);
  const scanner = new JsonArrayScanner(options.maxRowChars);
  for await (const piece of text) {
    const elements = scanner.feed(piece);
    for (let start = 0; start < elements.length; start += BATCH) {
      const out: FileRowResult<T>[] = [];
      const end = Math.min(elements.length, start + BATCH);
      let failure: unknown;
      for (let i = start; i < end && failure === undefined; i++) {
        const element = elements[i] as ArrayElement;
        try {
          out.push(mapper.map<T>(parseElement(element), element.index));
        } catch (error) {
          failure = error; // the rows before it are handed out first
        }
      }
      if (out.length > 0) yield out;
      if (failure !== undefined) throw failure;
    }
  }
  scanner.end();
}

function parseElement(element: ArrayElement): unknown {
  try {
    return JSON.parse(element.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'not JSON';
    throw AftersalesError.of('file.invalid_json', ['row', element.index], {
      reason: `element ${element.index}, at character offset ${element.offset}, is not JSON (${reason})`,
      reasonZh: `第 ${element.index} 个元素（字符偏移 ${element.offset}）不是有效的 JSON（${reason}）`,
    });
  }
}

/**
 * Internal: the rows of a JSON Lines file, one object per line, streamed. A line that is not JSON
 * is a rejection of its own (`file.malformed_row`); blank lines are skipped.
 */
export async function* jsonLinesBatches<T>(
  text: AsyncIterable<string>,
  options: ResolvedOptions,
  sink: BatchSink,
): AsyncGenerator<FileRowResult<T>[]> {
  const mapper = new ObjectMapper(options, sink);
  // The text of the line not yet ended, in pieces: joined only once its line feed comes, so a long
  // line read in small pieces is not copied and split again with every piece (quadratic time).
  let carry: string[] = [];
  let carryLength = 0;
  let line = 0;
  const tooLong = (): never => {
    throw AftersalesError.of('file.malformed_row', ['row', line + 1], {
      reason: `the line is longer than ${options.maxRowChars} characters`,
      reasonZh: `该行超过 ${options.maxRowChars} 个字符`,
    });
  };
  const readLines = (chunk: string, final: boolean): FileRowResult<T>[] => {
    if (final && carryLength === 0) return [];
    if (!final && !chunk.includes('\n')) {
      carry.push(chunk);
      carryLength += chunk.length;
      return [];
    }
    const text = carry.join('') + chunk;
    const lines = final ? [text] : text.split('\n');
    const rest = final ? '' : (lines.pop() as string);
    carry = [rest];
    carryLength = rest.length;
    const out: FileRowResult<T>[] = [];
    for (const text of lines) {
      line += 1;
      if (text.trim() === '') {
        sink.blankLines += 1;
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        const reason = error instanceof Error ? error.message : 'not JSON';
        out.push({
          row: line,
          ok: false,
          issues: [
            createIssue('file.malformed_row', [], {
              reason: `not JSON: ${reason}`,
              reasonZh: `不是有效的 JSON：${reason}`,
            }),
          ],
        });
        continue;
      }
      out.push(mapper.map<T>(value, line));
    }
    return out;
  };
  for await (const chunk of text) {
    const out = readLines(chunk, false);
    if (out.length > 0) yield out;
    // Checked once the lines before it are handed out, so that `line + 1` is the long line's own.
    if (carryLength > options.maxRowChars) tooLong();
  }
  const out = readLines('', true);
  if (out.length > 0) yield out;
}
