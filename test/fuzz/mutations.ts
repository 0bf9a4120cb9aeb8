/**
 * Ways a half-edited or damaged file differs from a real one: what a linter in CI sees when
 * someone commits a truncated paste, a file saved on Windows, a tab, a stray byte.
 */
import fc from 'fast-check';

export type Mutation = (bytes: Buffer) => Buffer;

const lines = (b: Buffer): string[] => b.toString('latin1').split('\n');
const joined = (ls: string[]): Buffer => Buffer.from(ls.join('\n'), 'latin1');

const truncate = fc.double({ min: 0, max: 1, noNaN: true }).map((at): Mutation => (b) => b.subarray(0, Math.floor(b.length * at)));

const flipByte = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 255 })).map(
  ([at, byte]): Mutation =>
    (b) => {
      if (!b.length) return b;
      const out = Buffer.from(b);
      out[Math.min(out.length - 1, Math.floor(out.length * at))] = byte;
      return out;
    },
);

/** Latin-1 keeps every byte as one char, so a line can be edited without decoding the file. */
const onLine = (edit: (line: string, n: number) => string) =>
  fc.double({ min: 0, max: 1, noNaN: true }).map(
    (at): Mutation =>
      (b) => {
        const ls = lines(b);
        const i = Math.min(ls.length - 1, Math.floor(ls.length * at));
        ls[i] = edit(ls[i]!, i);
        return joined(ls);
      },
  );

const shiftIndent = fc.integer({ min: -4, max: 4 }).chain((by) => onLine((l) => (by > 0 ? ' '.repeat(by) + l : l.replace(new RegExp(`^ {0,${-by}}`), ''))));
const tabIndent = onLine((l) => l.replace(/^( +)/, (s) => '\t'.repeat(Math.max(1, s.length / 2))));
const duplicateLine: fc.Arbitrary<Mutation> = fc.double({ min: 0, max: 1, noNaN: true }).map((at) => (b) => {
  const ls = lines(b);
  const i = Math.min(ls.length - 1, Math.floor(ls.length * at));
  ls.splice(i, 0, ls[i]!);
  return joined(ls);
});
const invalidUtf8 = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom([0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x00])).map(
  ([at, seq]): Mutation =>
    (b) => {
      const i = Math.floor(b.length * at);
      return Buffer.concat([b.subarray(0, i), Buffer.from(seq), b.subarray(i)]);
    },
);
const constant = (m: Mutation) => fc.constant(m);
const bom = constant((b) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), b]));
const crlf = constant((b) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1'));
const loneCr = constant((b) => Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r'), 'latin1'));
const utf16 = constant((b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(b.toString('utf8'), 'utf16le')]));
const controlChar = onLine((l) => `${l}\u0007`);
/** A line grown into a long one-line flow mapping, where every key is a finding on the same line. */
const longLine = fc.integer({ min: 20, max: 400 }).chain((n) => onLine((l) => `${l}${l.includes(':') ? ' ' : ': '}{${Array.from({ length: n }, (_, i) => `k${i}: v${i}`).join(', ')}}`));

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(truncate, flipByte, shiftIndent, tabIndent, duplicateLine, invalidUtf8, bom, crlf, loneCr, utf16, controlChar, longLine);

/** One to three mutations applied in turn. */
export const mutations: fc.Arbitrary<Mutation> = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => (b) => ms.reduce((acc, m) => m(acc), b));
