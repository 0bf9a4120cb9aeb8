/**
 * diff --cluster, lint --cluster and exec --cluster from a snapshot file, and --patroni-env for
 * plan, diff and exec (container deployments keep half their configuration in PATRONI_*
 * variables).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { Plan } from '../../src/plan/plan-types.js';
import { cli, ROOT } from '../helpers.js';

const NODE3 = `${ROOT}fixtures/cluster/node3.yml`;
const STATE = `${ROOT}fixtures/cluster/state.json`;
const work = mkdtempSync(join(tmpdir(), 'pp-cluster-cmds-'));
after(() => rmSync(work, { recursive: true, force: true }));

test('diff FILE --cluster: the file alone against what the cluster makes of it, at the versions the cluster runs', () => {
  const r = cli(['diff', NODE3, '--cluster', STATE]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^--- .*node3\.yml \(Patroni 3\.0\.2, PostgreSQL 15\)\n\+\+\+ .*node3\.yml in the cluster at http:\/\/10\.0\.0\.11:8008 \(Patroni 3\.0\.2, PostgreSQL 15\)/);
  assert.match(r.stdout, /^- postgresql\.conf max_connections = "150"\n\+ postgresql\.conf max_connections = "222"$/m);
  assert.match(r.stdout, /^\+ clone from: postgres:\/\/10\.0\.0\.12:5432\/postgres$/m);
});

test('diff OLD NEW --cluster: both sides planned as new members of the cluster', () => {
  const newer = join(work, 'node3-new.yml');
  writeFileSync(newer, readFileSync(NODE3, 'utf8').replace('maintenance_work_mem: 80MB', 'maintenance_work_mem: 96MB'));
  const r = cli(['diff', NODE3, newer, '--cluster', STATE, '--format', 'json']);
  assert.equal(r.code, 1, r.stderr);
  const report = JSON.parse(r.stdout) as { changes: { heading: string }[] };
  // Only the local setting changed: the bootstrap branch (not run on either side) has no change.
  assert.ok(report.changes.every((c) => !c.heading.startsWith('bootstrap')), JSON.stringify(report.changes.map((c) => c.heading)));
  assert.ok(report.changes.length > 0);
});

test('lint --cluster: the drift of bootstrap.dcs, at the versions the cluster runs', () => {
  const r = cli(['lint', NODE3, '--cluster', STATE, '--select', 'dcs-drift', '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  const list = JSON.parse(r.stdout) as { ruleId: string; message: string }[];
  assert.deepEqual(list.map((d) => d.message.split(':')[0]), [
    "bootstrap.dcs.postgresql.use_slots is True, the running cluster's dynamic configuration has False",
    "bootstrap.dcs.postgresql.parameters.max_connections is 150, the running cluster's dynamic configuration has 222",
    "bootstrap.dcs.postgresql.parameters.work_mem is 4MB, the running cluster's dynamic configuration has 8MB",
  ]);
});

test('exec --cluster: the replica branch of a new member, refused for the bootstrap branch and for a plan JSON', () => {
  const dry = cli(['exec', NODE3, '--branch', 'replica', '--cluster', STATE, '--dry-run', '--allow-wipe', '/var/lib/postgresql/15/main', '--log-format', 'json']);
  const events = dry.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(events[0]!['patroni_version'], '3.0.2');
  assert.ok(dry.stdout.includes('host=10.0.0.12'), 'cloned from the member tagged clonefrom');
  const boot = cli(['exec', NODE3, '--branch', 'bootstrap', '--cluster', STATE, '--dry-run']);
  assert.equal(boot.code, 2);
  assert.match(boot.stdout + boot.stderr, /the cluster is initialized, so a new member never runs the bootstrap branch/);
  const planFile = join(work, 'plan.json');
  writeFileSync(planFile, cli(['plan', NODE3, '--cluster', STATE, '--format', 'json']).stdout);
  const fromPlan = cli(['exec', planFile, '--branch', 'replica', '--cluster', STATE, '--dry-run']);
  assert.equal(fromPlan.code, 2);
  assert.match(fromPlan.stdout + fromPlan.stderr, /--cluster is for a configuration: a plan JSON was planned already/);
});

test('--patroni-env for plan, diff and exec: the PATRONI_* variables apply as for lint', () => {
  const env = join(work, 'node.env');
  writeFileSync(env, 'PATRONI_NAME=node9\nPATRONI_POSTGRESQL_DATA_DIR=/srv/pg/data\n');
  const plan = cli(['plan', NODE3, '--patroni-env', env, '--cluster', STATE, '--format', 'json']);
  assert.equal(plan.code, 0, plan.stderr);
  const p = JSON.parse(plan.stdout) as Plan;
  assert.equal(p.node.name, 'node9');
  assert.equal(p.node.data_dir, '/srv/pg/data');
  assert.ok(p.config_files.some((f) => f.endsWith('node.env')));
  const alone = cli(['plan', NODE3, '--patroni-env', env, '--format', 'json']);
  assert.equal((JSON.parse(alone.stdout) as Plan).node.name, 'node9');
  const diff = cli(['diff', NODE3, '--cluster', STATE, '--patroni-env', env]);
  assert.match(diff.stdout, /application_name=node9/);
  const exec = cli(['exec', NODE3, '--branch', 'replica', '--patroni-env', env, '--cluster', STATE, '--dry-run', '--log-format', 'json']);
  assert.match(exec.stdout, /"data_dir":"\/srv\/pg\/data"/);
  const missing = cli(['plan', NODE3, '--patroni-env', join(work, 'nope.env')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^patroni-plan: .*nope\.env: cannot read the env file \(ENOENT\)\n$/);
});
