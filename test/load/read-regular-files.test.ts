import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cli, ROOT } from '../helpers.js';

/*
 * What lint, plan, diff and exec read by name: regular files (a symlink to one reads the
 * target) and directories. Not a device, a FIFO or a socket, and not a pseudo-file such as
 * /proc/self/environ, which stat calls a regular file of size 0 and which yields the
 * environment: lint quoted it under its diagnostic. Standard input is read whatever it is.
 */
const work = mkdtempSync(join(tmpdir(), 'patroni-plan-read-'));
after(() => rmSync(work, { recursive: true, force: true }));
const STACK = /^\s+at .+:\d+:\d+\)?$/m;
const CANARY = 'canary9e1b7c2d';
process.env['PATRONI_PLAN_TEST_SECRET'] = CANARY;
const MISTAKES = join(ROOT, 'fixtures/lint/mistakes.yml');
let n = 0;

function link(target: string, name = `input-${n++}.yml`): string {
  const path = join(work, name);
  symlinkSync(target, path);
  return path;
}

function assertRefused(r: ReturnType<typeof cli>, why: RegExp): void {
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr, why);
  assert.match(r.stderr, /: patroni-plan reads only regular files \(standard input: -\)\n$/);
  assert.equal(r.stderr.split('\n').length, 2, `one line: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, STACK);
  // A code frame quotes the start of a line: the environment's first variable comes first.
  const [name, value] = Object.entries(process.env)[0]!;
  for (const secret of [CANARY, `${name}=${value}`.slice(0, 30)]) assert.ok(!(r.stdout + r.stderr).includes(secret), 'the environment was quoted');
}

test('a symlink to /proc/self/environ is refused, and nothing of the environment is printed', () => {
  const environ = link('/proc/self/environ');
  for (const args of [['lint', environ], ['lint', '--format', 'json', environ], ['plan', environ], ['lint', '--fix', environ], ['lint', '--fix-dry-run', environ]]) {
    assertRefused(cli(args), /input-\d+\.yml: gave more bytes than its size \(0\) says: a pseudo-file/);
  }
  const env = cli(['lint', '--patroni-env', environ, MISTAKES]);
  assert.equal(env.code, 2, env.stdout + env.stderr);
  assert.match(env.stderr, /^patroni-plan: .*input-\d+\.yml: cannot read the env file: gave more bytes than its size \(0\) says: a pseudo-file/);
  assert.equal(env.stderr.split('\n').length, 2, `one line: ${env.stderr}`);
  assert.ok(!(env.stdout + env.stderr).includes(CANARY), 'the environment was quoted');
  // In a configuration directory too.
  const dir = join(work, 'confdir');
  mkdirSync(dir);
  symlinkSync('/proc/self/environ', join(dir, 'a.yml'));
  assertRefused(cli(['lint', dir]), /confdir\/a\.yml: gave more bytes/);
});

test('a /sys attribute, which says 4096 bytes and gives a few, is refused', (t) => {
  const attribute = ['/sys/kernel/mm/transparent_hugepage/enabled', '/sys/kernel/profiling'].find((p) => existsSync(p) && statSync(p).size === 4096);
  if (!attribute) return t.skip('no readable /sys attribute here');
  assertRefused(cli(['lint', link(attribute)]), /gave fewer bytes than its size \(4096\) says/);
});

test('a device, a FIFO and a socket are refused by name without being read; a FIFO with no writer does not hang', async () => {
  const fifo = join(work, 'config.fifo');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const socket = join(work, 'config.sock');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  try {
    for (const [path, what] of [['/dev/zero', 'character device'], [link('/dev/null'), 'character device'], [fifo, 'FIFO'], [socket, 'socket']] as const) {
      for (const command of ['lint', 'plan']) assertRefused(cli([command, path]), new RegExp(`: a ${what}, not a regular file`));
    }
  } finally {
    server.close();
  }
  const exec = cli(['exec', fifo, '--branch', 'bootstrap', '--dry-run']);
  assert.equal(exec.code, 2, exec.stderr);
  assert.match(exec.stderr, /config\.fifo: a FIFO, not a regular file/);
});

test('a symlink to a regular file reads its target, and standard input may still be a pipe', () => {
  const viaLink = cli(['lint', link(MISTAKES)]);
  assert.equal(viaLink.code, 1, viaLink.stderr);
  assert.match(viaLink.stdout, /error bootstrap-method-fallback/);
  const piped = cli(['lint', '-'], readFileSync(MISTAKES, 'utf8'));
  assert.equal(piped.code, 1, piped.stderr);
  assert.match(piped.stdout, /<stdin>:10:11: error bootstrap-method-fallback/);
  const copied = join(work, 'copy.yml');
  copyFileSync(MISTAKES, copied);
  const plan = cli(['plan', link(copied)]);
  assert.equal(plan.code, 0, plan.stderr);
  assert.match(plan.stdout, /== bootstrap/);
});
