import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

test('a listed method without a section runs its own name as the command', () => {
  assert.deepEqual(findings('replica-method-section', 'postgresql:\n  create_replica_methods:\n    - wal_g\n    - basebackup\n'), [
    [3, 7, 'error', "postgresql.create_replica_methods lists 'wal_g' but there is no postgresql.wal_g section: Patroni runs 'wal_g' itself as the command, with --scope, --role, --datadir and --connstring"],
  ]);
});

test('a section written under bootstrap is pointed out', () => {
  const m = messages('replica-method-section', 'bootstrap:\n  wal_g:\n    command: wal-g backup-fetch\npostgresql:\n  create_replica_methods: [wal_g]\n');
  assert.match(m[0]!, /there is a bootstrap\.wal_g section, but Patroni reads replica method sections from postgresql/);
});

test('a section without command is a warning; the dynamic configuration and a standby cluster list count too', () => {
  assert.deepEqual(findings('replica-method-section', 'postgresql:\n  create_replica_methods: [x]\n  x:\n    no_params: true\n').map((f) => f[2]), ['warning']);
  assert.equal(messages('replica-method-section', 'bootstrap:\n  dcs:\n    postgresql:\n      create_replica_methods: [x]\n').length, 1);
  assert.match(messages('replica-method-section', 'bootstrap:\n  dcs:\n    standby_cluster:\n      create_replica_methods: [y, basebackup]\n')[0]!, /standby_cluster\.create_replica_methods lists 'y'/);
});

test('an empty section reads as no section from 3.0.3; 3.0.0-3.0.2 raise on a null one', () => {
  const config = 'postgresql:\n  create_replica_methods: [barman, basebackup]\n  barman:\n';
  assert.match(messages('replica-method-section', config, { patroniVersion: '4.1.4' })[0]!, /postgresql\.barman is empty: Patroni reads it as no section and runs 'barman' itself/);
  assert.match(messages('replica-method-section', config, { patroniVersion: '3.0.2' })[0]!, /postgresql\.barman is empty \(null\): this Patroni raises when it reaches the method/);
  assert.match(messages('replica-method-section', 'postgresql:\n  create_replica_methods: [barman]\n  barman: {}\n', { patroniVersion: '3.0.2' })[0]!, /is empty: Patroni reads it as no section/);
});

test('basebackup and methods with a command are fine', () => {
  assert.deepEqual(findings('replica-method-section', 'postgresql:\n  create_replica_methods: [basebackup, x]\n  x:\n    command: /bin/x\n'), []);
});
