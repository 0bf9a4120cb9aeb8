import assert from 'node:assert/strict';
import { test } from 'node:test';
import { effectiveConfig } from '../../src/normalise/effective-config.js';
import { dictGet, dictSet } from '../../src/py/dict.js';
import type { PyDict, PyEntry, PyValue } from '../../src/py/value.js';

const s = (value: string): PyValue => ({ kind: 'str', value });
const n = (value: number): PyValue => ({ kind: 'int', value: BigInt(value) });
const dict = (entries: PyEntry[] = []): PyDict => ({ kind: 'dict', entries });
const text = (v: PyValue): string => String((v as { value?: unknown }).value);
const shown = (d: PyDict): string[] => d.entries.map((e) => `${e.key.kind}:${text(e.key)}=${text(e.value)}`);

test('dictSet changes the dict in place: no copy of the entries per set', () => {
  for (const size of [3, 100]) {
    const d = dict(Array.from({ length: size }, (_, i) => ({ key: s(`k${i}`), value: n(i) })));
    const entries = d.entries;
    assert.equal(dictSet(d, s('new'), n(1)), d);
    assert.equal(dictSet(d, s('k1'), n(2)), d);
    assert.equal(d.entries, entries);
  }
});

test('dictSet keeps Python dict semantics: first position, last value, Python key equality', () => {
  for (const size of [1, 100]) {
    let d = dict();
    for (let i = 0; i < size; i++) d = dictSet(d, s(`k${i}`), n(i));
    d = dictSet(d, n(1), s('int'));
    d = dictSet(d, s('1'), s('str'));
    d = dictSet(d, { kind: 'bool', value: true }, s('bool'));
    d = dictSet(d, { kind: 'float', value: 1 }, s('float'));
    d = dictSet(d, s('k0'), s('again'));
    // 1, True and 1.0 are one key: the first spelling stays, the last value wins; '1' is another key.
    assert.equal(shown(d)[0], 'str:k0=again');
    assert.deepEqual(shown(d).slice(-2), ['int:1=float', 'str:1=str']);
    assert.equal(d.entries.length, size + 2);
    assert.deepEqual(dictGet(d, '1'), s('str'));
    for (let i = 1; i < size; i++) assert.deepEqual(dictGet(d, `k${i}`), n(i));
  }
});

/** A string key that counts how often it is read. */
function countedKey(value: string, reads: { n: number }): PyValue {
  return {
    get kind() {
      reads.n++;
      return 'str' as const;
    },
    get value() {
      reads.n++;
      return value;
    },
  } as PyValue;
}

test('the effective postgresql section of a config with n keys and n parameters reads each key a bounded number of times', () => {
  const size = 3000;
  const reads = { n: 0 };
  const keys = (prefix: string): PyEntry[] => Array.from({ length: size }, (_, i) => ({ key: countedKey(`${prefix}${i}`, reads), value: n(i) }));
  const section = (prefix: string): PyDict => dict([...keys(prefix), { key: s('parameters'), value: dict(keys(`${prefix}.p`)) }]);
  const root = dict([
    { key: s('bootstrap'), value: dict([{ key: s('dcs'), value: dict([{ key: s('postgresql'), value: section('x') }]) }]) },
    { key: s('postgresql'), value: section('x') },
  ]);
  const pg = effectiveConfig(root).postgresql;
  assert.equal(pg.entries.length, size + 3);
  assert.equal((dictGet(pg, 'parameters') as PyDict).entries.length, size);
  // A search per key would read about size^2 = 9,000,000 keys.
  assert.ok(reads.n < 100 * size, `${reads.n} key reads for ${size} keys`);
});
