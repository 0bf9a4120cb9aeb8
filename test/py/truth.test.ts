import assert from 'node:assert/strict';
import { test } from 'node:test';
import { UnhashableKey, pyEq, pyKey, pyTruthy } from '../../src/py/truth.js';
import type { PyValue } from '../../src/py/value.js';
import { decode, readCases, type Encoded } from './cases.js';

interface PairCase {
  a: Encoded;
  b: Encoded;
  eq: boolean;
  sameKey?: boolean;
}

interface TruthFile {
  unhashable: { value: Encoded; error: string }[];
  pairs: PairCase[];
}

const recorded = readCases<TruthFile>('truth');

const int = (value: bigint): PyValue => ({ kind: 'int', value });
const f = (value: number): PyValue => ({ kind: 'float', value });
const b = (value: boolean): PyValue => ({ kind: 'bool', value });
const s = (value: string): PyValue => ({ kind: 'str', value });
const list = (...items: PyValue[]): PyValue => ({ kind: 'list', items });

test('readable examples', () => {
  assert.deepEqual(
    [s(''), int(0n), f(0), f(-0), b(false), { kind: 'none' }, list(), { kind: 'dict', entries: [] }, { kind: 'bytes', value: new Uint8Array() }]
      .map((v) => pyTruthy(v as PyValue)),
    Array(9).fill(false),
  );
  assert.equal(pyTruthy(f(NaN)), true);
  assert.equal(pyTruthy(s('0')), true);
  assert.equal(pyTruthy({ kind: 'date', year: 1, month: 1, day: 1 }), true);
  assert.equal(pyKey(int(1n)), pyKey(f(1)));
  assert.equal(pyKey(int(1n)), pyKey(b(true)));
  assert.equal(pyKey(f(-0)), pyKey(b(false)));
  assert.notEqual(pyKey(s('a')), pyKey({ kind: 'bytes', value: new Uint8Array([0x61]) }));
  assert.notEqual(pyKey(int(2n ** 53n + 1n)), pyKey(f(2 ** 53)));
  assert.equal(pyEq(f(NaN), f(NaN)), false, 'nan != nan');
  assert.equal(pyEq(list(f(NaN)), list(f(NaN))), true, 'but one shared NaN object equals itself inside a list');
  assert.equal(pyEq(list(int(1n), b(true)), list(f(1), int(1n))), true);
  assert.throws(() => pyKey(list()), (e: unknown) => e instanceof UnhashableKey && e instanceof TypeError && e.message === "unhashable type: 'list'");
});

test('lists and dicts are unhashable with Python message', () => {
  for (const c of recorded.unhashable) {
    assert.throws(() => pyKey(decode(c.value)), (e: unknown) => e instanceof UnhashableKey && e.message === c.error, JSON.stringify(c.value));
  }
});

test('every recorded pair: == and dict-key identity match Python', () => {
  const wrong: string[] = [];
  for (const c of recorded.pairs) {
    const [a, b2] = [decode(c.a), decode(c.b)];
    const what = `${JSON.stringify(c.a)} vs ${JSON.stringify(c.b)}`;
    if (pyEq(a, b2) !== c.eq) wrong.push(`${what}: == should be ${c.eq}`);
    if (c.sameKey !== undefined && (pyKey(a) === pyKey(b2)) !== c.sameKey) wrong.push(`${what}: same key should be ${c.sameKey}`);
  }
  assert.ok(recorded.pairs.length > 3000);
  assert.deepEqual(wrong.slice(0, 10), []);
});
