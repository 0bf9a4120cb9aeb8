/**
 * The plan of a new member of a running cluster, from the answers recorded from each Patroni
 * release and from snapshots made for one case each: the live dynamic configuration over
 * bootstrap.dcs, the clone source Patroni's get_clone_member picks, the member followed, the
 * versions, a cluster without a leader, a standby cluster.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { planLoaded, UsageError } from '../../src/api.js';
import type { ClusterSnapshot, SnapshotMember } from '../../src/cluster/snapshot.js';
import { loadConfigPath, loadConfigText } from '../../src/load/load-config.js';
import type { Plan, Step } from '../../src/plan/plan-types.js';
import { planHash } from '../../src/plan/seal.js';
import { readJson, ROOT } from '../helpers.js';
import { recordedSnapshot, RELEASES } from './recorded.js';

const NODE3 = `${ROOT}fixtures/cluster/node3.yml`;
const validatePlan = new Ajv({ strict: false, allErrors: true }).compile(readJson('schema/plan.schema.json') as object);

const snapshotOf = recordedSnapshot;

function snapshot(members: SnapshotMember[], config: Record<string, unknown> = {}, version = '4.1.4'): ClusterSnapshot {
  return { format_version: 1, source: 'http://10.0.0.11:8008', read_at: '2026-01-02T03:04:05Z', config, cluster: { members }, patroni: { patroni: { version }, server_version: 160004 } };
}

const member = (name: string, role: string, port: number, extra: Partial<SnapshotMember> = {}): SnapshotMember => ({ name, role, state: 'running', host: '10.0.0.' + port, port: 5432, ...extra });

const start = (plan: Plan): Step => plan.replica.first_start.steps.find((s) => s.action === 'start_postgres')!;
const recovery = (plan: Plan): Record<string, string> => plan.replica.first_start.steps.find((s) => s.action === 'set_parameters')!.parameters as Record<string, string>;

for (const release of RELEASES) {
  test(`Patroni ${release}: the live dynamic configuration replaces bootstrap.dcs, local settings still win`, () => {
    const s = snapshotOf(release);
    const plan = planLoaded(loadConfigPath(NODE3), { cluster: s });
    assert.ok(validatePlan(plan), JSON.stringify(validatePlan.errors));
    assert.equal(plan.patroni_version, release);
    assert.equal(plan.postgresql_version, '15');
    const conf = start(plan).server_parameters!.conf;
    assert.equal(conf['max_connections'], '222', 'from /config, not the file\'s 150');
    assert.equal(conf['work_mem'], '8MB');
    assert.equal(conf['maintenance_work_mem'], '80MB');
    assert.equal(recovery(plan)['primary_slot_name'], undefined, 'use_slots is false in the DCS');
    assert.equal(plan.bootstrap.kind, 'none');
    assert.match(plan.bootstrap.notes[0]!, /the cluster is initialized .*its leader is node1/);
    // node2 is tagged clonefrom and runs (3.3+ shows it as streaming): Patroni clones from it, then follows the leader.
    const node2 = s.cluster.members.find((m) => m.name === 'node2')!;
    assert.equal(plan.clone_from.port, String(node2.port));
    const node1 = s.cluster.members.find((m) => m.name === 'node1')!;
    assert.match(recovery(plan)['primary_conninfo']!, new RegExp(`port=${node1.port}`));
    assert.ok(plan.replica.notes.some((n) => n.includes('tagged clonefrom')));
    const fileOnly = planLoaded(loadConfigPath(NODE3), { patroniVersion: release, pgVersion: '15' });
    assert.equal(start(fileOnly).server_parameters!.conf['max_connections'], '150');
  });
}

test('the flags win over what the member reports, with a note', () => {
  const plan = planLoaded(loadConfigPath(NODE3), { cluster: snapshotOf('3.0.2'), patroniVersion: '4.1', pgVersion: '16' });
  assert.equal(plan.patroni_version, '4.1.4');
  assert.equal(plan.postgresql_version, '16');
  assert.ok(plan.replica.notes.some((n) => /Patroni 4\.1\.4 as --patroni-version says; the member asked runs 3\.0\.2/.test(n)));
  assert.ok(plan.replica.notes.some((n) => /PostgreSQL 16 as --pg-version says; the member asked runs PostgreSQL 15/.test(n)));
});

test('a Patroni release patroni-plan has no facts for needs --patroni-version', () => {
  const s = snapshot([member('a', 'leader', 11)], {}, '4.2.0');
  assert.throws(() => planLoaded(loadConfigPath(NODE3), { cluster: s }), (e: Error) => e instanceof UsageError && /runs Patroni 4\.2\.0.*give --patroni-version/.test(e.message));
  assert.equal(planLoaded(loadConfigPath(NODE3), { cluster: s, patroniVersion: '4.1' }).patroni_version, '4.1.4');
});

test('no member tagged clonefrom: the leader; one that is not running, or is the node itself, does not count', () => {
  const s = snapshot([member('a', 'leader', 11), member('b', 'replica', 12, { state: 'stopped', tags: { clonefrom: true } }), member('node3', 'replica', 13, { tags: { clonefrom: true } })]);
  const plan = planLoaded(loadConfigPath(NODE3), { cluster: s });
  assert.equal(plan.clone_from.host, '10.0.0.11');
  assert.ok(plan.replica.notes.some((n) => /cloned from the leader a/.test(n)));
  assert.ok(plan.replica.notes.some((n) => /node3 is already a member of this cluster/.test(n)));
});

test('several members tagged clonefrom: Patroni picks one at random, the plan lists them and names none', () => {
  const s = snapshot([member('a', 'leader', 11), member('b', 'replica', 12, { tags: { clonefrom: true } }), member('c', 'sync_standby', 14, { state: 'streaming', tags: { clonefrom: true } })]);
  const plan = planLoaded(loadConfigPath(NODE3), { cluster: s });
  assert.equal(plan.clone_from.kind, 'symbolic');
  assert.ok(plan.replica.notes.some((n) => /picked at random: b \(replica, 10\.0\.0\.12:5432\), c \(sync_standby, 10\.0\.0\.14:5432\)/.test(n)), plan.replica.notes.join('\n'));
  assert.match(recovery(plan)['primary_conninfo']!, /host=10\.0\.0\.11/, 'it follows the leader all the same');
});

test('tags.replicatefrom: the new replica follows that member after cloning from the leader', () => {
  const loaded = loadConfigText('n.yml', readFileSync(NODE3, 'utf8') + 'tags:\n  replicatefrom: b\n');
  const plan = planLoaded(loaded, { cluster: snapshot([member('a', 'leader', 11), member('b', 'replica', 12)]) });
  assert.equal(plan.clone_from.host, '10.0.0.11');
  assert.match(recovery(plan)['primary_conninfo']!, /host=10\.0\.0\.12/);
});

test('a cluster without a leader: only the methods with no_leader could run', () => {
  const text = readFileSync(NODE3, 'utf8').replace('postgresql:\n  listen', 'postgresql:\n  create_replica_methods: [restore, basebackup]\n  restore:\n    command: /usr/local/bin/restore-latest\n    no_leader: true\n  listen');
  const plan = planLoaded(loadConfigText('n.yml', text), { cluster: snapshot([member('b', 'replica', 12, { state: 'stopped' })]) });
  assert.equal(plan.clone_from.kind, 'none');
  assert.deepEqual(plan.replica.methods.map((m) => m.name), ['restore']);
  assert.deepEqual(plan.replica.skipped.map((m) => m.name), ['basebackup']);
  assert.match(plan.bootstrap.notes[0]!, /it has no leader now/);
  assert.ok(plan.replica.notes.some((n) => /no leader: Patroni clones only with the methods that have no_leader/.test(n)));
});

test('a standby cluster: cloned from the standby leader with the standby cluster\'s methods and restore_command', () => {
  const config = { standby_cluster: { host: '192.0.2.10', port: 5432, restore_command: 'pgbackrest --stanza=main archive-get %f %p', create_replica_methods: ['basebackup'] } };
  const plan = planLoaded(loadConfigPath(NODE3), { cluster: snapshot([member('s1', 'standby_leader', 21)], config) });
  assert.equal(plan.clone_from.host, '10.0.0.21');
  assert.equal(plan.replica.source, 'standby_cluster');
  assert.equal(recovery(plan)['restore_command'], 'pgbackrest --stanza=main archive-get %f %p');
  assert.match(recovery(plan)['primary_conninfo']!, /host=10\.0\.0\.21/);
});

test('a standby cluster whose standby leader is gone: the replica waits unless a standby method has no_leader', () => {
  const config = { standby_cluster: { host: '192.0.2.10', port: 5432 } };
  const plan = planLoaded(loadConfigPath(NODE3), { cluster: snapshot([], config) });
  assert.ok(plan.replica.notes.some((n) => /no standby leader to clone from/.test(n)), plan.replica.notes.join('\n'));
});

test('--clone-from still replaces the member Patroni would pick, with a note', () => {
  const plan = planLoaded(loadConfigPath(NODE3), { cluster: snapshot([member('a', 'leader', 11)]), cloneFrom: 'postgres://10.9.9.9:5432/postgres' });
  assert.equal(plan.clone_from.host, '10.9.9.9');
  assert.ok(plan.replica.notes.some((n) => n.startsWith('--clone-from postgres://10.9.9.9:5432/postgres replaces')));
});

test('the same snapshot always gives the same plan', () => {
  const a = planLoaded(loadConfigPath(NODE3), { cluster: snapshotOf('4.1.4') });
  const b = planLoaded(loadConfigPath(NODE3), { cluster: snapshotOf('4.1.4') });
  assert.deepEqual(a, b);
});

test("the server parameters' reasons speak of the cluster's dynamic configuration, not bootstrap.dcs, and the plan stays sealed", () => {
  const text = readFileSync(NODE3, 'utf8').replace('    maintenance_work_mem: 80MB', '    maintenance_work_mem: 80MB\n    max_connections: 500');
  const plan = planLoaded(loadConfigText('n.yml', text), { cluster: snapshotOf('4.1.4') });
  const change = start(plan).server_parameters!.changes.find((c) => c.name === 'max_connections')!;
  assert.match(change.reason, /^cluster-wide setting: Patroni takes it only from the dynamic configuration \(the cluster's, GET \/config\), so the local 500 is ignored and 222 is used$/);
  assert.equal(planHash(plan), plan.content_sha256);
});

test('a leader without a connection address in /cluster: placeholders and a note, no made-up URL', () => {
  const s = snapshot([{ name: 'a', role: 'leader', state: 'running' }]);
  const plan = planLoaded(loadConfigPath(NODE3), { cluster: s });
  assert.equal(plan.clone_from.kind, 'symbolic');
  assert.ok(plan.replica.notes.some((n) => /a shows no connection address in GET \/cluster/.test(n)), plan.replica.notes.join('\n'));
  assert.ok(validatePlan(plan), JSON.stringify(validatePlan.errors));
});
