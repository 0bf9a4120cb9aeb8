import assert from 'node:assert/strict';
import { chmodSync, renameSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { removeDataDir } from '../../src/exec/data-dir.js';
import { isDataDirEmpty } from '../../src/exec/data-dir-state.js';
import { RunState } from '../../src/exec/run-state.js';
import { directoryProblems, filePathProblem, SafetyError, systemFacts, type PathFacts } from '../../src/exec/safety.js';
import { decideWipe, type WipeGrant } from '../../src/exec/wipe-policy.js';

const facts = (homes: string[]): PathFacts => ({ ...systemFacts, homes: () => homes });

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'pp-exec-safety-'));
}

test('a data directory that is /, relative, unnormalised, a system directory or a home (or holds one) is refused', () => {
  const f = facts(['/home/alice', '/srv/pg/home']);
  assert.deepEqual(directoryProblems('/', 'data directory', f), ['data directory is /']);
  assert.match(directoryProblems('pgdata', 'data directory', f)[0]!, /is a relative path/);
  assert.match(directoryProblems('/srv/pg/../pg/data', 'data directory', f)[0]!, /not a normalised path/);
  assert.match(directoryProblems('/usr', 'data directory', f).join(), /system directory/);
  assert.match(directoryProblems('/home/alice', 'data directory', f).join(), /is a home directory/);
  assert.match(directoryProblems('/srv/pg', 'data directory', f).join(), /contains the home directory \/srv\/pg\/home/);
  assert.deepEqual(directoryProblems('/srv/pg/data/', 'data directory', f), []);
  assert.match(directoryProblems(null, 'data directory', f)[0]!, /postgresql\.data_dir is not set/);
});

test('a data directory that is a mount point, a symlink or a file is refused; a plain one is not', () => {
  assert.match(directoryProblems('/proc', 'data directory', facts([])).join(), /is a mount point/);
  const dir = scratch();
  try {
    mkdirSync(join(dir, 'real'));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    writeFileSync(join(dir, 'file'), '');
    assert.match(directoryProblems(join(dir, 'link'), 'data directory', facts([])).join(), /is a symlink \(to .*real\): exec does not follow it/);
    assert.match(directoryProblems(join(dir, 'file'), 'data directory', facts([])).join(), /not a directory/);
    assert.deepEqual(directoryProblems(join(dir, 'real'), 'data directory', facts([])), []);
    assert.deepEqual(directoryProblems(join(dir, 'not-yet'), 'data directory', facts([])), []);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('files a step may write: directly in the data directory, or the pgpass file', () => {
  const allowed = { dataDir: '/srv/pg/data', files: ['/srv/pg/.pgpass'] };
  assert.equal(filePathProblem('/srv/pg/data/standby.signal', allowed), undefined);
  assert.equal(filePathProblem('/srv/pg/.pgpass', allowed), undefined);
  assert.match(filePathProblem('/srv/pg/data/../../etc/passwd', allowed)!, /not a normalised path/);
  assert.match(filePathProblem('/srv/pg/data/sub/file', allowed)!, /neither directly in the data directory/);
  assert.match(filePathProblem('/etc/passwd', allowed)!, /neither directly in the data directory/);
  assert.match(filePathProblem('pgpass', allowed)!, /relative path/);
});

test('empty as Patroni counts it: missing, or only dot files and lost+found', () => {
  const dir = scratch();
  try {
    assert.equal(isDataDirEmpty(join(dir, 'missing')), true);
    writeFileSync(join(dir, '.hidden'), '');
    mkdirSync(join(dir, 'lost+found'));
    assert.equal(isDataDirEmpty(dir), true);
    writeFileSync(join(dir, 'PG_VERSION'), '15\n');
    assert.equal(isDataDirEmpty(dir), false);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('removing a data directory follows a pg_wal link as Patroni does, and says so', () => {
  const dir = scratch();
  try {
    const data = join(dir, 'data');
    mkdirSync(join(dir, 'wal'));
    writeFileSync(join(dir, 'wal', '000000010000000000000001'), '');
    mkdirSync(data);
    symlinkSync(join(dir, 'wal'), join(data, 'pg_wal'));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(data, 'not-followed'));
    const said: string[] = [];
    removeDataDir(data, (m) => said.push(m), grantFor(data, [data]), facts([]));
    assert.equal(existsSync(data), false);
    assert.equal(existsSync(join(dir, 'wal')), false);
    assert.equal(existsSync(join(dir, 'elsewhere')), true, 'other links are removed, not followed');
    assert.match(said[0]!, /following the symlink .*pg_wal out of the data directory: removing .*wal \(WAL directory\), as Patroni does/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a link to a directory that may not be removed stops the removal before anything is gone', () => {
  const dir = scratch();
  try {
    const data = join(dir, 'data');
    mkdirSync(data);
    mkdirSync(join(dir, 'home'));
    writeFileSync(join(data, 'PG_VERSION'), '15\n');
    symlinkSync(join(dir, 'home'), join(data, 'pg_wal'));
    assert.throws(() => removeDataDir(data, () => {}, grantFor(data), facts([join(dir, 'home')])), (err: Error) => err instanceof SafetyError && /is a home directory/.test(err.message));
    assert.deepEqual(readdirSync(data).sort(), ['PG_VERSION', 'pg_wal']);
    assert.throws(() => removeDataDir('/', () => {}, grantFor(data)), SafetyError);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('secret files: only a file the run creates is written (never one that was there, never through a link); it is removed at the end unless kept', () => {
  const dir = scratch();
  try {
    const state = new RunState();
    const fresh = join(dir, 'pgpass-new');
    const old = join(dir, 'pgpass-old');
    const kept = join(dir, 'pgpass-kept');
    writeFileSync(old, 'mine\n', { mode: 0o640 });
    chmodSync(old, 0o640);
    state.writeSecretFile(fresh, 'a:b\n', 0o600);
    state.writeSecretFile(fresh, 'a:b\nc:d\n', 0o600);
    assert.throws(() => state.writeSecretFile(old, 'c:d\n', 0o600), /exec writes secrets only into a file it creates/);
    state.writeSecretFile(kept, 'e:f\n', 0o600);
    assert.equal(statSync(fresh).mode & 0o777, 0o600);
    assert.equal(readFileSync(fresh, 'utf8'), 'a:b\nc:d\n');
    assert.equal(readFileSync(old, 'utf8'), 'mine\n', 'the user\'s file was never opened for writing');
    const pwfile = state.pwfile();
    writeFileSync(pwfile, 'x');
    const said = state.cleanup(new Map([[kept, '--keep-pgpass']]));
    assert.equal(existsSync(fresh), false);
    assert.equal(readFileSync(old, 'utf8'), 'mine\n');
    assert.equal(statSync(old).mode & 0o777, 0o640);
    assert.equal(readFileSync(kept, 'utf8'), 'e:f\n');
    assert.equal(existsSync(pwfile), false);
    assert.equal(said.length, 3);
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'planted'));
    assert.throws(() => state.writeSecretFile(join(dir, 'planted'), 'g:h\n', 0o600), /ELOOP|exec writes secrets only into a file it creates/);
    assert.equal(existsSync(join(dir, 'elsewhere')), false, 'never written through a symlink');
    const swapped = join(dir, 'pgpass-swapped');
    state.writeSecretFile(swapped, 'i:j\n', 0o600);
    writeFileSync(join(dir, 'other'), 'someone else\n');
    renameSync(join(dir, 'other'), swapped);
    assert.match(state.cleanup(new Map()).join(), /is no longer the file the run created: left in place/);
    assert.equal(readFileSync(swapped, 'utf8'), 'someone else\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function grantFor(dataDir: string, allowWipe: string[] = []): WipeGrant {
  const d = decideWipe({ dataDir, pgVersion: '15', allowWipe, uid: process.getuid!() });
  assert.ok('grant' in d, 'problem' in d ? d.problem : '');
  return d.grant;
}
