import { AftersalesError } from '@aftersales/core';

/** One element of the top-level array: its text, position (1-based) and where it starts. */
export interface ArrayElement {
  readonly text: string;
  readonly index: number;
  readonly offset: number;
}

/** Where the scanner is: before `[`; after `[`; after `,`; inside an element; after `]`. */
const At = { Start: 0, First: 1, Next: 2, Element: 3, End: 4 } as const;
type At = (typeof At)[keyof typeof At];

const isSpace = (code: number): boolean => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

const invalid = (reason: string, reasonZh: string): AftersalesError =>
  AftersalesError.of('file.invalid_json', [], { reason, reasonZh });

/**
 * Internal: finds the extent of each element of a top-level JSON array in text handed over piece
 * by piece, so that each element can be parsed on its own and the array never has to be held
 * whole. It only tracks strings (with their escapes) and bracket depth; whether an element is
 * valid JSON is `JSON.parse`'s to say. Offsets count UTF-16 code units from the start of the text.
 */
export class JsonArrayScanner {
  private at: At = At.Start;
  private offset = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  private partsLength = 0;
  private start = 0;
  private index = 0;
  private failure: unknown;

  constructor(private readonly maxElementChars: number) {}

  /**
   * The elements that end in `piece` (an element still open is kept for the next piece). When the
   * piece turns out malformed after some elements, those are returned and the error is thrown by
   * the next call, so that every element before the fault is handed out.
   */
  feed(piece: string): ArrayElement[] {
    if (this.failure !== undefined) throw this.failure;
    const out: ArrayElement[] = [];
    try {
      this.scan(piece, out);
    } catch (error) {
      if (out.length === 0) throw error;
      this.failure = error;
    }
    return out;
  }

  private scan(piece: string, out: ArrayElement[]): void {
    let from = 0; // where the open element's text starts in this piece
    for (let i = 0; i < piece.length; i++) {
      const code = piece.charCodeAt(i);
      if (this.at === At.Element) {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (code === 0x5c) this.escaped = true;
          else if (code === 0x22) this.inString = false;
          continue;
        }
        if (code === 0x22) this.inString = true;
        else if (code === 0x7b || code === 0x5b) this.depth += 1;
        else if ((code === 0x7d || code === 0x5d) && this.depth > 0) this.depth -= 1;
        else if (this.depth === 0 && (code === 0x2c || code === 0x5d)) {
          out.push(this.close(piece.slice(from, i)));
          this.at = code === 0x2c ? At.Next : At.End;
        }
        continue;
      }
      if (isSpace(code)) continue;
      const where = this.offset + i;
      if (this.at === At.Start) {
        if (code !== 0x5b) throw invalid('the top level is not an array', '顶层不是数组');
        this.at = At.First;
      } else if (this.at === At.End) {
        throw invalid(
          `text after the closing ] at character offset ${where}`,
          `在字符偏移 ${where} 处，右方括号 ] 之后还有内容`,
        );
      } else if (code === 0x5d && this.at === At.First) {
        this.at = At.End;
      } else if (code === 0x2c || code === 0x5d) {
        throw invalid(
          `a missing element before the '${piece[i]}' at character offset ${where}`,
          `在字符偏移 ${where} 处的“${piece[i]}”之前缺少元素`,
        );
      } else {
        this.at = At.Element;
        this.start = where;
        this.index += 1;
        from = i;
        i -= 1; // read the element's first character as part of it
      }
    }
    if (this.at === At.Element) this.keep(piece.slice(from));
    this.offset += piece.length;
  }

  /** Checks that the text ended after the closing `]`. */
  end(): void {
    if (this.failure !== undefined) throw this.failure;
    if (this.at === At.End) return;
    const where = this.offset;
    if (this.at === At.Start) throw invalid('the text holds no array', '文本中没有数组');
    throw invalid(
      `the text ends inside the array, at character offset ${where} (no closing ])`,
      `文本在数组内部结束，字符偏移 ${where}（缺少右方括号 ]）`,
    );
  }

  private keep(text: string): void {
    this.parts.push(text);
    this.partsLength += text.length;
    if (this.partsLength > this.maxElementChars) {
      throw AftersalesError.of('file.malformed_row', ['row', this.index], {
        reason: `element ${this.index} is longer than ${this.maxElementChars} characters`,
        reasonZh: `第 ${this.index} 个元素超过 ${this.maxElementChars} 个字符`,
      });
    }
  }

  private close(tail: string): ArrayElement {
    this.keep(tail);
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts = [];
    this.partsLength = 0;
    this.depth = 0;
    return { text, index: this.index, offset: this.start };
  }
}
