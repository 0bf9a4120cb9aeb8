/**
 * The failover drill against a real PostgreSQL 15: exec bootstraps a primary A and a streaming
 * replica B, B is promoted, A writes on its own timeline and stops, then
 * `exec --branch rejoin --clone-from <B> --start` brings A back as B's replica: rewound with
 * pg_rewind (test 6) or imaged anew (test 7, use_pg_rewind off, removal on). Either way A streams
 * from B and its divergent write is gone. In CI a missing PostgreSQL fails these tests.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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

/**
 * What fixtures/exec/rejoin-a.yml archives with: a command that fails until the file archive-on exists, so that
 * the segments A completes stay marked .ready. exec writes no server parameter; the drill sets them as Patroni's
 * postgresql.conf would.
 */
const archiveCommand = (node: Scratch): string => `test -f ${node.dir}/archive-on && cp %p ${node.dir}/archive/%f`;

/** A primary A with a streaming replica B, B promoted, A diverged and stopped cleanly. */
async function failover(node: Scratch, configA: string, archives = false): Promise<{ a: string; b: string }> {
  const a = join(node.dir, 'rejoin-a');
  const b = join(node.dir, 'rejoin-b');
  const boot = node.cli(['exec', node.config(configA), '--branch', 'bootstrap', '--pg-version', '15', '--start']);
  node.started(a);
  assert.equal(boot.status, 0, boot.stdout + boot.stderr);
  // Patroni's default wal_keep_size (128MB, which exec does not write): pg_rewind needs A's WAL back
  // to the last checkpoint before the fork, and a checkpoint on A may otherwise recycle it.
  query(node.ports.primary, "ALTER SYSTEM SET wal_keep_size = '128MB'");
  query(node.ports.primary, 'SELECT pg_reload_conf()');
  if (archives) {
    query(node.ports.primary, "ALTER SYSTEM SET archive_mode = 'on'");
    query(node.ports.primary, `ALTER SYSTEM SET archive_command = '${archiveCommand(node)}'`);
    // With a log file: without one the server keeps pg_ctl's output pipe open, and the call waits for its timeout.
    assert.equal(node.pgCtl(['restart', '-D', a, '-m', 'fast', '-w', '-l', join(node.dir, 'rejoin-a-restart.log')]).status, 0);
  }
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
  // A segment completes on A's own timeline: with archiving failing, it stays marked .ready.
  if (archives) query(node.ports.primary, 'SELECT pg_switch_wal()');
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
    const { a } = await failover(node, 'rejoin-a.yml', true);
    // Segments (and partial ones) marked .ready, as Patroni picks them: not the base backup's .backup file.
    const marked = readdirSync(join(a, 'pg_wal', 'archive_status')).filter((f) => f.endsWith('.ready'));
    const ready = marked.filter((f) => /^[0-9A-F]{24}(\.partial)?\.ready$/.test(f));
    assert.ok(ready.length > 0, `A stopped with segments marked .ready: ${marked.join(', ')}`);
    // Archiving works from now on: the rejoin archives those segments before pg_rewind.
    mkdirSync(join(node.dir, 'archive'));
    node.giveAway(join(node.dir, 'archive'));
    writeFileSync(join(node.dir, 'archive-on'), '');
    const rejoin = node.cli(['exec', node.config('rejoin-a.yml'), '--branch', 'rejoin', '--pg-version', '15', '--clone-from', `postgres://127.0.0.1:${node.ports.replica}/postgres`, '--start']);
    assert.equal(rejoin.status, 0, rejoin.stdout + rejoin.stderr);
    assert.match(rejoin.stdout, /timelines: this node 1, the leader 2/);
    assert.match(rejoin.stdout, /rejoin case rewind:/);
    assert.match(rejoin.stdout, /-> pg-rewind: /);
    assert.match(rejoin.stdout, /pg_rewind -D \S*rejoin-a --source-server /);
    assert.match(rejoin.stdout, new RegExp(`-> archive-ready-wal: [^\\n]*\\n[^\\n]*\\n   ok: archived ${ready.length} of ${ready.length} segments marked \\.ready`));
    assert.deepEqual(readdirSync(join(node.dir, 'archive')).sort(), ready.map((f) => f.replace(/\.ready$/, '')).sort(), 'each .ready segment of A is in the archive');
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
