/**
 * The plan of a new member of a running cluster against what the real Patroni does: Debian's
 * Patroni 3.0.2 with etcd and PostgreSQL 15 on loopback. A one-member cluster is bootstrapped,
 * its dynamic configuration changed with `patronictl edit-config`, a second member planned
 * with --cluster (the member's REST API, then a snapshot file), then started with Patroni;
 * what it wrote (postgresql.conf with the recovery settings, the postgres command line, the
 * member it cloned from) must be the plan, value for value. Skipped with the reason only when
 * a package is missing outside CI.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Plan, Step } from '../../src/plan/plan-types.js';
import { cli } from '../helpers.js';
import { cliAsync } from './fake-member.js';
import { DEBIAN_PATRONI, missingClusterPrerequisite, PatroniLab, readPostgresqlConf, readPostmasterOpts, type Member } from './patroni-harness.js';
import { events, psql, runAs, Scratch } from '../exec/pg-harness.js';

const missing = missingClusterPrerequisite();
const inCi = process.env['CI'] === 'true' || process.env['CI'] === '1';
const skip = missing !== undefined && !inCi ? `skipped: ${missing}` : false;

let lab: PatroniLab;
let scratch: Scratch | undefined;
let leader: Member;
let replica: Member;

before(async () => {
  if (missing !== undefined) return;
  lab = new PatroniLab(DEBIAN_PATRONI, 'pp-e2e');
  await lab.startEtcd();
  leader = await lab.addMember('node1', { dcsParameters: { max_connections: 150, work_mem: '4MB' } });
  // The second member's file says the same bootstrap.dcs, and keeps one setting of its own.
  replica = await lab.addMember('node2', { dcsParameters: { max_connections: 150, work_mem: '4MB' }, localParameters: { maintenance_work_mem: '80MB' } });
  lab.startMember(leader);
  await lab.waitRunning(leader, ['master', 'primary']);
  const edit = lab.patronictl(leader, ['edit-config', '--force', '-p', 'max_connections=222', '-p', 'work_mem=8MB', '-p', 'maintenance_work_mem=96MB']);
  assert.equal(edit.status, 0, edit.stderr);
  // The member serves /config from its own view of the DCS: wait until it has the change.
  await lab.until(async () => JSON.stringify(await lab.get(leader, '/config')).includes('222'), 'the leader to see the new dynamic configuration');
});

after(async () => {
  // exec's server first (it follows node1), then the cluster.
  scratch?.dispose();
  await lab?.stop();
});

function requireCluster(): void {
  if (missing !== undefined) assert.fail(`the cluster end-to-end test needs Patroni, etcd and PostgreSQL 15: ${missing}`);
}

const startStep = (plan: Plan): Step => plan.replica.first_start.steps.find((s) => s.action === 'start_postgres')!;
const recoveryStep = (plan: Plan): Step => plan.replica.first_start.steps.find((s) => s.action === 'set_parameters')!;

let livePlan: Plan;

test('plan --cluster URL: the live dynamic configuration, the leader as clone source, the versions the member reports', { skip }, async () => {
  requireCluster();
  const fileOnly = cli(['plan', replica.config, '--patroni-version', '3.0', '--pg-version', '15', '--format', 'json']);
  assert.equal(fileOnly.code, 0, fileOnly.stderr);
  assert.equal(startStep(JSON.parse(fileOnly.stdout) as Plan).server_parameters!.conf['max_connections'], '150', 'from the file alone, bootstrap.dcs');
  const r = await cliAsync(['plan', replica.config, '--cluster', lab.restUrl(leader), '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  livePlan = JSON.parse(r.stdout) as Plan;
  assert.equal(livePlan.patroni_version, '3.0.2');
  assert.equal(livePlan.postgresql_version, '15');
  assert.equal(livePlan.bootstrap.kind, 'none');
  assert.deepEqual(livePlan.clone_from, { kind: 'url', url: `postgres://127.0.0.1:${leader.ports.pg}/postgres`, host: '127.0.0.1', port: String(leader.ports.pg), dbname: 'postgres' });
  const conf = startStep(livePlan).server_parameters!.conf;
  assert.equal(conf['max_connections'], '222');
  assert.equal(conf['work_mem'], '8MB');
  assert.equal(conf['maintenance_work_mem'], '80MB', 'a local setting still wins over the dynamic one');
});

test('plan --cluster STATE.json: a snapshot written by patroni-plan cluster gives the same plan', { skip }, async () => {
  requireCluster();
  const state = join(lab.dir, 'state.json');
  const r = await cliAsync(['cluster', lab.restUrl(leader), '-o', state]);
  assert.equal(r.code, 0, r.stderr);
  const text = readFileSync(state, 'utf8');
  assert.ok(!text.includes('rep-secret-pw') && !text.includes('su-secret-pw'), 'no password in the snapshot');
  const again = cli(['plan', replica.config, '--cluster', state, '--format', 'json']);
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(JSON.parse(again.stdout), livePlan);
});

test('the second member started by Patroni writes and runs exactly what the plan says', { skip }, async () => {
  requireCluster();
  lab.startMember(replica);
  await lab.waitRunning(replica, ['replica']);
  const written = readPostgresqlConf(join(replica.dataDir, 'postgresql.conf'));
  const start = startStep(livePlan);
  const expected = { ...start.server_parameters!.conf, ...recoveryStep(livePlan).parameters as Record<string, string> };
  assert.deepEqual(sorted(written), sorted(expected), 'postgresql.conf, recovery settings included');
  assert.deepEqual(readPostmasterOpts(replica.dataDir), start.server_parameters!.command_line, 'the postgres command line');
  const log = readFileSync(replica.log, 'utf8');
  assert.match(log, /bootstrap(ped)? from leader 'node1'/, 'Patroni cloned from the leader');
  const basebackup = livePlan.replica.methods[0]!.attempts[0]!.find((s) => s.action === 'run');
  assert.ok(basebackup?.argv?.some((a) => a.includes(`port=${leader.ports.pg}`)), 'the plan clones from the leader too');
});

test('exec --cluster rehearses the rebuild of a member: cloned from the member Patroni picks, started with the live configuration', { skip }, async () => {
  requireCluster();
  const node3 = await lab.addMember('node3', { dcsParameters: { max_connections: 150, work_mem: '4MB' } });
  scratch = new Scratch(runAs(), { primary: leader.ports.pg, replica: node3.ports.pg });
  scratch.started(node3.dataDir);
  const r = scratch.cli(['exec', node3.config, '--branch', 'replica', '--cluster', lab.restUrl(leader), '--start', '--create-slot', '--log-format', 'json']);
  const all = events(r.stdout);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(all[0]!['patroni_version'], '3.0.2', 'the release the member reports');
  assert.equal(all.at(-1)!['outcome'], 'ok');
  const settings = psql(node3.ports.pg, 'su-secret-pw', "SELECT current_setting('max_connections') || ' ' || current_setting('work_mem') || ' ' || pg_is_in_recovery()");
  assert.equal(settings.stdout.trim(), '222 8MB true', settings.stderr);
  // It streams from the leader, through the slot named after it.
  await lab.until(async () => psql(leader.ports.pg, 'su-secret-pw', "SELECT count(*) FROM pg_stat_replication WHERE application_name = 'node3' AND state = 'streaming'").stdout.trim() === '1', 'node3 to stream from node1');
  assert.equal(psql(leader.ports.pg, 'su-secret-pw', "SELECT active FROM pg_replication_slots WHERE slot_name = 'node3'").stdout.trim(), 't');
});

function sorted(o: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}
