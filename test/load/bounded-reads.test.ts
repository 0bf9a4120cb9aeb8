import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { ROOT } from '../helpers.js';

/*
 * Every file lint, plan and exec read by name is a regular file read within the size limit:
 * a FIFO without a writer used to block open() for ever, /dev/zero as an env file or project
 * file was read until memory ran out. Standard input (`-`) is still read whatever it is.
 */
const work = mkdtempSync(join(tmpdir(), 'patroni-plan-bounded-'));
after(() => rmSync(work, { recursive: true, force: true }));

const CONFIG = join(ROOT, 'fixtures/lint/mistakes.yml');

/** The CLI, killed after 20 s: a FIFO that blocks must fail the test, not hang it. */
function run(args: string[], cwd = work, input = ''): { code: number | null; stdout: string; stderr: string; timedOut: boolean } {
  const r = spawnSync(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, ...args], { cwd, input, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, timedOut: r.signal !== null };
}

function fifo(path: string): string {
  const r = spawnSync('mkfifo', [path]);
  assert.equal(r.status, 0, 'mkfifo');
  return path;
}

/** Exit 2, nothing on standard output, one line on standard error that names the path and says why. */
function assertRefused(r: ReturnType<typeof run>, path: string, why: RegExp): void {
  assert.equal(r.timedOut, false, 'the command hung');
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.ok(lines[0]!.includes(path), r.stderr);
  assert.match(lines[0]!, why);
}

test('a configuration that is a FIFO, a device or a symlink to one is refused with one line, without hanging', () => {
  const pipe = fifo(join(work, 'pipe.yml'));
  const link = join(work, 'zero.yml');
  symlinkSync('/dev/zero', link);
  for (const args of [['lint', pipe], ['plan', pipe], ['exec', pipe, '--branch', 'bootstrap', '--dry-run']]) assertRefused(run(args), pipe, /a FIFO, not a regular file/);
  for (const args of [['lint', '/dev/zero'], ['plan', link]]) assertRefused(run(args), args[1]!, /a character device, not a regular file/);
});

test('standard input is still read from a pipe', () => {
  const r = run(['lint', '--format', 'json', '-'], work, readFileSync(CONFIG, 'utf8'));
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /"ruleId": "tool-default-params"/);
});

test('--patroni-env that is /dev/zero, a FIFO or over the size limit is refused with one line', () => {
  const pipe = fifo(join(work, 'pipe.env'));
  const big = join(work, 'big.env');
  writeFileSync(big, `PATRONI_NAME=n\n${'# padding\n'.repeat(500_000)}`);
  assertRefused(run(['lint', '--patroni-env', '/dev/zero', CONFIG]), '/dev/zero', /cannot read the env file: a character device, not a regular file/);
  assertRefused(run(['lint', '--patroni-env', pipe, CONFIG]), pipe, /cannot read the env file: a FIFO, not a regular file/);
  assertRefused(run(['lint', '--patroni-env', big, CONFIG]), big, /cannot read the env file: file is \d+ bytes, over the limit of 4 MiB/);
});

test('a project file that is a FIFO or /dev/zero, or names one as patroni-env, is refused with one line', () => {
  const found = join(mkdtempSync(join(work, 'project-')), '.patroni-plan.yml');
  fifo(found);
  assertRefused(run(['lint', CONFIG], dirname(found)), found, /cannot read the project config: a FIFO, not a regular file/);
  // Found by itself, a link to /dev/zero (mode 0666) is not applied at all (project-trust.test.ts); named, it is read.
  const named = join(mkdtempSync(join(work, 'project-')), 'zero.yml');
  symlinkSync('/dev/zero', named);
  assertRefused(run(['lint', '--config', named, CONFIG]), named, /cannot read the project config: a character device, not a regular file/);
  const dir = mkdtempSync(join(work, 'project-'));
  writeFileSync(join(dir, '.patroni-plan.yml'), 'patroni-env: node.env\n');
  const pipe = fifo(join(dir, 'node.env'));
  assertRefused(run(['lint', CONFIG], dir), pipe, /cannot read the env file: a FIFO, not a regular file/);
});

test('host checks do not hang on a data directory whose PG_VERSION is a FIFO', () => {
  const dataDir = join(work, 'data');
  mkdirSync(dataDir);
  fifo(join(dataDir, 'PG_VERSION'));
  const config = join(work, 'host.yml');
  writeFileSync(config, `scope: s\nname: n\npostgresql:\n  data_dir: ${dataDir}\n`);
  const r = run(['lint', '--host-checks', '--format', 'json', config]);
  assert.equal(r.timedOut, false, 'the command hung');
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /"ruleId": "host"/);
});
