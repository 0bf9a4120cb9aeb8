/**
 * Issue 12, data loss: exec empties a data directory only when it may (wipe-policy.ts), sees
 * through symlinked parents, checks the clone source before removing existing data, and
 * re-checks the directory right before the removal. Stand-in programs, real files.
 */
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { removeDataDir } from '../../src/exec/data-dir.js';
import { directoryProblems, SafetyError } from '../../src/exec/safety.js';
import { decideWipe } from '../../src/exec/wipe-policy.js';
import { BASEBACKUP_OK, StandIns } from './stand-ins.js';

let s: StandIns;
beforeEach(() => {
  s = new StandIns();
  s.program('pg_basebackup', BASEBACKUP_OK('15'));
  s.program('pg_isready', 'exit 0');
});
afterEach(() => s.dispose());

const CLONE = 'postgres://127.0.0.1:5498/postgres';

function replica(dataDir: string, ...more: string[]): ReturnType<StandIns['exec']> {
  return s.exec([s.config({ dataDir }), '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE, ...more]);
}

function filled(dir: string, files: Record<string, string>): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('a non-empty directory without PG_VERSION, or of another PostgreSQL major, is refused before any step; nothing is removed', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ 'notes.txt': 'mine\n' }, /it has no PG_VERSION file, so it is not a PostgreSQL data directory/],
    [{ PG_VERSION: '14\n', 'base-file': 'x' }, /it is a PostgreSQL 14 data directory, and the plan is for PostgreSQL 15/],
  ];
  for (const [files, why] of cases) {
    const data = filled(join(s.dir, 'data'), files);
    const r = replica(data);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, why);
    assert.match(r.stderr, /name it with --allow-wipe .*data to remove it anyway/);
    assert.doesNotMatch(r.stdout, /^->/m, 'no step ran');
    for (const [name, text] of Object.entries(files)) assert.equal(readFileSync(join(data, name), 'utf8'), text);
    assert.equal(existsSync(join(s.dir, 'pgpass')), false);
    rmSync(data, { recursive: true });
  }
});

test("another user's files are refused, whatever they hold", { skip: process.getuid!() !== 0 ? 'needs root to make files of another user' : false }, () => {
  const victim = mkdtempSync(join(tmpdir(), 'pp-exec-victim-'));
  try {
    chmodSync(victim, 0o755);
    const data = filled(join(victim, 'data'), { PG_VERSION: '15\n', 'their-file': 'theirs\n' });
    const r = replica(data);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /it belongs to another user \(uid 0\)/);
    assert.equal(readFileSync(join(data, 'their-file'), 'utf8'), 'theirs\n');
  } finally {
    rmSync(victim, { recursive: true, force: true });
  }
});

test('a PostgreSQL 15 data directory of this user is cloned over; --allow-wipe names any other one', () => {
  const data = filled(join(s.dir, 'data'), { PG_VERSION: '15\n', 'old-file': 'x' });
  const r = replica(data);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(existsSync(join(data, 'old-file')), false);
  assert.equal(existsSync(join(data, 'standby.signal')), true);
  rmSync(data, { recursive: true });
  s.program('pg_basebackup', `n=$(cat "${s.dir}/count" 2>/dev/null || echo 0); echo $((n+1)) > "${s.dir}/count"\n${BASEBACKUP_OK('15')}\ntest "$n" -ge 1`);
  filled(data, { PG_VERSION: '15\n', 'old-file': 'x' });
  const retried = replica(data, '--log-format', 'json');
  assert.equal(retried.code, 0, `the clean-up before the second attempt removes what the first one made: ${retried.stdout}${retried.stderr}`);
  assert.match(retried.stdout, /"step":"basebackup-2-clean","status":"ok"/);
  rmSync(data, { recursive: true });
  s.program('pg_basebackup', BASEBACKUP_OK('15'));
  filled(data, { 'notes.txt': 'mine\n' });
  assert.equal(replica(data).code, 2);
  const allowed = replica(data, '--allow-wipe', data);
  assert.equal(allowed.code, 0, allowed.stdout + allowed.stderr);
  assert.equal(existsSync(join(data, 'notes.txt')), false);
});

test('an unreachable clone source is refused before existing data is removed', () => {
  s.program('pg_isready', 'exit 2');
  const data = filled(join(s.dir, 'data'), { PG_VERSION: '15\n', 'old-file': 'x' });
  const r = replica(data);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /the member to clone from, 127\.0\.0\.1:5498, does not accept connections: exec does not remove the existing data directory/);
  assert.equal(readFileSync(join(data, 'old-file'), 'utf8'), 'x');
  assert.equal(existsSync(join(s.dir, 'pgpass')), false, 'nothing was written either');
});

test('system trees and symlinked parents: the real path is checked (/tmp/x -> / with data_dir /tmp/x/etc is /etc)', () => {
  for (const dir of ['/usr/lib', '/etc/ssh', '/var/log', '/usr/share/postgresql']) assert.match(directoryProblems(dir, 'data directory').join(), /system directory/, dir);
  assert.deepEqual(directoryProblems('/usr/local/pgsql/data', 'data directory'), []);
  const link = join(s.dir, 'x');
  symlinkSync('/', link);
  assert.match(directoryProblems(join(link, 'etc'), 'data directory').join(), /data directory \/etc is a system directory \(the real path of .*\/x\/etc, through a symlinked parent directory\)/);
  assert.match(directoryProblems(join(link, 'usr', 'lib'), 'data directory').join(), /\/usr\/lib is inside the system directory \/usr/);
  const r = replica(join(link, 'etc'));
  assert.equal(r.code, 2);
  assert.match(r.stderr, /\/etc is a system directory/);
  assert.ok(existsSync('/etc/passwd'));
});

test('right before a removal the directory must still be the one checked: a swapped directory or parent is left alone', () => {
  const parent = join(s.dir, 'parent');
  const data = filled(join(parent, 'data'), { PG_VERSION: '15\n', 'a-file': 'x' });
  const decided = decideWipe({ dataDir: data, pgVersion: '15', allowWipe: [], uid: process.getuid!() });
  assert.ok('grant' in decided);
  renameSync(data, join(parent, 'checked'));
  filled(data, { PG_VERSION: '15\n', 'swapped-in': 'y' });
  assert.throws(() => removeDataDir(data, () => {}, decided.grant), (e: Error) => e instanceof SafetyError && /was replaced since it was checked/.test(e.message));
  assert.equal(existsSync(join(data, 'swapped-in')), true);
  const elsewhere = filled(join(s.dir, 'elsewhere', 'data'), { PG_VERSION: '15\n', 'keep-me': 'z' });
  renameSync(parent, join(s.dir, 'old-parent'));
  symlinkSync(join(s.dir, 'elsewhere'), parent);
  assert.throws(() => removeDataDir(data, () => {}, decided.grant), (e: Error) => e instanceof SafetyError && /now leads to .*elsewhere\/data/.test(e.message));
  assert.equal(existsSync(join(elsewhere, 'keep-me')), true);
});

test("a data_dir with a trailing slash is accepted: the standby files land at Patroni's os.path.join paths", () => {
  const r = replica(join(s.dir, 'data') + '/', '--log-format', 'json');
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, new RegExp(`"path":"${s.dir}/data/standby\\.signal"`));
  assert.equal(existsSync(join(s.dir, 'data', 'standby.signal')), true);
});
