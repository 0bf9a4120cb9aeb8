import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

test('a local cluster-wide setting is ignored; the finding names the value used', () => {
  const yaml = 'scope: s\nbootstrap:\n  dcs:\n    postgresql:\n      parameters:\n        max_connections: 300\npostgresql:\n  listen: 0.0.0.0:5432\n  parameters:\n    max_connections: 500\n    max_wal_senders: 20\n';
  assert.deepEqual(messages('cluster-wide-setting', yaml, { pgVersion: '16' }).map((m) => m.replace(/^.*: the local/, 'the local')), [
    'the local 500 is ignored and PostgreSQL starts with 300',
    'the local 20 is ignored and PostgreSQL starts with 10',
  ]);
});

test('a bootstrap.dcs value failing the check falls back to the default', () => {
  const yaml = 'bootstrap:\n  dcs:\n    postgresql:\n      parameters:\n        max_locks_per_transaction: 10\n';
  assert.match(messages('cluster-wide-setting', yaml)[0]!, /fails Patroni's check \(an integer of at least 32\): 64 is used/);
  // the default hot_standby is written as replica from 9.6 (every major we plan for), as PostgreSQL gets it
  const minimal = 'bootstrap:\n  dcs:\n    postgresql:\n      parameters:\n        wal_level: minimal\n';
  assert.match(messages('cluster-wide-setting', minimal, { pgVersion: '16' })[0]!, /\(one of hot_standby, logical, replica\): replica is used$/);
});

test('Patroni 3.0 ignores the whole bootstrap.dcs when int() raises on a value', () => {
  const yaml = 'bootstrap:\n  dcs:\n    postgresql:\n      parameters:\n        max_worker_processes: many\n';
  const f = findings('cluster-wide-setting', yaml, { patroniVersion: '3.0' });
  assert.equal(f[0]![2], 'error');
  assert.match(f[0]![3], /whole bootstrap\.dcs configuration is ignored/);
});

test('listen_addresses, port and cluster_name are Patroni\'s own', () => {
  const yaml = 'scope: main\npostgresql:\n  listen: 10.0.0.1:5432\n  parameters:\n    port: 5433\n    cluster_name: main\n';
  assert.deepEqual(messages('cluster-wide-setting', yaml).map((m) => m.replace(/^[^:]*: /, '')), ['Patroni sets port itself from postgresql.listen, the 5433 here is ignored: PostgreSQL starts with 5432']);
});

test('Patroni 3.0: hot_standby and wal_log_hints in bootstrap.dcs are reported only when PostgreSQL gets another value', () => {
  const yaml = (hs: string, wlh: string): string => `bootstrap:\n  dcs:\n    postgresql:\n      parameters:\n        hot_standby: ${hs}\n        wal_log_hints: ${wlh}\n`;
  const v = { patroniVersion: '3.0', pgVersion: '15' };
  assert.deepEqual(findings('cluster-wide-setting', yaml('"on"', 'true'), v), []);
  assert.deepEqual(findings('cluster-wide-setting', yaml('on', '"yes"'), v), []);
  assert.deepEqual(findings('cluster-wide-setting', yaml('"on"', '"off"'), v).map((f) => f[3]), [
    "bootstrap.dcs.postgresql.parameters.wal_log_hints: bootstrap.dcs value off fails Patroni's check (Patroni sets it itself): on is used",
  ]);
});
