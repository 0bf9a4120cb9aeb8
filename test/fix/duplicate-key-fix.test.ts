/**
 * The duplicate-key fix removes only repeats written with the same value; repeats with different
 * values (several host lines meant as a list) keep their findings, which say which value Patroni uses.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fix } from '../../src/index.js';

const select = ['duplicate-key'];

test('a key repeated with the same value: the repeat goes', () => {
  const text = 'etcd3:\n  host: 10.0.0.1:2379\n  protocol: http\n  host: 10.0.0.1:2379\n';
  const r = fix(text, { file: 'patroni.yml', lint: { select } });
  assert.equal(r.text, 'etcd3:\n  host: 10.0.0.1:2379\n  protocol: http\n');
  assert.deepEqual(r.remaining.filter((d) => d.ruleId === 'duplicate-key'), []);
});

test('a key repeated with different values is left alone, and the finding says what Patroni uses', () => {
  const text = 'etcd3:\n  host: 10.0.0.1:2379\n  host: 10.0.0.2:2379\n  host: 10.0.0.3:2379\n';
  const r = fix(text, { file: 'patroni.yml', lint: { select } });
  assert.equal(r.text, text);
  assert.deepEqual(r.applied, []);
  const left = r.remaining.filter((d) => d.ruleId === 'duplicate-key');
  assert.deepEqual(left.map((d) => [d.line, d.message]), [
    [3, "duplicate key 'host' (first at line 2) with a different value: PyYAML silently keeps only this last value (line 3), which is what Patroni uses; if several hosts were meant, etcd and etcd3 take them as a list under hosts"],
    [4, "duplicate key 'host' (first at line 3) with a different value: PyYAML silently keeps only this last value (line 4), which is what Patroni uses; if several hosts were meant, etcd and etcd3 take them as a list under hosts"],
  ]);
});
