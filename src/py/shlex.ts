/**
 * Python's `shlex.split(s)` (posix mode, no comments), which Patroni uses to turn command
 * strings from the config into argv. Matching it exactly matters more than matching a real
 * shell: Patroni never runs a shell, so `$VAR`, globs and `~` stay literal, and only the
 * quirks below decide the argv.
 *
 * Python behaviours reproduced here on purpose:
 * - Only space, tab, CR and LF separate words; vertical tab, form feed and U+00A0 are word
 *   characters.
 * - Backslash-newline is not a line continuation: it yields a literal newline in the word.
 * - Inside double quotes a backslash escapes only `\` and `"`; before anything else it stays.
 * - `''` and `""` make an empty argument; quotes glue onto neighbouring text (`a'b c'd` is `ab cd`).
 * - A string ending in a backslash inside double quotes (`"abc\`) fails with
 *   "No escaped character", not "No closing quotation".
 */

/** Python's ValueError messages, verbatim: callers show them to users. */
export type ShlexProblem = 'No closing quotation' | 'No escaped character';

/** Raised where Python's `shlex.split` raises ValueError. */
export class ShlexError extends Error {
  override readonly name = 'ShlexError';
  /**
   * Index (UTF-16 code units, as JS strings count) of the opening quote that never closes,
   * or of the backslash with nothing after it, so a linter can point at the culprit rather
   * than at the end of the string where Python noticed.
   */
  readonly offset: number;

  constructor(message: ShlexProblem, offset: number) {
    super(message);
    this.offset = offset;
  }
}

const SEPARATORS = new Set([' ', '\t', '\r', '\n']);

/** What a quoted or escaped piece contributed, and where scanning resumes. */
interface Piece {
  text: string;
  next: number;
}

export function shlexSplit(s: string): string[] {
  const words: string[] = [];
  let word = '';
  // Tracked apart from `word` because a quoted empty string is still an argument.
  let inWord = false;
  let at = 0;
  while (at < s.length) {
    const ch = s[at]!;
    if (SEPARATORS.has(ch)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      at += 1;
      continue;
    }
    const piece = readPiece(s, at);
    word += piece.text;
    at = piece.next;
    inWord = true;
  }
  if (inWord) words.push(word);
  return words;
}

function readPiece(s: string, at: number): Piece {
  switch (s[at]) {
    case "'":
      return readSingleQuoted(s, at);
    case '"':
      return readDoubleQuoted(s, at);
    case '\\':
      return readEscape(s, at);
    default:
      return { text: s[at]!, next: at + 1 };
  }
}

/** Single quotes take everything literally, backslashes included. */
function readSingleQuoted(s: string, open: number): Piece {
  const close = s.indexOf("'", open + 1);
  if (close < 0) throw new ShlexError('No closing quotation', open);
  return { text: s.slice(open + 1, close), next: close + 1 };
}

function readDoubleQuoted(s: string, open: number): Piece {
  let text = '';
  let at = open + 1;
  while (at < s.length) {
    const ch = s[at]!;
    if (ch === '"') return { text, next: at + 1 };
    if (ch === '\\') {
      // The escape check comes first, so a trailing backslash here reports the escape.
      if (at + 1 >= s.length) throw new ShlexError('No escaped character', at);
      const escaped = s[at + 1]!;
      text += escaped === '\\' || escaped === '"' ? escaped : `\\${escaped}`;
      at += 2;
      continue;
    }
    text += ch;
    at += 1;
  }
  throw new ShlexError('No closing quotation', open);
}

/** Outside quotes a backslash takes the next character literally, whatever it is. */
function readEscape(s: string, at: number): Piece {
  if (at + 1 >= s.length) throw new ShlexError('No escaped character', at);
  return { text: s[at + 1]!, next: at + 2 };
}
