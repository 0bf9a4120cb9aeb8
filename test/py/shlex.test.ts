import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ShlexError, shlexSplit } from '../../src/py/shlex.js';
import { readCases, show } from './cases.js';

interface SplitCase {
  input: string;
  tokens?: string[];
  error?: string;
  offset?: number;
}

interface ShlexFile {
  hand: SplitCase[];
  exhaustive: { alphabet: string[]; max_len: number; cases: SplitCase[] };
  random: { alphabet: string[]; seed: number; cases: SplitCase[] };
}

const recorded = readCases<ShlexFile>('shlex');

/** What our split gives, in the shape the recorder wrote Python's answer. */
function ours(input: string): SplitCase {
  try {
    return { input, tokens: shlexSplit(input) };
  } catch (err) {
    if (!(err instanceof ShlexError)) throw err;
    return { input, error: err.message, offset: err.offset };
  }
}

function mismatches(cases: SplitCase[]): string[] {
  const out: string[] = [];
  for (const want of cases) {
    const got = ours(want.input);
    if (JSON.stringify(got) !== JSON.stringify(want)) out.push(`${show(want.input)}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  return out;
}

test('readable examples', () => {
  assert.deepEqual(shlexSplit(`pg_ctl -D '/data dir' -o "-c port=5433"`), ['pg_ctl', '-D', '/data dir', '-o', '-c port=5433']);
  assert.deepEqual(shlexSplit(`a'b c'd`), ['ab cd']);
  assert.deepEqual(shlexSplit(`'' ""`), ['', '']);
  assert.deepEqual(shlexSplit(`"\\$HOME \\"x\\" \\\\"`), ['\\$HOME "x" \\']);
  assert.deepEqual(shlexSplit(`'\\'`), ['\\']);
  assert.deepEqual(shlexSplit('a\\\nb'), ['a\nb'], 'backslash-newline is kept, not a continuation');
  assert.deepEqual(shlexSplit('a\vb\fc'), ['a\vb\fc'], 'only space, tab, CR, LF separate');
  assert.deepEqual(shlexSplit('echo $HOME # not a comment'), ['echo', '$HOME', '#', 'not', 'a', 'comment']);
  assert.deepEqual(shlexSplit(' \t\r\n'), []);
});

test('errors carry Python message and the culprit offset', () => {
  const fail = (input: string, message: string, offset: number): void =>
    assert.throws(() => shlexSplit(input), (err: unknown) => err instanceof ShlexError && err.message === message && err.offset === offset, show(input));
  fail(`echo "unterminated`, 'No closing quotation', 5);
  fail(`"a" 'b`, 'No closing quotation', 4);
  fail(`"a\\"`, 'No closing quotation', 0);
  fail(`trailing\\`, 'No escaped character', 8);
  fail(`"inside quotes\\`, 'No escaped character', 14);
  fail(`😀 '`, 'No closing quotation', 3);
  const err = (() => {
    try {
      shlexSplit("'");
    } catch (e) {
      return e;
    }
    return undefined;
  })();
  assert.ok(err instanceof Error && err.name === 'ShlexError');
});

test('hand-picked inputs match Python', () => {
  assert.deepEqual(mismatches(recorded.hand).slice(0, 10), []);
});

test('every string up to length 4 over the transition alphabet matches Python', () => {
  const { cases, alphabet, max_len } = recorded.exhaustive;
  const expected = Array.from({ length: max_len + 1 }, (_, n) => alphabet.length ** n).reduce((a, b) => a + b, 0);
  assert.equal(cases.length, expected);
  assert.deepEqual(mismatches(cases).slice(0, 10), []);
});

test('property: 2,000 random strings of tricky characters match Python', () => {
  const { cases, alphabet } = recorded.random;
  assert.equal(cases.length, 2000);
  const allowed = new Set(alphabet);
  assert.ok(cases.every((c) => [...c.input].every((ch) => allowed.has(ch))));
  assert.ok(cases.some((c) => c.error) && cases.some((c) => c.tokens), 'the sample covers both outcomes');
  assert.deepEqual(mismatches(cases).slice(0, 10), []);
});
