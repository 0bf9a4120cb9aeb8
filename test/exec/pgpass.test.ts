/**
 * Issue 12: exec never overwrites a pgpass file it did not create (Patroni does, in place),
 * not even with --keep-pgpass or when killed with SIGKILL halfway; a pgpass path that is a
 * symlink is refused; a standby exec starts keeps the pgpass primary_conninfo names.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { PASSWORD, StandIns, until } from './stand-ins.js';

let s: StandIns;
beforeEach(() => {
  s = new StandIns();
  s.program('pg_basebackup', `for a; do case "$a" in --pgdata=*) d=\${a#--pgdata=};; esac; done\nmkdir -p "$d"; echo 15 > "$d/PG_VERSION"; echo $$ > "${'$'}{PIDFILE:-/dev/null}"; exec sleep \${SLEEP:-0}`);
});
afterEach(() => s.dispose());

const CLONE = 'postgres://127.0.0.1:5498/postgres';
const USERS_OWN = 'db.example:5432:*:me:my own password\n';

test('an existing pgpass file is refused before any step, with or without --keep-pgpass, and stays as it was', () => {
  const pgpass = join(s.dir, 'pgpass');
  writeFileSync(pgpass, USERS_OWN, { mode: 0o600 });
  for (const extra of [[], ['--keep-pgpass']]) {
    const r = s.exec([s.config(), '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE, ...extra]);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.match(r.stderr, /the pgpass file .*pgpass \(postgresql\.pgpass\) exists and is a file: Patroni would overwrite it in place, but exec writes secrets only into a file it creates/);
    assert.equal(readFileSync(pgpass, 'utf8'), USERS_OWN);
    assert.equal(existsSync(join(s.dir, 'data')), false, 'no step ran');
  }
});

test('a pgpass path that is a symlink is refused; its target is never written', () => {
  const target = join(s.dir, 'target');
  writeFileSync(target, USERS_OWN);
  symlinkSync(target, join(s.dir, 'pgpass'));
  const r = s.exec([s.config(), '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE, '--dry-run']);
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /exists and is a symlink/);
  assert.equal(readFileSync(target, 'utf8'), USERS_OWN);
});

test('SIGKILL halfway leaves no user file replaced: the pgpass the run created is its own, and a user file is never opened', async () => {
  const pidFile = join(s.dir, 'basebackup.pid');
  const pgpass = join(s.dir, 'pgpass');
  writeFileSync(pgpass, USERS_OWN, { mode: 0o600 });
  // exec passes its environment on: the stand-in pg_basebackup reads PIDFILE and SLEEP from it
  process.env['PIDFILE'] = pidFile;
  process.env['SLEEP'] = '30';
  try {
    const run = s.spawnExec([s.config(), '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE]);
    const code = await new Promise<number | null>((r) => run.on('exit', r));
    assert.equal(code, 2, 'refused at once, before anything could be replaced');
    assert.equal(existsSync(pidFile), false, 'pg_basebackup never ran');
    assert.equal(readFileSync(pgpass, 'utf8'), USERS_OWN);
    const mine = s.spawnExec([s.config({ pgpass: join(s.dir, 'fresh-pgpass'), name: 'fresh.yml' }), '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE]);
    await until(() => existsSync(pidFile) && readFileSync(pidFile, 'utf8').endsWith('\n'), 'pg_basebackup did not start');
    mine.kill('SIGKILL');
    await new Promise((r) => mine.on('exit', r));
    process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
    assert.match(readFileSync(join(s.dir, 'fresh-pgpass'), 'utf8'), /^127\.0\.0\.1:5498:\*:rep:/, 'only the file the run created holds its secret');
    assert.equal(readFileSync(pgpass, 'utf8'), USERS_OWN);
  } finally {
    delete process.env['PIDFILE'];
    delete process.env['SLEEP'];
  }
});

test('the password never shows in the pgpass path check messages', () => {
  writeFileSync(join(s.dir, 'pgpass'), USERS_OWN);
  const r = s.exec([s.config(), '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE, '--log-format', 'json']);
  assert.ok(!(r.stdout + r.stderr).includes(PASSWORD));
});
