import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

test('pgBackRest as a replica method without no_params gets options it rejects', () => {
  assert.deepEqual(findings('tool-default-params', 'postgresql:\n  create_replica_methods: [pgbackrest]\n  pgbackrest:\n    command: /usr/bin/pgbackrest --stanza=x restore\n').map((f) => [f[0], f[2]]), [[4, 'error']]);
});

test('WAL-G behind envdir, a bootstrap method, and a method named after the tool are recognised', () => {
  assert.match(messages('tool-default-params', 'postgresql:\n  create_replica_methods: [walg]\n  walg:\n    command: envdir /etc/wal-g.d/env wal-g backup-fetch /data LATEST\n')[0]!, /runs WAL-G without no_params/);
  assert.match(messages('tool-default-params', 'bootstrap:\n  method: r\n  r:\n    command: pgbackrest --stanza=x restore\n')[0]!, /^bootstrap\.r runs pgBackRest without no_params: Patroni appends --scope=\.\.\. --datadir=\.\.\./);
  assert.equal(messages('tool-default-params', 'postgresql:\n  create_replica_methods: [pgbackrest]\n').length, 1);
});

test('no_params, or a script of your own, is fine', () => {
  assert.deepEqual(findings('tool-default-params', 'postgresql:\n  create_replica_methods: [p]\n  p:\n    command: pgbackrest restore\n    no_params: true\n'), []);
  assert.deepEqual(findings('tool-default-params', 'postgresql:\n  create_replica_methods: [p]\n  p:\n    command: /usr/local/bin/restore.sh pgbackrest\n'), []);
});
