import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings, messages } from './helpers.js';

test('a misspelt setting is an error with did-you-mean', () => {
  const f = findings('server-setting-unknown', 'postgresql:\n  parameters:\n    shared_bufers: 1GB\n', { pgVersion: '15' });
  assert.deepEqual(f.map((x) => [x[0], x[1], x[2]]), [[3, 5, 'error']]);
  assert.match(f[0]![3], /shared_bufers is not a PostgreSQL setting: Patroni drops it; did you mean shared_buffers\?/);
});

test('a removed setting names the majors that have it, per Patroni release', () => {
  const yaml = 'bootstrap:\n  dcs:\n    postgresql:\n      parameters:\n        old_snapshot_threshold: 1h\n        stats_temp_directory: /tmp\n';
  assert.deepEqual(messages('server-setting-unknown', yaml, { pgVersion: '17' }).map((m) => m.replace(/^[^:]*: /, '')), [
    'PostgreSQL 17 has no setting old_snapshot_threshold (it exists in 9.6-16): Patroni drops it',
    'PostgreSQL 17 has no setting stats_temp_directory (it exists in 9.6-14): Patroni drops it',
  ]);
  assert.deepEqual(messages('server-setting-unknown', yaml, { pgVersion: '14' }), []);
  // 3.0.2's table predates PostgreSQL 17 and still has old_snapshot_threshold
  assert.equal(messages('server-setting-unknown', yaml, { pgVersion: '17', patroniVersion: '3.0' }).length, 1);
});

test('extension, recovery, cluster-wide and renamed settings are left to others', () => {
  const yaml = 'postgresql:\n  parameters:\n    pg_stat_statements.max: 100\n    restore_command: x\n    max_connections: 5\n    force_parallel_mode: "on"\n';
  assert.deepEqual(messages('server-setting-unknown', yaml, { pgVersion: '16' }), []);
});
