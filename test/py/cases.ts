/** Reads the cases scripts/record-python-cases.py recorded from Python, and decodes its value form. */
import { readFileSync } from 'node:fs';
import type { PyValue } from '../../src/py/value.js';

export interface RecordedWith {
  python: string;
  unicode: string;
}

/** One value in the recorder's tagged JSON form; see the recorder's docstring. */
export type Encoded =
  | { str: string }
  | { int: string }
  | { float: string }
  | { bool: boolean }
  | { none: null }
  | { bytes: string }
  | { date: [number, number, number] }
  | { datetime: [number, number, number, number, number, number, number]; tz: number | null }
  | { list: Encoded[] }
  | { dict: [Encoded, Encoded][] };

/** The JSON stays in the source tree; tests run from dist/test/py/, three levels below the root. */
const CASES = new URL('../../../test/py/cases/', import.meta.url);

export function readCases<T>(name: string): T & { recorded_with: RecordedWith } {
  return JSON.parse(readFileSync(new URL(`${name}.json`, CASES), 'utf8')) as T & { recorded_with: RecordedWith };
}

export function decode(e: Encoded): PyValue {
  if ('str' in e) return { kind: 'str', value: e.str };
  if ('int' in e) return { kind: 'int', value: BigInt(e.int) };
  if ('float' in e) return { kind: 'float', value: floatFromBits(e.float) };
  if ('bool' in e) return { kind: 'bool', value: e.bool };
  if ('none' in e) return { kind: 'none' };
  if ('bytes' in e) return { kind: 'bytes', value: Uint8Array.from(Buffer.from(e.bytes, 'hex')) };
  if ('date' in e) {
    const [year, month, day] = e.date;
    return { kind: 'date', year, month, day };
  }
  if ('datetime' in e) {
    const [year, month, day, hour, minute, second, microsecond] = e.datetime;
    return { kind: 'datetime', year, month, day, hour, minute, second, microsecond, tzOffsetMinutes: e.tz };
  }
  if ('list' in e) return { kind: 'list', items: e.list.map(decode) };
  return { kind: 'dict', entries: e.dict.map(([k, v]) => ({ key: decode(k), value: decode(v) })) };
}

/** The recorder writes floats as IEEE 754 bits so that -0.0, nan and inf survive JSON. */
function floatFromBits(hex: string): number {
  return Buffer.from(hex, 'hex').readDoubleBE(0);
}

/** JSON.stringify for messages, so control characters and quotes show up in failures. */
export const show = (s: string): string => JSON.stringify(s);
