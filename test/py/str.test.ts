import assert from 'node:assert/strict';
import { test } from 'node:test';
import { IntTooLongError, floatRepr, isPrintable, pyRepr, pyStr } from '../../src/py/str.js';
import { pyTruthy } from '../../src/py/truth.js';
import { UNPRINTABLE_PYTHON_VERSION, UNPRINTABLE_UNICODE_VERSION } from '../../src/generated/unprintable-ranges.js';
import type { PyValue } from '../../src/py/value.js';
import { decode, readCases, type Encoded } from './cases.js';

interface StrCase {
  value: Encoded;
  truthy: boolean;
  str?: string;
  repr?: string;
  error?: string;
}

const recorded = readCases<{ cases: StrCase[] }>('str');

const f = (value: number): PyValue => ({ kind: 'float', value });
const s = (value: string): PyValue => ({ kind: 'str', value });
const dt = (tzOffsetMinutes: number | null, microsecond = 0, second = 0): PyValue => ({
  kind: 'datetime', year: 2001, month: 12, day: 14, hour: 21, minute: 59, second, microsecond, tzOffsetMinutes,
});

function outcome(v: PyValue): Pick<StrCase, 'str' | 'repr' | 'error'> {
  try {
    return { str: pyStr(v), repr: pyRepr(v) };
  } catch (err) {
    if (!(err instanceof IntTooLongError)) throw err;
    return { error: err.message };
  }
}

test('readable examples', () => {
  assert.equal(pyRepr(s(`it's`)), `"it's"`);
  assert.equal(pyRepr(s(`'"`)), `'\\'"'`);
  assert.equal(pyRepr(s('tab\there\x00\x7f\xa0\xe9\u2028\u{1f600}\u{e0001}\ud800')), `'tab\\there\\x00\\x7f\\xa0é\\u2028😀\\U000e0001\\ud800'`);
  assert.equal(pyStr(s('as is')), 'as is');
  assert.deepEqual([0.1, 1e-5, 1e16, 1e15, 5e-324, 100, -0, NaN, -Infinity].map(floatRepr),
    ['0.1', '1e-05', '1e+16', '1000000000000000.0', '5e-324', '100.0', '-0.0', 'nan', '-inf']);
  assert.equal(pyStr({ kind: 'int', value: -(10n ** 20n) }), '-100000000000000000000');
  assert.equal(pyStr({ kind: 'bool', value: true }), 'True');
  assert.equal(pyStr({ kind: 'none' }), 'None');
  assert.equal(pyStr({ kind: 'bytes', value: new Uint8Array([0x27, 0x61, 0xff]) }), `b"'a\\xff"`);
  assert.equal(pyStr({ kind: 'date', year: 2002, month: 12, day: 14 }), '2002-12-14');
  assert.equal(pyRepr({ kind: 'date', year: 2002, month: 12, day: 14 }), 'datetime.date(2002, 12, 14)');
  assert.equal(pyStr(dt(-300, 100000, 43)), '2001-12-14 21:59:43.100000-05:00');
  assert.equal(pyStr(dt(null)), '2001-12-14 21:59:00');
  assert.equal(pyRepr(dt(-300, 100000, 43)),
    'datetime.datetime(2001, 12, 14, 21, 59, 43, 100000, tzinfo=datetime.timezone(datetime.timedelta(days=-1, seconds=68400)))');
  assert.equal(pyRepr(dt(0)), 'datetime.datetime(2001, 12, 14, 21, 59, tzinfo=datetime.timezone.utc)');
  const nested: PyValue = {
    kind: 'dict',
    entries: [{ key: s('k'), value: { kind: 'list', items: [f(1), s('x'), { kind: 'none' }, { kind: 'list', items: [] }] } }],
  };
  assert.equal(pyStr(nested), `{'k': [1.0, 'x', None, []]}`);
});

test('ints past 4300 digits refuse str() as Python does', () => {
  assert.equal(pyStr({ kind: 'int', value: -(10n ** 4300n - 1n) }).length, 4301);
  assert.throws(() => pyStr({ kind: 'int', value: 10n ** 4300n }), IntTooLongError);
});

test('the printable table is the one the cases were recorded with', () => {
  const { python, unicode } = recorded.recorded_with;
  assert.equal(UNPRINTABLE_UNICODE_VERSION, unicode);
  assert.equal(UNPRINTABLE_PYTHON_VERSION, python);
  assert.equal(isPrintable(0x20), true);
  assert.equal(isPrintable(0xad), false);
  assert.equal(isPrintable(0x10ffff), false);
  assert.equal(isPrintable(0x4e00), true);
});

test('every recorded value: str(), repr() and bool() match Python', () => {
  const wrong: string[] = [];
  for (const c of recorded.cases) {
    const v = decode(c.value);
    const want = c.error === undefined ? { str: c.str, repr: c.repr } : { error: c.error };
    const got = outcome(v);
    if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(`${JSON.stringify(c.value).slice(0, 200)}: want ${JSON.stringify(want).slice(0, 300)}, got ${JSON.stringify(got).slice(0, 300)}`);
    if (pyTruthy(v) !== c.truthy) wrong.push(`${JSON.stringify(c.value).slice(0, 200)}: bool() should be ${c.truthy}`);
  }
  assert.ok(recorded.cases.length > 3000);
  assert.deepEqual(wrong.slice(0, 10), []);
});
