/**
 * Python truthiness, equality and dict-key identity over PyValue. Patroni tests config
 * values with `if value:` and PyYAML merges mapping keys through a dict, so both must follow
 * Python rather than JS.
 *
 * Python behaviours reproduced here on purpose:
 * - `1`, `1.0` and `True` are one dict key; so are `0`, `0.0`, `-0.0` and `False`.
 * - int == float compares exactly: `2**53 + 1 != 9007199254740992.0`.
 * - `'a' != b'a'`, and a date never equals a datetime, even at midnight.
 * - A naive datetime never equals an aware one; aware ones compare as UTC instants.
 * - NaN: PyYAML hands out one shared NaN object for every `.nan`, and Python tries identity
 *   before `==` in dict lookups and inside list/dict comparison. So `nan != nan` at the top
 *   level, yet `{.nan: 1, .nan: 2}` has one key and `[.nan] == [.nan]`.
 */
import type { PyDateTime, PyDict, PyValue } from './value.js';

/** Python's TypeError for a list or dict used as a dict key. */
export class UnhashableKey extends TypeError {
  override readonly name = 'UnhashableKey';
  constructor(readonly kind: 'list' | 'dict') {
    super(`unhashable type: '${kind}'`);
  }
}

/** Python `bool(v)`. */
export function pyTruthy(v: PyValue): boolean {
  switch (v.kind) {
    case 'str':
      return v.value !== '';
    case 'int':
      return v.value !== 0n;
    case 'float':
      // NaN !== 0, which is right: bool(nan) is True.
      return v.value !== 0;
    case 'bool':
      return v.value;
    case 'none':
      return false;
    case 'bytes':
      return v.value.length > 0;
    case 'date':
    case 'datetime':
      return true;
    case 'list':
      return v.items.length > 0;
    case 'dict':
      return v.entries.length > 0;
  }
}

/**
 * A string equal for two values exactly when Python would treat them as the same dict key.
 * Throws UnhashableKey for lists and dicts, as Python does.
 */
export function pyKey(v: PyValue): string {
  switch (v.kind) {
    case 'str':
      return `s:${v.value}`;
    case 'int':
      return `n:${v.value}`;
    case 'bool':
      return v.value ? 'n:1' : 'n:0';
    case 'float':
      return floatKey(v.value);
    case 'none':
      return 'none';
    case 'bytes':
      return `b:${Array.from(v.value, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    case 'date':
      return `d:${v.year}-${v.month}-${v.day}`;
    case 'datetime':
      return dateTimeKey(v);
    case 'list':
    case 'dict':
      throw new UnhashableKey(v.kind);
  }
}

/** Integral floats share the int key so that 1.0 and 1 collide, as their hashes do. */
function floatKey(x: number): string {
  if (Number.isInteger(x)) return `n:${BigInt(x)}`;
  // Every NaN is the one PyYAML object, so they collide (see the module note).
  if (Number.isNaN(x)) return 'f:nan';
  // String(x) round-trips, so distinct doubles never share a key.
  return `f:${String(x)}`;
}

function dateTimeKey(v: PyDateTime): string {
  const clock = `${v.second}.${v.microsecond}`;
  if (v.tzOffsetMinutes === null) return `dt:${v.year}-${v.month}-${v.day} ${v.hour}:${v.minute}:${clock}`;
  const utcMinutes = daysFromCivil(v.year, v.month, v.day) * 1440 + v.hour * 60 + v.minute - v.tzOffsetMinutes;
  return `dtz:${utcMinutes}:${clock}`;
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar; Date.UTC maps years 0-99 to 1900s. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Python `a == b`. */
export function pyEq(a: PyValue, b: PyValue): boolean {
  if (isNaNFloat(a) || isNaNFloat(b)) return false;
  return sameOrEqual(a, b);
}

const isNaNFloat = (v: PyValue): boolean => v.kind === 'float' && Number.isNaN(v.value);

/** Equality as Python applies it to container members: identity first, which NaN relies on. */
function sameOrEqual(a: PyValue, b: PyValue): boolean {
  if (a.kind === 'list' || b.kind === 'list') return a.kind === 'list' && b.kind === 'list' && listsEqual(a.items, b.items);
  if (a.kind === 'dict' || b.kind === 'dict') return a.kind === 'dict' && b.kind === 'dict' && dictsEqual(a, b);
  return pyKey(a) === pyKey(b);
}

function listsEqual(a: PyValue[], b: PyValue[]): boolean {
  return a.length === b.length && a.every((item, i) => sameOrEqual(item, b[i]!));
}

function dictsEqual(a: PyDict, b: PyDict): boolean {
  const left = keyed(a);
  const right = keyed(b);
  if (left.size !== right.size) return false;
  for (const [key, value] of left) {
    const other = right.get(key);
    if (other === undefined || !sameOrEqual(value, other)) return false;
  }
  return true;
}

/** Later entries win, as repeated assignment into a Python dict would. */
function keyed(d: PyDict): Map<string, PyValue> {
  return new Map(d.entries.map((e) => [pyKey(e.key), e.value] as const));
}
