/**
 * Issue 20, item 9: exec removes only what its own programs created or what it checked before
 * the first step. A data directory that appears between two steps (made by the same user
 * during the wait between pg_basebackup attempts) is not removed, and a pg_wal link whose
 * target holds anything but WAL is refused before the first step unless --allow-wipe names it.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { removeDataDir } from '../../src/exec/data-dir.js';
import { SafetyError } from '../../src/exec/safety.js';
import { decideWipe } from '../../src/exec/wipe-policy.js';
import { BASEBACKUP_OK, handOver, StandIns, until } from './stand-ins.js';

let s: StandIns;
beforeEach(() => {
  s = new StandIns();
  s.program('pg_isready', 'exit 0');
});
afterEach(() => s.dispose());

const CLONE = 'postgres://127.0.0.1:5498/postgres';

function replicaArgs(dataDir: string, ...more: string[]): string[] {
  return [s.config({ dataDir }), '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE, ...more];
}

function filled(dir: string, files: Record<string, string>): string {
  for (const name of Object.keys(files)) mkdirSync(join(dir, name, '..'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('a data directory that appears during the wait between pg_basebackup attempts is not removed: the run stops and says why', async () => {
  // The first attempt fails without creating anything; a second one would succeed.
  s.program('pg_basebackup', `n=$(cat "${s.dir}/count" 2>/dev/null || echo 0); echo $((n+1)) > "${s.dir}/count"\ntest "$n" -ge 1 || exit 1\n${BASEBACKUP_OK('15')}`);
  const data = join(s.dir, 'data');
  const child = s.spawnExec([...replicaArgs(data), '--log-format', 'json']);
  let stdout = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  try {
    await until(() => /"step":"basebackup-wait","action":"sleep"/.test(stdout), `never reached the wait between the attempts: ${stdout}`);
    // The same user makes the directory while no program of the run runs.
    filled(data, { PG_VERSION: '15\n', 'notes.txt': 'mine\n' });
    const { uid, gid } = s.user();
    handOver(data, uid, gid);
    assert.equal(await exited, 1, stdout);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  assert.match(stdout, /"step":"basebackup-2-clean","status":"failed","reason":"[^"]*data appeared during the run, but not while one of the run's programs ran/);
  assert.doesNotMatch(stdout, /"step":"basebackup-2","action"/, 'the second attempt did not run over it');
  assert.equal(readFileSync(join(data, 'notes.txt'), 'utf8'), 'mine\n');
  assert.equal(existsSync(join(s.dir, 'pgpass')), false);
});

test('a pg_wal link to a directory holding more than WAL is refused before the first step; --allow-wipe naming it lets the run remove it', () => {
  s.program('pg_basebackup', BASEBACKUP_OK('15'));
  const data = filled(join(s.dir, 'data'), { PG_VERSION: '15\n', 'base/1': 'x' });
  const docs = filled(join(s.dir, 'docs'), { '000000010000000000000001': '', 'thesis.odt': 'years of work\n' });
  symlinkSync(docs, join(data, 'pg_wal'));
  const refused = s.exec(replicaArgs(data));
  assert.equal(refused.code, 2, refused.stdout + refused.stderr);
  assert.match(refused.stderr, /has a pg_wal symlink to .*docs, which Patroni removes with the data directory, but it holds files that are not WAL \(thesis\.odt\).*name it with --allow-wipe .*docs to remove it anyway/);
  assert.doesNotMatch(refused.stdout, /^->/m, 'no step ran');
  assert.equal(readFileSync(join(docs, 'thesis.odt'), 'utf8'), 'years of work\n');
  assert.equal(readFileSync(join(data, 'base/1'), 'utf8'), 'x');
  const allowed = s.exec(replicaArgs(data, '--allow-wipe', docs));
  assert.equal(allowed.code, 0, allowed.stdout + allowed.stderr);
  assert.equal(existsSync(docs), false, 'named with --allow-wipe, it goes with the data directory, as under Patroni');
});

test("a pg_wal link to a directory of nothing but PostgreSQL's WAL files is followed as Patroni does", () => {
  s.program('pg_basebackup', BASEBACKUP_OK('15'));
  const data = filled(join(s.dir, 'data'), { PG_VERSION: '15\n' });
  const wal = filled(join(s.dir, 'wal'), {
    '000000010000000000000001': '',
    '000000010000000000000002.partial': '',
    '000000010000000000000003.00000028.backup': '',
    '00000002.history': '',
    'xlogtemp.4242': '',
    'archive_status/000000010000000000000001.done': '',
    'archive_status/00000002.history.ready': '',
    'summaries/0000000100000000010000000000000001000028.summary': '',
  });
  symlinkSync(wal, join(data, 'pg_wal'));
  const r = s.exec(replicaArgs(data));
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /following the symlink .*pg_wal out of the data directory: removing .*wal \(WAL directory\), as Patroni does/);
  assert.equal(existsSync(wal), false);
});

test('a file that is not WAL put into the linked WAL directory after the checks stops the removal', () => {
  const data = filled(join(s.dir, 'data'), { PG_VERSION: '15\n' });
  const wal = filled(join(s.dir, 'wal'), { '000000010000000000000001': '' });
  symlinkSync(wal, join(data, 'pg_wal'));
  const decided = decideWipe({ dataDir: data, pgVersion: '15', allowWipe: [], uid: process.getuid!() });
  assert.ok('grant' in decided, 'problem' in decided ? decided.problem : '');
  writeFileSync(join(wal, 'notes.txt'), 'mine\n');
  assert.throws(() => removeDataDir(data, () => {}, decided.grant), (e: Error) => e instanceof SafetyError && /holds files that are not WAL \(notes\.txt\)/.test(e.message));
  assert.equal(readFileSync(join(wal, 'notes.txt'), 'utf8'), 'mine\n');
  assert.equal(existsSync(join(data, 'PG_VERSION')), true, 'nothing was removed');
});
