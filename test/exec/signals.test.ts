/**
 * Issue 12: SIGINT, SIGTERM and SIGHUP (an ssh session dropping) each stop a run at each kind
 * of step (a running program, a sleep between pg_basebackup attempts, the wait for a server
 * someone else starts) and leave no pgpass file, no password file directory and no child.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { StandIns, until } from './stand-ins.js';

let s: StandIns;
beforeEach(() => (s = new StandIns()));
afterEach(() => s.dispose());

const CLONE = 'postgres://127.0.0.1:5498/postgres';
const lastArgIsDataDir = 'eval "d=\\${$#}"';

interface Kind {
  args: () => string[];
  /** The JSON output once the run is inside the step. */
  inside: RegExp;
}

const KINDS: Record<string, Kind> = {
  run: {
    args: () => {
      s.program('sleeper', `echo $$ > "${s.dir}/child.pid"\nexec sleep 60`);
      return [s.config({ extra: `  create_replica_methods: [sleeper]\n  sleeper: {command: '${s.dir}/bin/sleeper'}\n` }), '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE];
    },
    inside: /"step":"sleeper","action":"run"/,
  },
  sleep: {
    args: () => {
      s.program('pg_basebackup', 'exit 1');
      return [s.config(), '--branch', 'replica', '--pg-version', '15', '--clone-from', CLONE];
    },
    inside: /"step":"basebackup-wait","action":"sleep"/,
  },
  'start wait': {
    args: () => {
      s.program('initdb', `${lastArgIsDataDir}\nmkdir -p "$d" && echo 15 > "$d/PG_VERSION"`);
      return [s.config({ bootstrap: '  post_bootstrap: /bin/true\n' }), '--branch', 'bootstrap', '--pg-version', '15'];
    },
    inside: /start PostgreSQL now/,
  },
};

function childStarted(): boolean {
  const pidFile = join(s.dir, 'child.pid');
  return existsSync(pidFile) && readFileSync(pidFile, 'utf8').endsWith('\n');
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  for (const [kind, how] of Object.entries(KINDS)) {
    test(`${signal} during a ${kind} step: the run stops and cleans up`, async () => {
      const child = s.spawnExec([...how.args(), '--log-format', 'json']);
      let stdout = '';
      child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
      const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
      try {
        await until(() => how.inside.test(stdout) && (kind !== 'run' || childStarted()), `never got inside the ${kind} step: ${stdout}`);
        child.kill(signal);
        assert.equal(await exited, 130, stdout);
        assert.match(stdout, new RegExp(`"outcome":"interrupted","exit_code":130,"reason":"interrupted by ${signal}"|"reason":"interrupted by ${signal}"`));
        assert.equal(existsSync(join(s.dir, 'pgpass')), false, 'no pgpass file is left');
        assert.deepEqual(readdirSync(s.tmp), [], 'no password file directory is left');
        if (kind === 'run') assert.throws(() => process.kill(Number(readFileSync(join(s.dir, 'child.pid'), 'utf8')), 0), /ESRCH/, 'the child was stopped');
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
    });
  }
}
