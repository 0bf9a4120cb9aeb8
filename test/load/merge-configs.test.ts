/**
 * The one-pass merge of a configuration directory (merge-configs.ts) against the rule it
 * implements, patch_config applied file by file (patch-config.ts): same keys, same order, same
 * values, on generated directories that delete, re-add, override with a same-str() value, and
 * put dicts over scalars and scalars over dicts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { mergeConfigs } from '../../src/load/merge-configs.js';
import { patchConfig } from '../../src/load/patch-config.js';
import { pyRepr } from '../../src/py/str.js';
import type { PyDict, PyValue } from '../../src/py/value.js';

const key = fc.constantFrom<PyValue>(
  { kind: 'str', value: 'a' },
  { kind: 'str', value: 'b' },
  { kind: 'str', value: '1' },
  { kind: 'int', value: 1n },
  { kind: 'bool', value: true },
  { kind: 'float', value: 2 },
  { kind: 'int', value: 2n },
);
const scalar = fc.constantFrom<PyValue>(
  { kind: 'none' },
  { kind: 'none' },
  { kind: 'int', value: 1n },
  { kind: 'str', value: '1' },
  { kind: 'bool', value: true },
  { kind: 'str', value: 'True' },
  { kind: 'float', value: 1 },
  { kind: 'str', value: "{'a': 1}" },
);
const { dict } = fc.letrec<{ dict: PyDict; value: PyValue }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('dict')),
  dict: fc
    .uniqueArray(fc.tuple(key, tie('value')), { maxLength: 5, selector: ([k]) => pyRepr(k) === 'True' ? '1' : pyRepr(k).replace('2.0', '2') })
    .map((pairs): PyDict => ({ kind: 'dict', entries: pairs.map(([k, v]) => ({ key: k, value: v })) })),
}));

/** Keys, order, kinds and values: what a later stage can see of a dict. */
function shape(v: PyValue): unknown {
  if (v.kind === 'dict') return v.entries.map((e) => [pyRepr(e.key), e.key.kind, shape(e.value)]);
  return [v.kind, pyRepr(v)];
}

test('merging in one pass gives what patch_config file by file gives', () => {
  fc.assert(
    fc.property(fc.array(dict, { maxLength: 8 }), (dicts) => {
      const stepwise = dicts.reduce<PyDict>((acc, d) => patchConfig(acc, d), { kind: 'dict', entries: [] });
      assert.deepEqual(shape(mergeConfigs(dicts)), shape(stepwise));
    }),
    { numRuns: 3000 },
  );
});

test('a key deleted by one file and set again by a later one moves to the end, as in a Python dict', () => {
  const s = (value: string): PyValue => ({ kind: 'str', value });
  const d = (...pairs: [string, PyValue][]): PyDict => ({ kind: 'dict', entries: pairs.map(([k, v]) => ({ key: s(k), value: v })) });
  const merged = mergeConfigs([d(['a', s('1')], ['b', s('2')]), d(['a', { kind: 'none' }]), d(['a', s('3')], ['b', { kind: 'int', value: 2n }])]);
  assert.deepEqual(shape(merged), [["'b'", 'str', ['str', "'2'"]], ["'a'", 'str', ['str', "'3'"]]]);
});

test('the merge does not change the dicts it reads', () => {
  const inner: PyDict = { kind: 'dict', entries: [{ key: { kind: 'str', value: 'x' }, value: { kind: 'int', value: 1n } }] };
  const first: PyDict = { kind: 'dict', entries: [{ key: { kind: 'str', value: 'p' }, value: inner }] };
  const second: PyDict = { kind: 'dict', entries: [{ key: { kind: 'str', value: 'p' }, value: { kind: 'dict', entries: [{ key: { kind: 'str', value: 'y' }, value: { kind: 'int', value: 2n } }] } }] };
  const before = JSON.stringify(shape(first));
  mergeConfigs([first, second]);
  assert.equal(JSON.stringify(shape(first)), before);
  assert.equal(inner.entries.length, 1);
});
