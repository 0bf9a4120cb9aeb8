/**
 * The failover drill against a real PostgreSQL 15: exec bootstraps a primary A and a streaming
 * replica B, B is promoted, A writes on its own timeline and stops, then
 * `exec --branch rejoin --clone-from <B> --start` brings A back as B's replica: rewound with
 * pg_rewind (test 6) or imaged anew (test 7, use_pg_rewind off, removal on). Either way A streams
 * from B and its divergent write is gone. In CI a missing PostgreSQL fails these tests.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { freePorts, missingPrerequisite, psql, runAs, Scratch } from './pg-harness.js';

const SUPERUSER_PASSWORD = 'Su:per\\secret pw';
const missing = missingPrerequisite();
const inCi = process.env['CI'] === 'true' || process.env['CI'] === '1';
const skip = missing !== undefined && !inCi ? `skipped: ${missing}` : false;

async function waitFor(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  assert.fail(`gave up waiting: ${what}`);
}

const query = (port: number, sql: string): string => {
  const r = psql(port, SUPERUSER_PASSWORD, sql);
  assert.equal(r.status, 0, `${sql}: ${r.stderr}`);
  return r.stdout.trim();
};

/** A primary A with a streaming replica B, B promoted, A diverged and stopped cleanly. */
async function failover(node: Scratch, configA: string): Promise<{ a: string; b: string }> {
  const a = join(node.dir, 'rejoin-a');
  const b = join(node.dir, 'rejoin-b');
  const boot = node.cli(['exec', node.config(configA), '--branch', 'bootstrap', '--pg-version', '15', '--start']);
  node.started(a);
  assert.equal(boot.status, 0, boot.stdout + boot.stderr);
  // Patroni's default wal_keep_size (128MB, which exec does not write): pg_rewind needs A's WAL back
  // to the last checkpoint before the fork, and a checkpoint on A may otherwise recycle it.
  query(node.ports.primary, "ALTER SYSTEM SET wal_keep_size = '128MB'");
  query(node.ports.primary, 'SELECT pg_reload_conf()');
  query(node.ports.primary, 'CREATE TABLE shared AS SELECT 1 AS x');
  const clone = `postgres://127.0.0.1:${node.ports.primary}/postgres`;
  const replica = node.cli(['exec', node.config('rejoin-b.yml'), '--branch', 'replica', '--pg-version', '15', '--clone-from', clone, '--create-slot', '--start']);
  node.started(b);
  assert.equal(replica.status, 0, replica.stdout + replica.stderr);
  await waitFor('B streams from A', () => psql(node.ports.primary, SUPERUSER_PASSWORD, "SELECT state FROM pg_stat_replication WHERE application_name = 'rejoin-b'").stdout.trim() === 'streaming');
  // The failover: B is promoted (Patroni's new leader checkpoints after its promotion), A goes on alone.
  assert.equal(node.pgCtl(['promote', '-D', b, '-w']).status, 0);
  await waitFor('B is out of recovery', () => psql(node.ports.replica, SUPERUSER_PASSWORD, 'SELECT pg_is_in_recovery()').stdout.trim() === 'f');
  query(node.ports.replica, 'CHECKPOINT');
  query(node.ports.primary, 'CREATE TABLE divergent AS SELECT generate_series(1, 1000) AS x');
  assert.equal(node.pgCtl(['stop', '-D', a, '-m', 'fast', '-w']).status, 0);
  // Patroni's leader creates the slot of every member; here the drill does it for A.
  query(node.ports.replica, "SELECT pg_create_physical_replication_slot('rejoin_a', true)");
  return { a, b };
}

async function assertRejoined(node: Scratch, a: string): Promise<void> {
  node.started(a);
  await waitFor('A streams from B', () => psql(node.ports.replica, SUPERUSER_PASSWORD, "SELECT state FROM pg_stat_replication WHERE application_name = 'rejoin-a'").stdout.trim() === 'streaming');
  assert.equal(query(node.ports.primary, 'SELECT pg_is_in_recovery()'), 't', 'A is a standby now');
  assert.equal(query(node.ports.primary, "SELECT to_regclass('divergent') IS NULL"), 't', "A's divergent write is gone");
  assert.equal(query(node.ports.primary, 'SELECT x FROM shared'), '1', 'what both had before the failover is there');
  query(node.ports.replica, 'CREATE TABLE after_rejoin AS SELECT 2 AS x');
  await waitFor("B's new write reaches A", () => psql(node.ports.primary, SUPERUSER_PASSWORD, "SELECT to_regclass('after_rejoin') IS NOT NULL").stdout.trim() === 't');
}

test('6. the failover drill: the former primary is rewound with pg_rewind and follows the new leader', { skip }, async () => {
  if (missing !== undefined) assert.fail(`the exec end-to-end tests need PostgreSQL 15: ${missing}`);
  const [primary, replica] = await freePorts(2);
  const node = new Scratch(runAs(), { primary: primary!, replica: replica! });
  try {
    const { a } = await failover(node, 'rejoin-a.yml');
    const rejoin = node.cli(['exec', node.config('rejoin-a.yml'), '--branch', 'rejoin', '--pg-version', '15', '--clone-from', `postgres://127.0.0.1:${node.ports.replica}/postgres`, '--start']);
    assert.equal(rejoin.status, 0, rejoin.stdout + rejoin.stderr);
    assert.match(rejoin.stdout, /timelines: this node 1, the leader 2/);
    assert.match(rejoin.stdout, /rejoin case rewind:/);
    assert.match(rejoin.stdout, /-> pg-rewind: /);
    assert.match(rejoin.stdout, /pg_rewind -D \S*rejoin-a --source-server /);
    assert.ok(!rejoin.stdout.includes('Su:per'), 'no secret in the output');
    await assertRejoined(node, a);
  } finally {
    node.dispose();
  }
});

test('7. the failover drill without pg_rewind: the former primary is imaged anew (remove_data_directory_on_diverged_timelines)', { skip }, async () => {
  if (missing !== undefined) assert.fail(`the exec end-to-end tests need PostgreSQL 15: ${missing}`);
  const [primary, replica] = await freePorts(2);
  const node = new Scratch(runAs(), { primary: primary!, replica: replica! });
  try {
    const { a } = await failover(node, 'reinit-a.yml');
    const rejoin = node.cli(['exec', node.config('reinit-a.yml'), '--branch', 'rejoin', '--pg-version', '15', '--clone-from', `postgres://127.0.0.1:${node.ports.replica}/postgres`, '--start']);
    assert.equal(rejoin.status, 0, rejoin.stdout + rejoin.stderr);
    assert.match(rejoin.stdout, /rejoin case diverged:/);
    assert.match(rejoin.stdout, /pg_basebackup/);
    assert.doesNotMatch(rejoin.stdout, /pg_rewind -D/);
    await assertRejoined(node, a);
  } finally {
    node.dispose();
  }
});
