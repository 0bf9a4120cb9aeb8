/**
 * exec with stand-in programs (shell scripts named initdb and pg_basebackup): the runners'
 * decisions, the safety refusals and the clean-up, with no PostgreSQL needed.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { ROOT } from '../helpers.js';
import { runAs } from './pg-harness.js';

const PASSWORD = 'Sup3r:secret\\pw';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pp-exec-runner-'));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, 'bin'));
  mkdirSync(join(dir, 'tmp'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function program(name: string, body: string): void {
  writeFileSync(join(dir, 'bin', name), `#!/bin/sh\n${body}\n`);
  chmodSync(join(dir, 'bin', name), 0o755);
}

function config(extra = '', dataDir = join(dir, 'data'), name = 'patroni.yml'): string {
  const path = join(dir, name);
  writeFileSync(
    path,
    `scope: drill\nname: node-1\nbootstrap:\n  initdb: [{encoding: UTF8}]\n${extra}postgresql:\n  listen: 127.0.0.1:5499\n  data_dir: '${dataDir}'\n  bin_dir: '${dir}/bin'\n  pgpass: '${dir}/pgpass'\n` +
      `  authentication:\n    superuser: {username: postgres, password: '${PASSWORD}'}\n    replication: {username: rep, password: '${PASSWORD}'}\n`,
  );
  return path;
}

/**
 * exec runs as the postgres user when the tests run as root, as exec refuses root for a
 * plan that runs initdb or pg_ctl; everything in the scratch directory is handed over first.
 */
function execOptions(): { cwd: string; env: NodeJS.ProcessEnv; uid?: number; gid?: number } {
  const base = { cwd: dir, env: { ...process.env, TMPDIR: join(dir, 'tmp') } };
  if (process.getuid!() !== 0) return base;
  const user = runAs();
  handOver(dir, user.uid, user.gid);
  return { ...base, uid: user.uid, gid: user.gid };
}

function handOver(path: string, uid: number, gid: number): void {
  lchownSync(path, uid, gid);
  if (lstatSync(path).isDirectory()) for (const e of readdirSync(path)) handOver(join(path, e), uid, gid);
}

function exec(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, 'exec', ...args], { ...execOptions(), encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lastArgIsDataDir = 'eval "d=\\${$#}"';

test('a failed initdb: the password file was 0600 and is gone, the secret never printed, the data directory removed', () => {
  program('initdb', `for a; do case "$a" in --pwfile=*) f=\${a#--pwfile=};; esac; done\nstat -c 'pwfile mode %a' "$f"\necho "password is $(cat "$f")"\n${lastArgIsDataDir}\nmkdir -p "$d" && touch "$d/PG_VERSION"\necho "initdb: failing on purpose" >&2\nexit 1`);
  const r = exec([config(), '--branch', 'bootstrap', '--pg-version', '15']);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /\| pwfile mode 600\n/);
  assert.match(r.stdout, /\| password is \[secret\]\n/);
  assert.ok(!(r.stdout + r.stderr).includes(PASSWORD));
  assert.match(r.stderr, /\| initdb: failing on purpose/);
  assert.match(r.stderr, /failed: bootstrap step initdb failed: .*initdb exited with code 1 \(exit 1\)/);
  assert.match(r.stdout, /cleanup: removed .*data\n/);
  assert.equal(existsSync(join(dir, 'data')), false);
  assert.deepEqual(readdirSync(join(dir, 'tmp')), []);
});

test('a data directory that existed empty keeps existing; only what the run created goes', () => {
  program('initdb', `${lastArgIsDataDir}\ntouch "$d/PG_VERSION"\nexit 2`);
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', '.keep'), '');
  const r = exec([config(), '--branch', 'bootstrap']);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.deepEqual(readdirSync(join(dir, 'data')), ['.keep']);
});

test('without --start, a bootstrap with post_bootstrap waits for someone to start the server, then gives up and cleans up', () => {
  program('initdb', `${lastArgIsDataDir}\nmkdir -p "$d" && touch "$d/PG_VERSION"`);
  const r = exec([config('  post_bootstrap: /bin/true\n'), '--branch', 'bootstrap', '--start-timeout', '1']);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /note: start PostgreSQL now \(for example: .*\/bin\/pg_ctl start -D .*data -w -o '--listen_addresses=127\.0\.0\.1 --port=5499'\); waiting up to 1 s/);
  assert.match(r.stderr, /no server was started on .*data within 1 s/);
  assert.equal(existsSync(join(dir, 'data')), false);
  assert.equal(existsSync(join(dir, 'pgpass')), false);
});

test('SIGTERM stops the running program and cleans up; exit 130', async () => {
  program('initdb', `${lastArgIsDataDir}\nmkdir -p "$d"\necho started\nexec sleep 60`);
  const child = spawn(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, 'exec', config(), '--branch', 'bootstrap'], execOptions());
  let stdout = '';
  let sent = false;
  child.stdout.on('data', (c: Buffer) => {
    stdout += c.toString();
    if (!sent && stdout.includes('| started')) sent = child.kill('SIGTERM');
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 130, stdout);
  assert.match(stdout, /interrupted by SIGTERM/);
  assert.equal(existsSync(join(dir, 'data')), false);
  assert.deepEqual(readdirSync(join(dir, 'tmp')), []);
});

test('pg_basebackup is tried again as the plan says, and the winner is reported', () => {
  program('pg_basebackup', `n=$(cat "${dir}/count" 2>/dev/null || echo 0); echo $((n+1)) > "${dir}/count"\nfor a; do case "$a" in --pgdata=*) d=\${a#--pgdata=};; esac; done\nmkdir -p "$d"; touch "$d/PG_VERSION"\ntest "$n" -ge 1`);
  const r = exec([config(), '--branch', 'replica', '--pg-version', '15', '--clone-from', 'postgres://127.0.0.1:5498/postgres', '--log-format', 'json']);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  const log = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  const ran = log.filter((e) => e['event'] === 'step_end' && e['status'] !== 'skipped').map((e) => `${e['step']}:${e['status']}`);
  assert.deepEqual(ran, ['replica-pgpass:ok', 'basebackup-1:failed', 'basebackup-wait:ok', 'basebackup-2-clean:ok', 'basebackup-2:ok', 'first-start-signal:ok', 'first-start-pgpass:ok', 'first-start-parameters:ok']);
  assert.deepEqual(log.at(-1), { event: 'end', exit_code: 0, outcome: 'ok', method: 'basebackup' });
  assert.ok(log.some((e) => e['event'] === 'note' && /a standby started from it cannot connect to its primary/.test(String(e['message']))));
  assert.equal(existsSync(join(dir, 'data', 'standby.signal')), true);
  assert.match(readFileSync(join(dir, 'data', 'postgresql.auto.conf'), 'utf8'), /^primary_conninfo = 'dbname=postgres user=rep passfile=.*pgpass host=127\.0\.0\.1 port=5498 /m);
  assert.equal(existsSync(join(dir, 'pgpass')), false);
});

test('when every method fails the data directory is removed, keep_data or not, as Patroni does after a failed clone', () => {
  const methods = `  create_replica_methods: [keeper]\n  keeper: {command: '${dir}/bin/keeper', keep_data: true}\n`;
  program('keeper', `for a; do case "$a" in --datadir=*) d=\${a#--datadir=};; esac; done\nmkdir -p "$d" && touch "$d/restored"\nexit 7`);
  const path = config();
  writeFileSync(path, readFileSync(path, 'utf8') + methods);
  const r = exec([path, '--branch', 'replica', '--pg-version', '15', '--clone-from', 'postgres://127.0.0.1:5498/postgres']);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /failed: .*keeper exited with code 7/);
  assert.match(r.stdout, /-> clone-failed-clean: remove the data directory/);
  assert.match(r.stderr, /failed: every replica method failed; Patroni then: /);
  assert.equal(existsSync(join(dir, 'data')), false);
  assert.equal(existsSync(join(dir, 'pgpass')), false);
});

test('refusals exit 2 before anything runs', () => {
  program('initdb', `touch "${dir}/initdb-ran"`);
  const cases: [string[], RegExp][] = [
    [[config('', '/', 'root.yml'), '--branch', 'bootstrap'], /data directory is \//],
    [[config('', 'relative/data', 'relative.yml'), '--branch', 'bootstrap'], /is a relative path/],
    [[config(), '--branch', 'replica'], /give --clone-from/],
    [[config(), '--branch', 'bootstrap', '--config', 'x.yml'], /--config names the configuration of a plan JSON/],
    [[join(dir, 'missing.yml'), '--branch', 'bootstrap'], /no such file/],
  ];
  for (const [args, message] of cases) {
    const r = exec(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.match(r.stderr, message);
  }
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'PG_VERSION'), '15\n');
  const full = exec([config(), '--branch', 'bootstrap']);
  assert.equal(full.code, 2);
  assert.match(full.stderr, /is not empty, and a bootstrap never cleans it/);
  assert.equal(existsSync(join(dir, 'initdb-ran')), false);
  const usage = exec([config()]);
  assert.equal(usage.code, 2);
});

test('a plan JSON runs only as patroni-plan wrote it', () => {
  const plan = join(dir, 'plan.json');
  const made = spawnSync(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, 'plan', config(), '--format', 'json', '-o', plan], { cwd: dir, encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr);
  const text = readFileSync(plan, 'utf8');
  const ok = exec([plan, '--branch', 'bootstrap', '--dry-run']);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /from plan\)\ndry run: nothing is run/);
  assert.equal(existsSync(join(dir, 'data')), false);
  assert.deepEqual(readdirSync(join(dir, 'tmp')), []);
  writeFileSync(plan, JSON.stringify(JSON.parse(text)));
  assert.equal(exec([plan, '--branch', 'bootstrap', '--dry-run']).code, 0, 'a plan reformatted but not changed still runs');
  writeFileSync(plan, text.replace('--encoding=UTF8', '--encoding=LATIN1'));
  const edited = exec([plan, '--branch', 'bootstrap', '--dry-run']);
  assert.equal(edited.code, 2);
  assert.match(edited.stderr, /the plan was edited after patroni-plan wrote it/);
  writeFileSync(plan, text.replace('"format_version": 1', '"format_version": 2'));
  const newer = exec([plan, '--branch', 'bootstrap']);
  assert.equal(newer.code, 2);
  assert.match(newer.stderr, /made by a newer plan format \(format_version 2\)/);
  writeFileSync(plan, text.slice(0, 200));
  assert.match(exec([plan, '--branch', 'bootstrap']).stderr, /looks like a plan but is not valid JSON/);
  writeFileSync(plan, text);
  assert.match(exec([plan, '--branch', 'bootstrap', '--pg-version', '16']).stderr, /a plan JSON already fixes them/);
  assert.match(exec([plan, '--branch', 'replica', '--clone-from', 'postgres://h:1', '--dry-run']).stderr, /a database name is needed/);
  assert.match(exec([plan, '--branch', 'replica', '--clone-from', 'none']).stderr, /plan again with --clone-from none/);
  const filled = exec([plan, '--branch', 'replica', '--clone-from', 'postgres://[fd00::1]:5433/postgres', '--dry-run']);
  assert.equal(filled.code, 0, filled.stderr);
  assert.match(filled.stdout, /'--dbname=dbname=postgres user=rep host=fd00::1 port=5433'/);
  rmSync(join(dir, 'patroni.yml'));
  const noConfig = exec([plan, '--branch', 'bootstrap', '--dry-run']);
  assert.equal(noConfig.code, 2);
  assert.match(noConfig.stderr, /cannot read the configuration file the plan names, for its secrets \(ENOENT\): give it with --config FILE/);
});
