/**
 * Where a JSON text goes wrong, and how, for messages a person can act on. JSON.parse says
 * little (and not always where); this scanner finds the first offending spot and names the
 * usual mistakes: a comment, a trailing or missing comma, single quotes, an unclosed string.
 */

export type JsonProblem =
  | 'comment'
  | 'trailing-comma'
  | 'missing-comma'
  | 'single-quote'
  | 'unterminated-string'
  | 'bad-escape'
  | 'expected-key'
  | 'expected-colon'
  | 'unexpected-end'
  | 'unexpected-character';

export interface JsonSyntaxError {
  /** Offset (UTF-16) of the offending spot. */
  offset: number;
  problem: JsonProblem;
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new JsonScanner(text);
  try {
    scanner.document();
    return undefined;
  } catch (error) {
    if (error instanceof SyntaxStop) return error.found;
    throw error;
  }
}

class SyntaxStop extends Error {
  constructor(readonly found: JsonSyntaxError) {
    super(found.problem);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

class JsonScanner {
  private at = 0;

  constructor(private readonly text: string) {}

  document(): void {
    this.skipSpace();
    this.value();
    this.skipSpace();
    if (this.at < this.text.length) this.stopAtCharacter();
  }

  private value(): void {
    const c = this.text[this.at];
    if (c === '{') this.object();
    else if (c === '[') this.array();
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.token(NUMBER);
    else this.token(LITERAL);
  }

  private object(): void {
    this.at += 1;
    this.skipSpace();
    if (this.text[this.at] === '}') {
      this.at += 1;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] !== '"') this.stopBeforeMember('}', 'expected-key');
      const key = this.at;
      this.string();
      this.skipSpace();
      if (this.text[this.at] !== ':') this.stopAfterKey(key);
      this.at += 1;
      this.skipSpace();
      this.value();
      if (this.endOfList('}')) return;
    }
  }

  private array(): void {
    this.at += 1;
    this.skipSpace();
    if (this.text[this.at] === ']') {
      this.at += 1;
      return;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.at] === ']') this.stopBeforeMember(']', 'unexpected-character');
      this.value();
      if (this.endOfList(']')) return;
    }
  }

  /** After a member or element: true at the closing bracket, false after a comma. */
  private endOfList(close: string): boolean {
    const afterValue = this.at;
    this.skipSpace();
    const c = this.text[this.at];
    if (c === ',') {
      this.at += 1;
      return false;
    }
    if (c === close) {
      this.at += 1;
      return true;
    }
    if (c === '"' || c === '{' || c === '[') this.stop('missing-comma', afterValue);
    return this.stopAtCharacter();
  }

  /**
   * No colon after the key that starts at `key`. A colon inside the key (`"sum-of-parts: "warn"`)
   * means the key's closing quote is missing there.
   */
  private stopAfterKey(key: number): never {
    const colonInKey = this.text.slice(key, this.at).indexOf(':');
    if (colonInKey >= 0) this.stop('unterminated-string', key + colonInKey);
    return this.stop(this.at >= this.text.length ? 'unexpected-end' : 'expected-colon');
  }

  /** Where a key or element should start: name the likely mistake. */
  private stopBeforeMember(close: string, otherwise: JsonProblem): never {
    const c = this.text[this.at];
    if (c === close) this.stop('trailing-comma', this.text.lastIndexOf(',', this.at));
    if (c === "'") this.stop('single-quote');
    if (c === '/' || c === undefined) this.stopAtCharacter();
    return this.stop(otherwise);
  }

  private string(): void {
    const start = this.at;
    this.at += 1;
    for (;;) {
      const code = this.text.charCodeAt(this.at);
      if (Number.isNaN(code) || code === 0x0a || code === 0x0d) this.stop('unterminated-string', start);
      if (code === 0x22) {
        this.at += 1;
        return;
      }
      if (code === 0x5c) {
        ESCAPE.lastIndex = this.at;
        if (!ESCAPE.test(this.text)) this.stop('bad-escape');
        this.at = ESCAPE.lastIndex;
      } else {
        this.at += 1;
      }
    }
  }

  private token(pattern: RegExp): void {
    pattern.lastIndex = this.at;
    if (pattern.test(this.text)) this.at = pattern.lastIndex;
    else this.stopAtCharacter();
  }

  /** Stops at the character here, naming what it most likely is. */
  private stopAtCharacter(): never {
    const c = this.text[this.at];
    if (c === undefined) return this.stop('unexpected-end');
    if (c === '/' && (this.text[this.at + 1] === '/' || this.text[this.at + 1] === '*')) return this.stop('comment');
    if (c === "'") return this.stop('single-quote');
    return this.stop('unexpected-character');
  }

  private skipSpace(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at]!)) this.at += 1;
  }

  private stop(problem: JsonProblem, offset = this.at): never {
    throw new SyntaxStop({ offset, problem });
  }
}
