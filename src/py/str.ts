/**
 * Python's `str()` and `repr()` over PyValue. Patroni builds argv with `str(value)`, and
 * `str()` of a list or dict is the repr of its items, so both are needed byte for byte.
 *
 * Python behaviours reproduced here on purpose:
 * - `str()` of bytes is its repr (`b'x'`), not the raw bytes.
 * - Float repr picks fixed notation only for exponents -4..15: `0.0001` but `1e-05`,
 *   `1000000000000000.0` but `1e+16`, and integral values keep `.0`.
 * - `str()` of an int with more than 4300 digits raises ValueError (CPython >= 3.11,
 *   backported to 3.10.7, 3.9.14, 3.8.14 and 3.7.14), although such an int can be loaded
 *   from YAML hex or binary without hitting the limit.
 * - Which non-ASCII characters repr escapes depends on the Unicode database of the Python
 *   that runs Patroni; see unprintable-ranges.ts for the version recorded.
 * - A zero UTC offset is always `datetime.timezone.utc`, because Python hands back that
 *   singleton for `timezone(timedelta(0))`.
 */
import { UNPRINTABLE_RANGES } from '../generated/unprintable-ranges.js';
import type { PyBytes, PyDate, PyDateTime, PyValue } from './value.js';

/** CPython's default `sys.get_int_max_str_digits()`. */
export const INT_MAX_STR_DIGITS = 4300;

/** Python's ValueError from converting an over-long int to decimal. */
export class IntTooLongError extends Error {
  override readonly name = 'IntTooLongError';
  constructor() {
    super(
      `Exceeds the limit (${INT_MAX_STR_DIGITS} digits) for integer string conversion; ` +
        'use sys.set_int_max_str_digits() to increase the limit',
    );
  }
}

/** Python `str(v)`. */
export function pyStr(v: PyValue): string {
  return v.kind === 'str' ? v.value : v.kind === 'date' || v.kind === 'datetime' ? isoText(v) : pyRepr(v);
}

/** Python `repr(v)`. */
export function pyRepr(v: PyValue): string {
  switch (v.kind) {
    case 'str':
      return reprText(v.value);
    case 'int':
      return intText(v.value);
    case 'float':
      return floatRepr(v.value);
    case 'bool':
      return v.value ? 'True' : 'False';
    case 'none':
      return 'None';
    case 'bytes':
      return reprBytes(v);
    case 'date':
      return `datetime.date(${v.year}, ${v.month}, ${v.day})`;
    case 'datetime':
      return reprDateTime(v);
    case 'list':
      return `[${v.items.map(pyRepr).join(', ')}]`;
    case 'dict':
      return `{${v.entries.map((e) => `${pyRepr(e.key)}: ${pyRepr(e.value)}`).join(', ')}}`;
  }
}

function intText(n: bigint): string {
  const text = n.toString();
  const digits = n < 0n ? text.length - 1 : text.length;
  if (digits > INT_MAX_STR_DIGITS) throw new IntTooLongError();
  return text;
}

/** Python's float repr: the shortest digits that round-trip, laid out Python's way. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  // JS and Python both choose the shortest round-tripping digits; only the layout differs.
  const [mantissa, exponentText] = Math.abs(x).toExponential().split('e') as [string, string];
  const digits = mantissa.replace('.', '');
  const exponent = Number(exponentText);
  const body = exponent >= -4 && exponent < 16 ? fixedLayout(digits, exponent) : scientificLayout(digits, exponent);
  return sign + body;
}

function fixedLayout(digits: string, exponent: number): string {
  if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return `${whole}.${fraction || '0'}`;
}

function scientificLayout(digits: string, exponent: number): string {
  const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
  const magnitude = String(Math.abs(exponent)).padStart(2, '0');
  return `${mantissa}e${exponent < 0 ? '-' : '+'}${magnitude}`;
}

/** Python prefers single quotes and switches only when that avoids escaping. */
function pickQuote(hasSingle: boolean, hasDouble: boolean): "'" | '"' {
  return hasSingle && !hasDouble ? '"' : "'";
}

const hex = (n: number, width: number): string => n.toString(16).padStart(width, '0');

const NAMED_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x09, '\\t'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
]);

function reprText(s: string): string {
  const quote = pickQuote(s.includes("'"), s.includes('"'));
  let out = quote;
  // Iterating a JS string yields code points, with lone surrogates kept as themselves.
  for (const ch of s) out += escapeCodePoint(ch, quote);
  return out + quote;
}

function escapeCodePoint(ch: string, quote: string): string {
  if (ch === quote || ch === '\\') return `\\${ch}`;
  const cp = ch.codePointAt(0)!;
  const named = NAMED_ESCAPES.get(cp);
  if (named) return named;
  if (cp < 0x20 || cp === 0x7f) return `\\x${hex(cp, 2)}`;
  if (cp < 0x7f || isPrintable(cp)) return ch;
  if (cp <= 0xff) return `\\x${hex(cp, 2)}`;
  if (cp <= 0xffff) return `\\u${hex(cp, 4)}`;
  return `\\U${hex(cp, 8)}`;
}

/** Python's `str.isprintable()` for one code point, via the generated table. */
export function isPrintable(cp: number): boolean {
  let lo = 0;
  let hi = UNPRINTABLE_RANGES.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < UNPRINTABLE_RANGES[2 * mid]!) hi = mid - 1;
    else if (cp > UNPRINTABLE_RANGES[2 * mid + 1]!) lo = mid + 1;
    else return false;
  }
  return true;
}

function reprBytes(v: PyBytes): string {
  const quote = pickQuote(v.value.includes(0x27), v.value.includes(0x22));
  const quoteByte = quote.charCodeAt(0);
  let out = `b${quote}`;
  for (const b of v.value) out += escapeByte(b, quoteByte);
  return out + quote;
}

function escapeByte(b: number, quoteByte: number): string {
  if (b === quoteByte || b === 0x5c) return `\\${String.fromCharCode(b)}`;
  const named = NAMED_ESCAPES.get(b);
  if (named) return named;
  if (b < 0x20 || b >= 0x7f) return `\\x${hex(b, 2)}`;
  return String.fromCharCode(b);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

function dateText(v: PyDate | PyDateTime): string {
  return `${pad(v.year, 4)}-${pad(v.month)}-${pad(v.day)}`;
}

/** `str()` of date and datetime is `isoformat()`, with a space between date and time. */
function isoText(v: PyDate | PyDateTime): string {
  if (v.kind === 'date') return dateText(v);
  const micro = v.microsecond ? `.${pad(v.microsecond, 6)}` : '';
  const time = `${pad(v.hour)}:${pad(v.minute)}:${pad(v.second)}${micro}`;
  return `${dateText(v)} ${time}${v.tzOffsetMinutes === null ? '' : offsetText(v.tzOffsetMinutes)}`;
}

function offsetText(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Trailing zero fields are dropped, but never the hour and minute. */
function reprDateTime(v: PyDateTime): string {
  const fields = [v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond];
  const keep = v.microsecond ? 7 : v.second ? 6 : 5;
  const tz = v.tzOffsetMinutes === null ? '' : `, tzinfo=${reprTimezone(v.tzOffsetMinutes)}`;
  return `datetime.datetime(${fields.slice(0, keep).join(', ')}${tz})`;
}

function reprTimezone(minutes: number): string {
  if (minutes === 0) return 'datetime.timezone.utc';
  return `datetime.timezone(${reprTimedelta(minutes * 60)})`;
}

/** timedelta normalises to non-negative seconds under a possibly negative day count. */
function reprTimedelta(totalSeconds: number): string {
  const days = Math.floor(totalSeconds / 86400);
  const seconds = totalSeconds - days * 86400;
  const parts = [days ? `days=${days}` : '', seconds ? `seconds=${seconds}` : ''].filter(Boolean);
  return `datetime.timedelta(${parts.length ? parts.join(', ') : '0'})`;
}
