import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cli, ROOT } from '../helpers.js';

/*
 * What `-o` and `lint --fix` must not replace: the input itself (`plan X -o X`, `lint --fix X
 * -o X`), by whatever path, link or hard link names it; and a read-only file, which root could
 * write and which a rename replaces without asking the file (docs/security.md).
 */
const work = mkdtempSync(join(tmpdir(), 'patroni-plan-write-refusals-'));
after(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const STACK = /^\s+at .+:\d+:\d+\)?$/m;
const MISTAKES = 'fixtures/lint/mistakes.yml';
const EXAMPLE = 'examples/barman-and-pgbackrest.yml';

function copy(fixture: string): { dir: string; file: string; original: string } {
  const dir = join(work, `case-${n++}`);
  mkdirSync(dir);
  const file = join(dir, 'patroni.yml');
  copyFileSync(join(ROOT, fixture), file);
  return { dir, file, original: readFileSync(file, 'utf8') };
}

function assertOneLineExit2(r: ReturnType<typeof cli>, message: RegExp): void {
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.match(r.stderr, message);
  assert.equal(r.stderr.split('\n').length, 2, `one line: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, STACK);
}

test('plan X -o X is refused, by the same path, a symlink, a hard link or another spelling, and X is unchanged', () => {
  const { dir, file, original } = copy(EXAMPLE);
  const link = join(dir, 'link.yml');
  symlinkSync('patroni.yml', link);
  const hard = join(dir, 'hard.yml');
  linkSync(file, hard);
  for (const [input, output] of [[file, file], [file, link], [link, hard], [file, join(dir, '..', `case-${n - 1}`, '.', 'patroni.yml')]]) {
    assertOneLineExit2(cli(['plan', input!, '-o', output!]), /: is the input .*\.yml; not written \(name another file with -o\)\n$/);
    assert.equal(readFileSync(file, 'utf8'), original);
  }
  // A file of an input directory is an input too.
  assertOneLineExit2(cli(['plan', dir, '-o', file]), /: is the input /);
  assert.deepEqual(readdirSync(dir).sort(), ['hard.yml', 'link.yml', 'patroni.yml']);
});

test('a new .yml or .yaml file in an input configuration directory is refused: Patroni would read it as a fragment', () => {
  const { dir } = copy(EXAMPLE);
  for (const name of ['plan.yml', 'plan.yaml']) {
    assertOneLineExit2(cli(['plan', dir, '-o', join(dir, name)]), /: is in the configuration directory .*, whose every \.yml and \.yaml file Patroni reads as part of the configuration; not written/);
    assertOneLineExit2(cli(['lint', join(dir, '.'), '-o', join(dir, name)]), /: is in the configuration directory /);
  }
  assert.deepEqual(readdirSync(dir), ['patroni.yml']);
  // A file Patroni does not read there, and a file beside a single configuration file, are written.
  assert.equal(cli(['plan', dir, '-o', join(dir, 'plan.json'), '--format', 'json']).code, 0);
  assert.equal(cli(['plan', join(dir, 'patroni.yml'), '-o', join(dir, 'plan.yml')]).code, 0);
  assert.deepEqual(readdirSync(dir).sort(), ['patroni.yml', 'plan.json', 'plan.yml']);
});

test('lint --fix X -o X is refused before anything is fixed; lint, diff and --patroni-env inputs are guarded the same way', () => {
  const { dir, file, original } = copy(MISTAKES);
  const fixLint = cli(['lint', '--fix', file, '-o', file]);
  assertOneLineExit2(fixLint, /patroni\.yml: is the input .*patroni\.yml; not written/);
  assert.doesNotMatch(fixLint.stderr, /fixed/);
  assert.equal(readFileSync(file, 'utf8'), original);
  assertOneLineExit2(cli(['lint', file, '-o', file]), /: is the input /);
  assertOneLineExit2(cli(['diff', join(ROOT, EXAMPLE), file, '-o', file]), /: is the input /);
  const env = join(dir, 'patroni.env');
  writeFileSync(env, 'PATRONI_SCOPE=orders\n');
  assertOneLineExit2(cli(['lint', '--patroni-env', env, file, '-o', env]), /patroni\.env: is the input /);
  assert.equal(readFileSync(env, 'utf8'), 'PATRONI_SCOPE=orders\n');
  assert.equal(readFileSync(file, 'utf8'), original);
});

test('--fix leaves a read-only file alone, even as root, and only says "fixed" once a file holds the fixes', () => {
  const { file, original } = copy(MISTAKES);
  chmodSync(file, 0o444);
  const r = cli(['lint', '--fix', '--pg-version', '16', file]);
  assertOneLineExit2(r, /patroni\.yml: is read-only \(mode 0444\); not written; the file is unchanged\n$/);
  assert.equal(readFileSync(file, 'utf8'), original);
  assert.equal(statSync(file).mode & 0o7777, 0o444);
  chmodSync(file, 0o644);
  const ok = cli(['lint', '--fix', '--pg-version', '16', file]);
  assert.equal(ok.code, 1, ok.stderr);
  assert.match(ok.stderr, /patroni\.yml: fixed tool-default-params/);
});

test('-o does not replace a read-only file either', () => {
  const { dir } = copy(EXAMPLE);
  const report = join(dir, 'plan.txt');
  writeFileSync(report, 'keep\n');
  chmodSync(report, 0o444);
  assertOneLineExit2(cli(['plan', EXAMPLE, '-o', report]), /plan\.txt: is read-only \(mode 0444\); not written\n$/);
  assert.equal(readFileSync(report, 'utf8'), 'keep\n');
});
