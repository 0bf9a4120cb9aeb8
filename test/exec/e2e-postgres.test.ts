/**
 * exec against a real PostgreSQL 15, as an unprivileged user, on free loopback ports:
 * bootstrap with initdb, bootstrap with a custom method, a replica built after a failing
 * method, a keep_data method, an interrupted run. In CI a missing PostgreSQL fails these
 * tests; elsewhere they are skipped with the reason.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { events, freePorts, missingPrerequisite, psql, runAs, Scratch } from './pg-harness.js';

const SUPERUSER_PASSWORD = 'Su:per\\secret pw';
const REPLICATION_PASSWORD = 'R3pl:ic\\ation';
const missing = missingPrerequisite();
const inCi = process.env['CI'] === 'true' || process.env['CI'] === '1';
const skip = missing !== undefined && !inCi ? `skipped: ${missing}` : false;

let scratch: Scratch;

before(async () => {
  if (missing !== undefined) return;
  const [primary, replica] = await freePorts(2);
  scratch = new Scratch(runAs(), { primary: primary!, replica: replica! });
});

after(() => scratch?.dispose());

function requirePostgres(): void {
  if (missing !== undefined) assert.fail(`the exec end-to-end tests need PostgreSQL 15: ${missing}`);
}

function endEvent(stdout: string): Record<string, unknown> {
  const all = events(stdout);
  return all[all.length - 1]!;
}

/** Nothing the run wrote may hold a secret once it is over (test 3 keeps its pgpass file on purpose). */
function assertNoSecretLeft(): void {
  assert.deepEqual(readdirSync(scratch.tmp), [], 'the temporary password file directory is gone');
  for (const f of readdirSync(scratch.dir)) {
    const path = join(scratch.dir, f);
    if (!statSync(path).isFile() || f === 'pgpass-replica') continue;
    const text = readFileSync(path, 'utf8');
    assert.ok(!text.includes(SUPERUSER_PASSWORD.replace(/([:\\])/g, '\\$1')) && !text.includes(REPLICATION_PASSWORD.replace(/([:\\])/g, '\\$1')), `${f} holds a secret`);
  }
}

test('1. bootstrap with initdb and its options, started by exec; the superuser password works', { skip }, () => {
  requirePostgres();
  const r = scratch.cli(['exec', scratch.config('primary.yml'), '--branch', 'bootstrap', '--pg-version', '15', '--start', '--log-format', 'json']);
  scratch.started(join(scratch.dir, 'primary'));
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.deepEqual(endEvent(r.stdout), { event: 'end', exit_code: 0, outcome: 'ok', reason: 'bootstrap finished' });
  for (const secret of [SUPERUSER_PASSWORD, 'Su\\:per\\\\secret pw', REPLICATION_PASSWORD]) assert.ok(!r.stdout.includes(JSON.stringify(secret).slice(1, -1)), 'no secret in the log');
  assert.match(r.stdout, /"line":"localhost:\d+:\*:postgres:\[secret\]"/, 'the pgpass line post_bootstrap printed is redacted');
  const settings = psql(scratch.ports.primary, SUPERUSER_PASSWORD, "SELECT current_setting('data_checksums') || ' ' || pg_encoding_to_char(encoding) FROM pg_database WHERE datname = 'postgres'");
  assert.equal(settings.status, 0, settings.stderr);
  assert.equal(settings.stdout.trim(), 'on UTF8');
  const wrong = psql(scratch.ports.primary, 'not the password', 'SELECT 1');
  assert.notEqual(wrong.status, 0);
  assert.match(wrong.stderr, /password authentication failed/);
  const role = psql(scratch.ports.primary, SUPERUSER_PASSWORD, "SELECT rolreplication FROM pg_roles WHERE rolname = 'replicator'");
  assert.equal(role.stdout.trim(), 't', 'post_bootstrap ran against the started server');
  assert.equal(existsSync(join(scratch.dir, 'pgpass-primary')), false, 'the pgpass file is removed afterwards');
  assertNoSecretLeft();
});

test('2. bootstrap with a custom method and recovery_conf writes the recovery files the plan says', { skip }, () => {
  requirePostgres();
  const r = scratch.cli(['exec', scratch.config('custom-bootstrap.yml'), '--branch', 'bootstrap', '--pg-version', '15']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /custom bootstrap of cluster 'rehearsal' \(drill\) into /);
  assert.match(r.stdout, /skipped: --start was not given: start it yourself, for example: .*pg_ctl start -D /);
  const dir = join(scratch.dir, 'restored');
  assert.equal(readFileSync(join(dir, 'restored-by-custom-method'), 'utf8'), 'drill\n');
  assert.equal(statSync(join(dir, 'recovery.signal')).mode & 0o777, 0o600);
  assert.equal(existsSync(join(dir, 'standby.signal')), false);
  const auto = readFileSync(join(dir, 'postgresql.auto.conf'), 'utf8');
  assert.ok(auto.includes(`restore_command = 'cp ${scratch.dir}/archive/%f "%p"'\n`), auto);
  assert.ok(auto.includes("recovery_target_action = 'promote'\n"), auto);
  assertNoSecretLeft();
});

test('3. a replica from a plan JSON: the failing method is cleaned up, pg_basebackup wins, the standby streams', { skip }, () => {
  requirePostgres();
  const slot = psql(scratch.ports.primary, SUPERUSER_PASSWORD, "SELECT pg_create_physical_replication_slot('replica_1')");
  assert.equal(slot.status, 0, slot.stderr);
  const planned = scratch.cli(['plan', scratch.config('replica.yml'), '--pg-version', '15', '--format', 'json', '-o', 'replica-plan.json']);
  assert.equal(planned.status, 0, planned.stderr);
  const clone = `postgres://127.0.0.1:${scratch.ports.primary}/postgres`;
  const refused = scratch.cli(['exec', 'replica-plan.json', '--branch', 'replica']);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /give --clone-from/);
  const r = scratch.cli(['exec', 'replica-plan.json', '--branch', 'replica', '--clone-from', clone, '--start', '--keep-pgpass', '--log-format', 'json']);
  const dir = join(scratch.dir, 'replica');
  scratch.started(dir);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const log = events(r.stdout);
  const ends = log.filter((e) => e['event'] === 'method_end').map((e) => [e['method'], e['outcome']]);
  assert.deepEqual(ends, [['failing_script', 'failed'], ['basebackup', 'ok']]);
  assert.ok(log.some((e) => e['event'] === 'step_end' && e['step'] === 'failing_script' && e['exit_code'] === 3));
  assert.ok(log.some((e) => e['event'] === 'step_end' && e['step'] === 'failing_script-failed-clean' && e['status'] === 'ok'), 'the half-restored data directory was removed');
  assert.deepEqual(log[log.length - 1], { event: 'end', exit_code: 0, outcome: 'ok', method: 'basebackup' });
  assert.equal(existsSync(join(dir, 'half-restored')), false);
  assert.equal(existsSync(join(dir, 'standby.signal')), true);
  const auto = readFileSync(join(dir, 'postgresql.auto.conf'), 'utf8');
  assert.match(auto, new RegExp(`primary_conninfo = 'dbname=postgres user=replicator passfile=${scratch.dir}/pgpass-replica host=127\\.0\\.0\\.1 port=${scratch.ports.primary} .*application_name=replica-1 `));
  assert.match(auto, /primary_slot_name = 'replica_1'/);
  let state = '';
  for (let i = 0; i < 60 && state !== 'streaming'; i++) {
    state = psql(scratch.ports.primary, SUPERUSER_PASSWORD, "SELECT state FROM pg_stat_replication WHERE application_name = 'replica-1'").stdout.trim();
    if (state !== 'streaming') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
  }
  assert.equal(state, 'streaming', 'the replica streams from the primary');
  const slotActive = psql(scratch.ports.primary, SUPERUSER_PASSWORD, "SELECT active FROM pg_replication_slots WHERE slot_name = 'replica_1'");
  assert.equal(slotActive.stdout.trim(), 't');
  assert.equal(statSync(join(scratch.dir, 'pgpass-replica')).mode & 0o777, 0o600, 'kept with --keep-pgpass, mode 0600');
});

test('4a. a keep_data method that fails leaves its files in place for the next method; a second run refuses them', { skip }, () => {
  requirePostgres();
  const clone = `postgres://127.0.0.1:${scratch.ports.primary}/postgres`;
  const config = scratch.config('keep-data.yml');
  const r = scratch.cli(['exec', config, '--branch', 'replica', '--pg-version', '15', '--clone-from', clone, '--log-format', 'json']);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const log = events(r.stdout);
  assert.deepEqual(log.filter((e) => e['event'] === 'method_end').map((e) => [e['method'], e['outcome']]), [['keeper', 'failed'], ['finisher', 'ok']]);
  assert.ok(!log.some((e) => e['event'] === 'step' && e['action'] === 'remove_data_dir'), 'keep_data: the plan never removes the data directory between them');
  assert.ok(log.some((e) => e['event'] === 'output' && e['line'] === 'finisher: found the restored files of the previous method'));
  const dir = join(scratch.dir, 'keeper');
  assert.equal(readFileSync(join(dir, 'keeper-was-here'), 'utf8'), 'restored\n');
  assert.equal(existsSync(join(dir, 'standby.signal')), true);
  const again = scratch.cli(['exec', config, '--branch', 'replica', '--pg-version', '15', '--clone-from', clone]);
  assert.equal(again.status, 2);
  assert.match(again.stderr, /is not empty, and the plan does not clean it before its first method/);
  assert.equal(existsSync(join(dir, 'keeper-was-here')), true);
  assertNoSecretLeft();
});

test('4b. SIGINT stops the running method and removes the pgpass file', { skip }, async () => {
  requirePostgres();
  const config = scratch.config('interrupted.yml');
  const pgpass = join(scratch.dir, 'pgpass-sleeper');
  const pidFile = join(scratch.dir, 'sleeper.pid');
  const child = scratch.cliAsync(['exec', config, '--branch', 'replica', '--pg-version', '15', '--clone-from', `postgres://127.0.0.1:${scratch.ports.primary}/postgres`, '--log-format', 'json']);
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  try {
    await until(() => stdout.includes('"step":"sleeper","action":"run"') && existsSync(pidFile) && readFileSync(pidFile, 'utf8').endsWith('\n'), `the method did not start: ${stdout}`);
    assert.equal(statSync(pgpass).mode & 0o777, 0o600, 'the pgpass file exists, mode 0600, while the method runs');
    const sleeper = Number(readFileSync(pidFile, 'utf8'));
    child.kill('SIGINT');
    assert.equal(await exited, 130);
    assert.equal(endEvent(stdout)['outcome'], 'interrupted');
    assert.equal(existsSync(pgpass), false, 'no pgpass file is left behind');
    assert.throws(() => process.kill(sleeper, 0), /ESRCH/, 'the method was stopped');
    assertNoSecretLeft();
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});

test("5. the README's replica flow, literally: bootstrap --start on one node, replica --create-slot --start on another; the standby streams", { skip }, async () => {
  requirePostgres();
  const [primaryPort, replicaPort] = await freePorts(2);
  const node = new Scratch(runAs(), { primary: primaryPort!, replica: replicaPort! });
  try {
    // README: patroni-plan exec patroni.yml --branch bootstrap --pg-version 15 --start
    const boot = node.cli(['exec', node.config('primary.yml'), '--branch', 'bootstrap', '--pg-version', '15', '--start']);
    node.started(join(node.dir, 'primary'));
    assert.equal(boot.status, 0, boot.stdout + boot.stderr);
    // README: patroni-plan exec patroni.yml --branch replica --pg-version 15 --clone-from postgres://HOST:PORT/postgres --create-slot --start
    const clone = `postgres://127.0.0.1:${node.ports.primary}/postgres`;
    const replica = node.cli(['exec', node.config('readme-replica.yml'), '--branch', 'replica', '--pg-version', '15', '--clone-from', clone, '--create-slot', '--start']);
    const dir = join(node.dir, 'readme-replica');
    node.started(dir);
    assert.equal(replica.status, 0, replica.stdout + replica.stderr);
    assert.match(replica.stdout, /-> create-slot: create the replication slot readme_replica_1 on the primary/);
    assert.match(replica.stdout, /cleanup: kept .*pgpass-readme-replica \(the standby exec started names it as passfile in primary_conninfo/);
    assert.ok(!(replica.stdout + replica.stderr).includes(REPLICATION_PASSWORD), 'no secret in the output');
    let state = '';
    for (let i = 0; i < 60 && state !== 'streaming'; i++) {
      state = psql(node.ports.primary, SUPERUSER_PASSWORD, "SELECT state FROM pg_stat_replication WHERE application_name = 'readme-replica-1'").stdout.trim();
      if (state !== 'streaming') await new Promise((r) => setTimeout(r, 500));
    }
    assert.equal(state, 'streaming', 'pg_stat_replication on the primary shows the standby streaming');
    const slot = psql(node.ports.primary, SUPERUSER_PASSWORD, "SELECT active FROM pg_replication_slots WHERE slot_name = 'readme_replica_1'");
    assert.equal(slot.stdout.trim(), 't', 'through the slot --create-slot created');
    const auto = readFileSync(join(dir, 'postgresql.auto.conf'), 'utf8');
    assert.match(auto, new RegExp(`passfile=${node.dir}/pgpass-readme-replica `));
    assert.equal(statSync(join(node.dir, 'pgpass-readme-replica')).mode & 0o777, 0o600, 'the passfile primary_conninfo names is still there, mode 0600');
  } finally {
    node.dispose();
  }
});

async function until(condition: () => boolean, message: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(message);
    await new Promise((r) => setTimeout(r, 100));
  }
}
