import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

test('a bootstrap section that bootstrap.method does not name is ignored, with where it belongs', () => {
  assert.deepEqual(findings('unused-method-section', 'bootstrap:\n  postgresql:\n    parameters: {}\n'), [
    [2, 3, 'warning', 'bootstrap.postgresql is ignored: Patroni reads no postgresql section under bootstrap (a mapping there is only a custom bootstrap method, and bootstrap.method does not name it); it belongs at bootstrap.dcs.postgresql'],
  ]);
  assert.match(messages('unused-method-section', 'bootstrap:\n  method: a\n  a:\n    command: x\n  b:\n    command: y\n')[0]!, /^bootstrap\.b is not used: bootstrap\.method is 'a'/);
});

test('a replica method section that no list names is ignored', () => {
  assert.match(messages('unused-method-section', 'postgresql:\n  create_replica_methods: [basebackup]\n  wal_e:\n    command: x\n')[0]!, /^postgresql\.wal_e is not used: no create_replica_methods list names it/);
});

test('sections in use are not reported', () => {
  assert.deepEqual(findings('unused-method-section', 'bootstrap:\n  method: a\n  a:\n    command: x\npostgresql:\n  create_replica_methods: [w]\n  w:\n    command: y\n'), []);
});
