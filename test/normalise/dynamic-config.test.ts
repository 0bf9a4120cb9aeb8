import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePatroniVersion } from '../../src/facts/patroni-versions.js';
import { loadConfigText } from '../../src/load/load-config.js';
import { dynamicConfigRejection } from '../../src/normalise/dynamic-config.js';
import { effectiveConfig } from '../../src/normalise/effective-config.js';
import { dictPath } from '../../src/py/dict.js';

const v = (x: string) => resolvePatroniVersion(x)!.version;
const dcs = (body: string) => loadConfigText('t.yml', `bootstrap:\n  dcs:\n${body}`).root!;
const path = (body: string, version: string) => dynamicConfigRejection(dcs(body), v(version))?.path;

test('3.0.0-3.0.2 convert every default key with int(); 3.0.3+ only the three timeouts', () => {
  assert.equal(path('    maximum_lag_on_failover: ${LAG}\n', '3.0.2'), 'maximum_lag_on_failover');
  assert.equal(path('    maximum_lag_on_failover: ${LAG}\n', '3.0.3'), undefined);
  assert.equal(path('    watchdog:\n      mode: off\n', '3.0.2'), 'watchdog');
  assert.equal(path('    watchdog:\n      mode: off\n', '4.1.4'), undefined);
  assert.equal(path("    master_start_timeout: 5m\n", '3.0.2'), 'master_start_timeout', 'read as primary_start_timeout');
  assert.equal(path("    master_start_timeout: 5m\n    primary_start_timeout: 10\n", '3.0.2'), undefined, 'ignored when primary_start_timeout is there');
  assert.equal(path("    synchronous_mode: 'on'\n    check_timeline: ' 1_0 '\n    primary_stop_timeout: 2.5\n", '3.0.2'), undefined, 'modes copied as they are; int() takes these');
  for (const version of ['3.0.2', '3.3.11', '4.0.10', '4.1.4']) assert.equal(path('    ttl: 30s\n', version), 'ttl', version);
});

test('parameter checks raise only in 3.0.0-3.0.2; a section that is not a mapping raises everywhere', () => {
  assert.equal(path('    postgresql:\n      parameters:\n        max_connections: many\n', '3.0.2'), 'postgresql.parameters.max_connections');
  assert.equal(path('    postgresql:\n      parameters:\n        wal_level: 1\n', '3.0.2'), 'postgresql.parameters.wal_level');
  assert.equal(path('    postgresql:\n      parameters:\n        wal_keep_size: lots\n', '3.0.2'), 'postgresql.parameters.wal_keep_size');
  assert.equal(path('    postgresql:\n      parameters:\n        max_connections: many\n', '3.3.11'), undefined);
  assert.equal(path('    postgresql:\n      parameters:\n        - max_connections\n', '4.1.4'), 'postgresql.parameters');
  assert.equal(path('    standby_cluster: yes\n', '4.1.4'), 'standby_cluster');
  assert.equal(path("    standby_cluster: ''\n    postgresql: null\n", '4.1.4'), undefined, 'falsy values read as empty');
});

test('with a version, a rejected bootstrap.dcs is left out of the effective configuration', () => {
  const root = dcs('    ttl: 30s\n    postgresql:\n      use_slots: false\n      create_replica_methods: [wal_g]\n');
  const plain = effectiveConfig(root);
  assert.equal(dictPath(plain.bootstrap, 'dcs', 'postgresql', 'use_slots')?.kind, 'bool');
  const rejected = effectiveConfig(root, v('4.1.4'));
  assert.equal(rejected.dynamicRejected?.path, 'ttl');
  assert.equal(dictPath(rejected.bootstrap, 'dcs', 'postgresql'), undefined);
  assert.equal(dictPath(rejected.postgresql, 'create_replica_methods'), undefined);
});
