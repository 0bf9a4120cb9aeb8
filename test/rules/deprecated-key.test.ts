import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

test('a deprecated key is a warning with its replacement', () => {
  assert.deepEqual(findings('deprecated-key', 'bootstrap:\n  dcs:\n    master_start_timeout: 300\n'), [[3, 5, 'warning', 'bootstrap.dcs.master_start_timeout is deprecated: use primary_start_timeout instead']]);
  assert.deepEqual(findings('deprecated-key', 'postgresql:\n  create_replica_method: [basebackup]\n').map((f) => f[3]), ['postgresql.create_replica_method is deprecated: use postgresql.create_replica_methods instead']);
});

test('a key removed in the chosen release is an error there, a warning before', () => {
  const users = 'bootstrap:\n  users:\n    admin:\n      password: x\n';
  assert.deepEqual(findings('deprecated-key', users).map((f) => [f[2], f[3]]), [['error', 'bootstrap.users is no longer read by Patroni 4.1.4 (gone since 4.0): create the roles in a bootstrap.post_bootstrap script instead']]);
  assert.deepEqual(findings('deprecated-key', users, { patroniVersion: '3.3' }).map((f) => f[2]), ['warning']);
  assert.deepEqual(findings('deprecated-key', 'postgresql:\n  wal_e:\n    no_master: 1\n', { patroniVersion: '4.0' }).map((f) => f[2]), ['error']);
});

test('bootstrap.users is deprecated only from 3.2, and says when it goes', () => {
  const users = 'bootstrap:\n  users:\n    admin:\n      password: x\n';
  assert.deepEqual(findings('deprecated-key', users, { patroniVersion: '3.0' }), []);
  assert.deepEqual(findings('deprecated-key', users, { patroniVersion: '3.3' }).map((f) => f[3]), [
    'bootstrap.users is deprecated since Patroni 3.2 and no longer read from 4.0: create the roles in a bootstrap.post_bootstrap script instead',
  ]);
});

test('bootstrap.pg_hba is deprecated in no release', () => {
  for (const patroniVersion of ['3.0', '3.3', '4.0', '4.1']) {
    assert.deepEqual(findings('deprecated-key', 'bootstrap:\n  pg_hba:\n  - host all all 0.0.0.0/0 md5\n', { patroniVersion }), []);
  }
});
