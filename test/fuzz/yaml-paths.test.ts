/**
 * The CST path and the Document path of parseSource (src/load/cst-to-python.ts) read any
 * input alike: damaged corpus configs, configs generated from the schema, any JSON value
 * written by the `yaml` package in its different styles, and lines put together from the
 * pieces YAML is made of (indents, tabs, indicators, quotes, anchors, tags, comments,
 * brackets), where the CST path must give up exactly where it cannot be sure, and
 * well-formed but untidy documents (odd indents, comments at any column, empty values,
 * repeated keys, block and flow scalars of every style), which it mostly reads itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { stringify, type ToStringOptions } from 'yaml';
import { decodeUtf8 } from '../../src/load/decode.js';
import { ROOT, SHARED } from '../helpers.js';
import { assertSamePaths } from '../load/yaml-paths.js';
import { mutations } from './mutations.js';
import { generatedConfig } from './schema-arbitrary.js';
import { fuzzParameters } from './settings.js';

const corpus = [`${SHARED}corpus/real/`, `${ROOT}fixtures/plan/`, `${ROOT}fixtures/lint/`].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f))),
);

function same(bytes: Buffer): void {
  const d = decodeUtf8('fuzz.yml', bytes);
  if ('text' in d) assertSamePaths(d.text);
}

test('damaged corpus configs read the same on both paths', () => {
  fc.assert(
    fc.property(fc.constantFrom(...corpus), mutations, (bytes, m) => same(m(bytes))),
    fuzzParameters(5),
  );
});

test('configs generated from the schema read the same on both paths', () => {
  fc.assert(
    fc.property(generatedConfig, ({ text }) => {
      assertSamePaths(text);
    }),
    fuzzParameters(1),
  );
});

const styles = fc.record({
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  indent: fc.integer({ min: 1, max: 4 }),
  indentSeq: fc.boolean(),
  flowCollectionPadding: fc.boolean(),
  lineWidth: fc.constantFrom(0, 20, 80),
  directives: fc.boolean(),
});

test('any JSON value, written in any style of the yaml package, reads the same on both paths', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 5 }), styles, (value, options) => {
      let text: string;
      try {
        text = stringify(value, options as ToStringOptions);
      } catch {
        return;
      }
      assertSamePaths(text);
    }),
    fuzzParameters(5),
  );
});

const word = fc.constantFrom('a', 'b', 'key', 'x y', '1', '0o7', '1.5', '1:30', 'yes', 'no', '~', 'null', '2020-01-01', '<<', '=', '', '-', '?', ':', '#', 'é', 'a:b', 'a#b', '\\');
const scalar = fc.oneof(
  word,
  word.map((w) => `'${w}'`),
  word.map((w) => `"${w}"`),
  fc.constantFrom('"a\\tb"', '"a\\x41"', "'it''s'", '"unclosed', "'unclosed", '"\\q"', '&a x', '*a', '!!str 1', '!foo x', '!!binary aGk=', '|', '|-', '>+', '|2', '[', ']', '{', '}', '[a, b]', '{a: 1}', '[a, , b]', '{a}', '[a: 1]', '[]', '{}', '[a,', '`x', '@x', '%x', ',x', '|x'),
);
const comment = fc.constantFrom('', '', ' # c', '#c', ' #', '\t# c');
const indent = fc.oneof(fc.integer({ min: 0, max: 6 }).map((n) => ' '.repeat(n)), fc.constantFrom('\t', ' \t', '\t '));
const line = fc.oneof(
  fc.tuple(indent, fc.constantFrom('', '', '- ', '- - ', '? ', ': ', '-'), scalar, fc.constantFrom(':', ': ', ':  ', ' : ', ''), fc.oneof(scalar, fc.constant('')), comment).map((p) => p.join('')),
  fc.constantFrom('---', '--- # c', '...', '%YAML 1.1', '%TAG ! tag:x,2000:', '', '#', '  # indented comment'),
  indent.chain((i) => scalar.map((s) => `${i}${s}`)),
);

test('lines put together from the pieces of YAML read the same on both paths', () => {
  fc.assert(
    fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\r\n'), fc.boolean(), (lines, eol, last) => {
      assertSamePaths(lines.join(eol) + (last ? eol : ''));
    }),
    fuzzParameters(20),
  );
});

type Gen = fc.GeneratorValue;

const KEYS = ['a', 'b', 'c', 'a', '1', '1.0', 'true', 'yes', '~', 'null', '"a"', "'b'", '=', 'x y', '2020-01-01', '0x1', '"q\\"x"', "''", 'é'] as const;
const VALUES = ['v', '1', '0o17', '017', '1e5', '1.5', '1_0', '1:30', 'on', '~', 'a b', 'x:y', 'a #b', 'http://h:1/p', '-1', '.inf', '.NaN', '2020-01-01 10:00:00', '2021-02-30', '"d"', "'s'", '"m\\n\\t\\x41"', "'it''s'", '"\\u00e9"', '""', "''", '-', '?x', '%x', '08', '0b12'] as const;
const COMMENTS = ['', '', '', ' # c', '  #', '\t# t'] as const;
const BLOCK_HEADERS = ['|', '|-', '|+', '>', '>-', '>+', '|2', '>1-'] as const;

const int = (g: Gen, min: number, max: number): number => g(fc.integer, { min, max });
const pick = <T>(g: Gen, xs: readonly T[]): T => xs[int(g, 0, xs.length - 1)]!;

/** A line of comment or nothing, at any column: where the parser decides which item it belongs to. */
function filler(g: Gen, out: string[], indent: number): void {
  const k = int(g, 0, 5);
  if (k === 0) out.push('');
  else if (k === 1) out.push(`${' '.repeat(int(g, 0, indent + 4))}# note`);
}

/** A scalar after `key: ` or `- ` at `indent`: plain, quoted or spread over lines. */
function someScalar(g: Gen, indent: number): string {
  const k = int(g, 0, 9);
  const more = ' '.repeat(indent + int(g, 1, 3));
  if (k === 0) return `plain\n${more}continued\n\n${more}after a blank`;
  if (k === 1) return `"double\n${more}line \\\n${more}joined"`;
  if (k === 2) return `'single\n\n${more}lines'`;
  return pick(g, VALUES);
}

function flow(g: Gen, depth: number): string {
  const n = int(g, 0, 3);
  const sp = pick(g, ['', ' ']);
  const items = Array.from({ length: n }, () => (depth < 2 && int(g, 0, 4) === 0 ? flow(g, depth + 1) : pick(g, VALUES.filter((v) => !/^[-?%]/.test(v)))));
  const trailing = n > 0 && int(g, 0, 3) === 0 ? ',' : '';
  if (int(g, 0, 1)) return `[${sp}${items.join(`,${pick(g, [' ', '\n   '])}`)}${trailing}${sp}]`;
  return `{${sp}${items.map((v) => `${pick(g, KEYS)}: ${v}`).join(', ')}${trailing}${sp}}`;
}

/** The lines of a block scalar at `indent` (some blank, some more indented). */
function blockLines(g: Gen, indent: number): string[] {
  const step = int(g, 1, 3);
  return Array.from({ length: int(g, 0, 4) }, (_, i) => (int(g, 0, 3) === 0 ? '' : `${' '.repeat(indent + step + int(g, 0, 1) * int(g, 0, 2))}text ${i}`));
}

/** A value after `key:` (or `-`), its first line's rest returned, further lines pushed. */
function value(g: Gen, out: string[], indent: number, depth: number): string {
  const k = depth >= 4 ? int(g, 0, 3) : int(g, 0, 8);
  const c = pick(g, COMMENTS);
  if (k <= 1) return ` ${someScalar(g, indent)}${c}`;
  if (k === 2) return c;
  if (k === 3) return ` ${flow(g, 0)}${c}`;
  if (k === 4) {
    const header = pick(g, BLOCK_HEADERS);
    out.push(...blockLines(g, indent));
    return ` ${header}${c}`;
  }
  const later: string[] = [];
  if (k <= 6) mapping(g, later, indent + int(g, 1, 4), depth + 1);
  else sequence(g, later, int(g, 0, 1) ? indent : indent + int(g, 1, 3), depth + 1);
  out.push(...later);
  return c;
}

function mapping(g: Gen, out: string[], indent: number, depth: number): void {
  const n = int(g, 1, 4);
  const pad = ' '.repeat(indent);
  for (let i = 0; i < n; i++) {
    filler(g, out, indent);
    const at = out.length;
    out.push('');
    out[at] = `${pad}${pick(g, KEYS)}:${value(g, out, indent, depth)}`;
  }
}

function sequence(g: Gen, out: string[], indent: number, depth: number): void {
  const n = int(g, 1, 4);
  const pad = ' '.repeat(indent);
  for (let i = 0; i < n; i++) {
    filler(g, out, indent);
    const k = depth >= 4 ? 0 : int(g, 0, 4);
    const at = out.length;
    out.push('');
    if (k === 0) out[at] = `${pad}-${value(g, out, indent, depth)}`;
    else if (k === 1) {
      // A compact mapping: its first pair on the dash's line.
      const inner: string[] = [];
      mapping(g, inner, indent + 2, depth + 1);
      const first = inner.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'));
      out[at] = `${pad}- ${inner[first]!.trimStart()}`;
      out.push(...inner.slice(first + 1));
    } else if (k === 2) out[at] = `${pad}- - ${someScalar(g, indent + 4)}`;
    else out[at] = `${pad}-${value(g, out, indent, depth)}`;
  }
}

const untidy = fc.gen().map((g) => {
  const out: string[] = [];
  if (int(g, 0, 3) === 0) out.push(pick(g, ['---', '--- # start', '# head']));
  if (int(g, 0, 4) === 0) sequence(g, out, 0, 0);
  else mapping(g, out, 0, 0);
  if (int(g, 0, 3) === 0) out.push(pick(g, ['', '# tail', '  # tail']));
  return out.join(pick(g, ['\n', '\n', '\r\n'])) + pick(g, ['\n', '', '\n\n']);
});

test('well-formed but untidy documents read the same on both paths', () => {
  fc.assert(
    fc.property(untidy, (text) => {
      assertSamePaths(text);
    }),
    fuzzParameters(20),
  );
});
