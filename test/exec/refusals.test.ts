/**
 * Issue 12: what exec refuses before any step (root where initdb or pg_ctl must run, several
 * clone hosts, an input without end), and what it prints (secrets hidden by placement only).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { runExec, type ExecOptions } from '../../src/exec/exec.js';
import { ROOT } from '../helpers.js';
import { BASEBACKUP_OK, StandIns } from './stand-ins.js';

let s: StandIns;
beforeEach(() => {
  s = new StandIns();
  s.program('initdb', 'exit 0');
  s.program('pg_basebackup', BASEBACKUP_OK('15'));
});
afterEach(() => s.dispose());

const CLONE = 'postgres://127.0.0.1:5498/postgres';

async function asRoot(extra: Partial<ExecOptions>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const base: ExecOptions = { file: s.config(), branch: 'bootstrap', pgVersion: '15', start: false, startTimeout: 5, keepPgpass: false, dryRun: false, logFormat: 'text', uid: 0 };
  const code = await runExec({ ...base, ...extra }, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

test('as root, a run that needs initdb or pg_ctl is refused up front with the command to run instead', async () => {
  const boot = await asRoot({ commandLine: ['exec', 'patroni.yml', '--branch', 'bootstrap'] });
  assert.equal(boot.code, 2, boot.out + boot.err);
  assert.match(boot.err, /exec runs as root, but initdb refuses to run as root: run it as the user that owns the PostgreSQL data .*for example: sudo -u \S+ patroni-plan exec patroni\.yml --branch bootstrap/);
  assert.equal(existsSync(join(s.dir, 'data')), false);
  const replica = await asRoot({ branch: 'replica', cloneFrom: CLONE, start: true });
  assert.equal(replica.code, 2);
  assert.match(replica.err, /--start runs pg_ctl, which refuses to run as root, and a data directory pg_basebackup writes as root cannot be started/);
  assert.equal(existsSync(join(s.dir, 'data')), false, 'no base backup was taken');
  const dry = await asRoot({ dryRun: true });
  assert.equal(dry.code, 0, 'a dry run shows the plan and says a real run would be refused');
  assert.match(dry.out, /note: a real run would be refused: exec runs as root/);
  const noStart = await asRoot({ branch: 'replica', cloneFrom: CLONE, dryRun: true });
  assert.doesNotMatch(noStart.out, /would be refused/, 'a replica built without --start needs no other user');
});

test("secrets are hidden where the plan places them, not by substring: the password 'postgres' leaves paths and actions alone", () => {
  s.program('initdb', 'echo "initdb saw postgres and /usr/lib/postgresql"\nexit 0');
  const config = s.config({ password: 'postgres', dataDir: join(s.dir, 'data') });
  const dry = s.exec([config, '--branch', 'bootstrap', '--pg-version', '15', '--dry-run', '--log-format', 'json']);
  assert.equal(dry.code, 0, dry.stderr);
  assert.match(dry.stdout, /"action":"start_postgres"/);
  assert.match(dry.stdout, new RegExp(`"argv":\\["${s.dir}/bin/initdb"`));
  assert.doesNotMatch(dry.stdout, /\[secret\]/);
  const run = s.exec([config, '--branch', 'bootstrap', '--pg-version', '15', '--log-format', 'json']);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /"line":"initdb saw \[secret\] and \/usr\/lib\/\[secret\]ql"/, "a child's output is masked wherever the value occurs");
});

test('exec reads its input by the rules lint and plan use: the size limit, and by name only a regular file', () => {
  const run = (input: string, stdin: 'pipe' | number = 'pipe') => spawnSync(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, 'exec', input, '--branch', 'bootstrap'], { encoding: 'utf8', timeout: 30_000, stdio: [stdin, 'pipe', 'pipe'] });
  const named = run('/dev/zero');
  assert.equal(named.status, 2, named.stderr);
  assert.match(named.stderr, /\/dev\/zero: a character device, not a regular file/);
  const zero = openSync('/dev/zero', 'r');
  try {
    const piped = run('-', zero);
    assert.equal(piped.status, 2, piped.stderr);
    assert.match(piped.stderr, /<stdin>: file is larger than the limit of 4 MiB/);
  } finally {
    closeSync(zero);
  }
});

test('--clone-from with several hosts is refused for a configuration too', () => {
  const r = s.exec([s.config(), '--branch', 'replica', '--pg-version', '15', '--clone-from', 'postgres://h1,h2:5432/postgres', '--dry-run']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /exec clones from one member, as Patroni does .*give one host/);
});

test('--create-slot is checked before the run: replica branch only, and the standby settings must name a slot', () => {
  const boot = s.exec([s.config(), '--branch', 'bootstrap', '--pg-version', '15', '--create-slot', '--dry-run']);
  assert.equal(boot.code, 2);
  assert.match(boot.stderr, /--create-slot is for the replica branch/);
  const noSlots = s.config({ bootstrap: '  dcs:\n    postgresql:\n      use_slots: false\n', name: 'no-slots.yml' });
  const r = s.exec([noSlots, '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE, '--create-slot', '--dry-run']);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /name no replication slot/);
  const ok = s.exec([s.config(), '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE, '--start', '--dry-run']);
  assert.match(ok.stdout, /note: the standby settings name the replication slot node_1, which Patroni's leader creates: give --create-slot/);
});
