import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { lintLoaded, resolveVersions } from '../../src/api.js';
import type { ClusterSnapshot } from '../../src/cluster/snapshot.js';
import { loadConfigText } from '../../src/load/load-config.js';
import { ROOT } from '../helpers.js';
import { recordedSnapshot, RELEASES } from '../cluster/recorded.js';

const live = (config: Record<string, unknown>): ClusterSnapshot => ({ format_version: 1, source: 'http://10.0.0.11:8008', read_at: '2026-01-02T03:04:05Z', config, cluster: { members: [] }, patroni: { patroni: { version: '4.1.4' } } });

function drift(yaml: string, cluster: ClusterSnapshot | undefined): [number, number, string, string][] {
  return lintLoaded(loadConfigText('t.yml', yaml), resolveVersions({}), { select: ['dcs-drift'] }, cluster).map((d) => [d.line, d.col, d.severity, d.message]);
}

const NO_EFFECT = 'bootstrap.dcs applies only when a cluster is initialized: this edit has no effect on the running cluster; use patronictl edit-config';

test('without --cluster the rule says nothing', () => {
  assert.deepEqual(drift('bootstrap:\n  dcs:\n    ttl: 30\n', undefined), []);
});

test('a bootstrap.dcs value the running cluster does not have: at the value, in Patroni\'s terms', () => {
  const yaml = 'bootstrap:\n  dcs:\n    ttl: 30\n    loop_wait: 10\n    postgresql:\n      parameters:\n        max_connections: 150\n        Work_Mem: 8MB\n        wal_keep_size: 64MB\n';
  assert.deepEqual(drift(yaml, live({ ttl: 30, loop_wait: 5, postgresql: { parameters: { max_connections: 222, work_mem: '8MB' } } })), [
    [4, 16, 'warning', `bootstrap.dcs.loop_wait is 10, the running cluster's dynamic configuration has 5: ${NO_EFFECT}`],
    [7, 26, 'warning', `bootstrap.dcs.postgresql.parameters.max_connections is 150, the running cluster's dynamic configuration has 222: ${NO_EFFECT}`],
    [9, 9, 'warning', `bootstrap.dcs.postgresql.parameters.wal_keep_size: the running cluster's dynamic configuration has no wal_keep_size: ${NO_EFFECT}`],
  ]);
  assert.deepEqual(drift(yaml, live({ ttl: 30, loop_wait: 10, postgresql: { parameters: { max_connections: 150, work_mem: '8MB', wal_keep_size: '64MB' } } })), []);
});

test('what the running cluster sets and bootstrap.dcs does not: info at the nearest key of the file, a missing section once', () => {
  const yaml = 'bootstrap:\n  dcs:\n    ttl: 30\n    postgresql:\n      parameters:\n        Max_Connections: 150\n';
  const cluster = live({ ttl: 30, synchronous_mode: true, standby_cluster: { host: '10.0.0.9', port: 5432 }, postgresql: { use_slots: false, parameters: { max_connections: 150, work_mem: '8MB', dummy: null }, authentication: { superuser: { password: 'Theirs-S3cret' } } } });
  const tail = 'a cluster initialized again from this file would not have it; add it to bootstrap.dcs (or remove it from the cluster with patronictl edit-config)';
  assert.deepEqual(drift(yaml, cluster), [
    [2, 3, 'info', `the running cluster's dynamic configuration sets standby_cluster (a mapping), which bootstrap.dcs does not: ${tail}`],
    [2, 3, 'info', `the running cluster's dynamic configuration sets synchronous_mode = True, which bootstrap.dcs does not: ${tail}`],
    [4, 5, 'info', `the running cluster's dynamic configuration sets postgresql.use_slots = False, which bootstrap.dcs.postgresql does not: ${tail}`],
    [5, 7, 'info', `the running cluster's dynamic configuration sets postgresql.parameters.work_mem = 8MB, which bootstrap.dcs.postgresql.parameters does not: ${tail}`],
  ]);
  // postgresql.authentication in the DCS is dropped by Patroni: not something to add to bootstrap.dcs.
  // A file without bootstrap.dcs (a member that never initializes the cluster) is not compared that way.
  assert.deepEqual(drift('postgresql:\n  listen: 0.0.0.0:5432\n', cluster), []);
});

test('a local setting that repeats the dynamic configuration, or overrides it on this node', () => {
  const yaml = 'postgresql:\n  use_pg_rewind: true\n  parameters:\n    work_mem: 8MB\n    maintenance_work_mem: 80MB\n    max_connections: 100\n';
  assert.deepEqual(drift(yaml, live({ postgresql: { use_pg_rewind: false, parameters: { work_mem: '8MB', maintenance_work_mem: '64MB', max_connections: 222 } } })), [
    [2, 18, 'info', "postgresql.use_pg_rewind is True on this node only: it overrides the running cluster's dynamic configuration (False), and patronictl edit-config cannot change it here"],
    [4, 15, 'info', "postgresql.parameters.work_mem repeats the running cluster's dynamic configuration (8MB): it changes nothing now, and keeps this node at this value when patronictl edit-config changes it"],
    [5, 27, 'info', "postgresql.parameters.maintenance_work_mem is 80MB on this node only: it overrides the running cluster's dynamic configuration (64MB), and patronictl edit-config cannot change it here"],
  ]);
});

test('a secret is never shown', () => {
  const yaml = 'bootstrap:\n  dcs:\n    standby_cluster:\n      host: 10.0.0.1\n      password: Mine-S3cret\n';
  const out = drift(yaml, live({ standby_cluster: { host: '10.0.0.1', password: 'Theirs-S3cret' } }));
  assert.equal(out.length, 1);
  assert.ok(!out[0]![3].includes('S3cret'), out[0]![3]);
});

for (const release of RELEASES) {
  test(`Patroni ${release}: the recorded cluster against the file it was created from`, () => {
    const yaml = readFileSync(`${ROOT}fixtures/cluster/node3.yml`, 'utf8');
    const out = drift(yaml, recordedSnapshot(release)).map((f) => f[3].split(':')[0]);
    assert.deepEqual(out, ['bootstrap.dcs.postgresql.use_slots is True, the running cluster\'s dynamic configuration has False', 'bootstrap.dcs.postgresql.parameters.max_connections is 150, the running cluster\'s dynamic configuration has 222', 'bootstrap.dcs.postgresql.parameters.work_mem is 4MB, the running cluster\'s dynamic configuration has 8MB']);
  });
}
