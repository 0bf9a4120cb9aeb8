/**
 * Scalar typing exactly as PyYAML 5/6 `safe_load` does it (YAML 1.1 resolvers), which is
 * what Patroni reads its configuration with. The `yaml` package's own 1.1 schema differs in
 * details that change argv (PyYAML needs a dot in a float, so `1e5` stays a string; `9:30`
 * is the sexagesimal int 570; `08` stays a string), so plain scalars are typed here instead.
 */
import { INT_MAX_STR_DIGITS } from '../py/str.js';
import type { PyScalar } from '../py/value.js';

const BOOL_TRUE = new Set(['yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const BOOL_FALSE = new Set(['no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);

// PyYAML checks its implicit resolvers in this order: bool, float, int, merge, null, timestamp, value.
const FLOAT_RE =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT_RE =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL_RE = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP_RE =
  /^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$/;

/** The YAML tags PyYAML's SafeConstructor knows for scalars, short form. */
export type ScalarTag = 'bool' | 'float' | 'int' | 'merge' | 'null' | 'timestamp' | 'value' | 'str';

/** Which tag PyYAML gives a plain (unquoted) scalar. */
export function implicitTag(text: string): ScalarTag {
  if (BOOL_TRUE.has(text) || BOOL_FALSE.has(text)) return 'bool';
  if (FLOAT_RE.test(text)) return 'float';
  if (INT_RE.test(text)) return 'int';
  if (text === '<<') return 'merge';
  if (NULL_RE.test(text)) return 'null';
  if (TIMESTAMP_RE.test(text)) return 'timestamp';
  if (text === '=') return 'value';
  return 'str';
}

export class ScalarConstructError extends Error {}

/** Builds the Python value for a scalar of a known tag, or throws as PyYAML's constructor would. */
export function constructScalar(tag: ScalarTag, text: string): PyScalar {
  switch (tag) {
    case 'str':
      return { kind: 'str', value: text };
    case 'null':
      return { kind: 'none' };
    case 'bool':
      return constructBool(text);
    case 'int':
      return { kind: 'int', value: constructInt(text) };
    case 'float':
      return { kind: 'float', value: constructFloat(text) };
    case 'timestamp':
      return constructTimestamp(text);
    case 'merge':
    case 'value':
      // SafeConstructor has no constructor for these tags outside a mapping key.
      throw new ScalarConstructError(`PyYAML cannot construct a value tagged !!${tag} (the plain scalar '${text}')`);
  }
}

function constructBool(text: string): PyScalar {
  const lower = text.toLowerCase();
  if (['yes', 'true', 'on'].includes(lower)) return { kind: 'bool', value: true };
  if (['no', 'false', 'off'].includes(lower)) return { kind: 'bool', value: false };
  throw new ScalarConstructError(`'${text}' is not a YAML 1.1 boolean`);
}

function splitSign(text: string): [bigint, string] {
  const clean = text.replace(/_/g, '');
  if (clean.startsWith('-')) return [-1n, clean.slice(1)];
  if (clean.startsWith('+')) return [1n, clean.slice(1)];
  return [1n, clean];
}

/**
 * An int PyYAML builds but Python cannot turn into text: `str()`, `repr()` and `json.dumps`
 * refuse more than 4300 decimal digits, so Patroni fails wherever it uses the value.
 */
export class IntTooLongToUse extends Error {}

export function constructInt(text: string): bigint {
  const n = constructIntValue(text);
  if (decimalDigitsOver(n, INT_MAX_STR_DIGITS)) throw new IntTooLongToUse(`more than ${INT_MAX_STR_DIGITS} digits`);
  return n;
}

/** Whether |n| has more than `limit` decimal digits, without the quadratic cost of printing a huge number. */
export function decimalDigitsOver(n: bigint, limit: number): boolean {
  const bits = (n < 0n ? -n : n).toString(16).length * 4;
  if (bits * Math.LOG10E * Math.LN2 < limit - 1) return false;
  if ((bits - 4) * Math.LOG10E * Math.LN2 > limit + 1) return true;
  return (n < 0n ? -n : n).toString().length > limit;
}

function constructIntValue(text: string): bigint {
  const [sign, body] = splitSign(text);
  if (body === '0') return 0n;
  if (body.startsWith('0b')) return sign * parseBase(body.slice(2), '0b', /^[01]+$/, text);
  if (body.startsWith('0x')) return sign * parseBase(body.slice(2), '0x', /^[0-9a-fA-F]+$/, text);
  if (body.startsWith('0')) return sign * parseBase(body.slice(1), '0o', /^[0-7]+$/, text);
  if (body.includes(':')) return sign * sexagesimal(body.split(':').map((part) => parseDecimal(part, text)));
  return sign * parseDecimal(body, text);
}

/** Python's int() of decimal text, which CPython (3.11, and 3.7.14 to 3.10.7 patch releases) refuses beyond 4300 digits. */
function parseDecimal(digits: string, text: string): bigint {
  if (digits.length > INT_MAX_STR_DIGITS && /^[0-9]+$/.test(digits)) {
    throw new ScalarConstructError(`Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion: value has ${digits.length} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return parseBase(digits, '', /^[0-9]+$/, text);
}

// BigInt() parses in linear time; a digit-by-digit loop is quadratic on a 4 MB number.
function parseBase(digits: string, prefix: '' | '0b' | '0o' | '0x', valid: RegExp, text: string): bigint {
  if (!valid.test(digits)) throw new ScalarConstructError(`invalid literal for int(): '${text}'`);
  return BigInt(prefix + digits);
}

function sexagesimal(parts: bigint[]): bigint {
  // The first part is at least 1, so this many parts already make more digits than Python prints.
  if (parts.length > 2 + INT_MAX_STR_DIGITS / Math.log10(60)) throw new IntTooLongToUse(`more than ${INT_MAX_STR_DIGITS} digits`);
  return parts.reduce((acc, part) => acc * 60n + part, 0n);
}

export function constructFloat(text: string): number {
  const clean = text.replace(/_/g, '').toLowerCase();
  const sign = clean.startsWith('-') ? -1 : 1;
  const body = clean.startsWith('-') || clean.startsWith('+') ? clean.slice(1) : clean;
  if (body === '.inf') return sign * Infinity;
  if (body === '.nan') return NaN;
  if (body.includes(':')) {
    // Summed from the last part, in PyYAML's order, so rounding matches to the last bit.
    const parts = body.split(':').map((part) => parseDecimalFloat(part, text)).reverse();
    let value = 0;
    let base = 1;
    for (const part of parts) {
      value += part * base;
      base *= 60;
    }
    return sign * value;
  }
  return sign * parseDecimalFloat(body, text);
}

function parseDecimalFloat(body: string, text: string): number {
  if (!/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[-+]?[0-9]+)?$/.test(body)) {
    throw new ScalarConstructError(`could not convert string to float: '${text}'`);
  }
  return Number(body.endsWith('.') ? body.slice(0, -1) : body);
}

const TIMESTAMP_PARTS =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?)?$/;

function constructTimestamp(text: string): PyScalar {
  const m = TIMESTAMP_PARTS.exec(text);
  if (!m) throw new ScalarConstructError(`'${text}' is not a YAML 1.1 timestamp`);
  const [year, month, day] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  if (!validDate(year, month, day)) throw new ScalarConstructError(`'${text}' is not a valid date`);
  if (m[4] === undefined) return { kind: 'date', year, month, day };
  const [hour, minute, second] = [m[4], m[5], m[6]].map(Number) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 59) throw new ScalarConstructError(`'${text}' is not a valid time`);
  // PyYAML keeps six digits of the fraction, padding with zeros.
  const microsecond = m[7] ? Number(m[7].slice(0, 6).padEnd(6, '0')) : 0;
  let tzOffsetMinutes: number | null = null;
  if (m[8] === 'Z') tzOffsetMinutes = 0;
  else if (m[8]) tzOffsetMinutes = (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11] ?? 0));
  return { kind: 'datetime', year, month, day, hour, minute, second, microsecond, tzOffsetMinutes };
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year);
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Explicit `!!name` tags PyYAML's safe loader constructs for scalars. */
export function explicitScalarTag(tag: string): ScalarTag | 'binary' | undefined {
  const short = tag.startsWith('tag:yaml.org,2002:') ? tag.slice('tag:yaml.org,2002:'.length) : undefined;
  switch (short) {
    case 'str':
    case 'int':
    case 'float':
    case 'bool':
    case 'null':
    case 'timestamp':
    case 'binary':
      return short;
    default:
      return undefined;
  }
}
