/**
 * Issue 20, item 9: exec removes only what its own programs created or what it checked before
 * the first step. A data directory that appears between two steps (made by the same user
 * during the wait between pg_basebackup attempts) is not removed.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { BASEBACKUP_OK, handOver, StandIns, until } from './stand-ins.js';

let s: StandIns;
beforeEach(() => (s = new StandIns()));
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
