/** `lint --fix` and `--fix-dry-run` as a user runs them: real files in a scratch directory, the real binary. */
import assert from 'node:assert/strict';
import { chmodSync, chownSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cli, ROOT } from '../helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'patroni-plan-fix-'));
after(() => rmSync(scratch, { recursive: true, force: true }));
let n = 0;

function copy(fixture: string): string {
  const dir = join(scratch, `case-${n++}`);
  mkdirSync(dir);
  const to = join(dir, 'patroni.yml');
  copyFileSync(join(ROOT, fixture), to);
  return to;
}

const MISTAKES = 'fixtures/lint/mistakes.yml';

test('--fix rewrites the file in place, keeps its mode, and reports and exits with what is left', () => {
  const file = copy(MISTAKES);
  chmodSync(file, 0o640);
  const r = cli(['lint', '--fix', '--pg-version', '16', file]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /patroni\.yml: fixed unknown-key: moved bootstrap\.dcs\.postgresql\.max_connections into bootstrap\.dcs\.postgresql\.parameters\n/);
  assert.match(r.stderr, /patroni\.yml: fixed tool-default-params: added no_params: true to replica method pgbackrest\n/);
  assert.match(r.stdout, /error bootstrap-method-fallback/);
  assert.doesNotMatch(r.stdout, /tool-default-params|unknown-key/);
  const text = readFileSync(file, 'utf8');
  assert.match(text, /\n      parameters:\n        max_connections: 200\n/);
  assert.match(text, /\n    keep_data: true\n    no_params: true\n  remove_data_directory_on_diverged_timelines: true\n$/);
  assert.equal(statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(join(file, '..')), ['patroni.yml'], 'no temporary file left behind');
  const again = cli(['lint', '--fix', '--pg-version', '16', file]);
  assert.equal(again.code, 1);
  assert.equal(again.stderr, '');
  assert.equal(readFileSync(file, 'utf8'), text);
});

test('--fix on a clean result exits 0', () => {
  const file = copy('fixtures/fix/everything.yml');
  const r = cli(['lint', '--fix', '--select', 'yaml11-value,duplicate-key,deprecated-key,unknown-key,tool-default-params,replica-method-section,bootstrap-method-fallback,cluster-wide-setting', file]);
  assert.equal(r.code, 0, r.stdout);
  assert.equal(readFileSync(file, 'utf8'), readFileSync(join(ROOT, 'fixtures/fix/everything.fixed.yml'), 'utf8'));
});

test('--fix-dry-run and --diff print the unified diff and leave the file alone', () => {
  const file = copy(MISTAKES);
  const before = readFileSync(file, 'utf8');
  for (const flag of ['--fix-dry-run', '--diff']) {
    const r = cli(['lint', flag, '--pg-version', '16', file]);
    assert.equal(r.code, 1);
    assert.ok(r.stdout.startsWith(`--- ${file}\n+++ ${file}\n@@ -11,7 +11,8 @@\n`), r.stdout);
    assert.match(r.stdout, /\n-      max_connections: 200\n\+      parameters:\n\+        max_connections: 200\n/);
    assert.match(r.stdout, /\n\+    no_params: true\n/);
    assert.match(r.stdout, /error bootstrap-method-fallback/);
    assert.doesNotMatch(r.stdout, /error tool-default-params/, 'the report is of the fixed text');
    assert.match(r.stderr, /would fix tool-default-params/);
    assert.equal(readFileSync(file, 'utf8'), before);
  }
});

test('the diff masks passwords on both sides', () => {
  const file = copy(MISTAKES);
  writeFileSync(file, 'postgresql:\n  authentication:\n    replication:\n      username: replicator\n      password: off\n');
  const r = cli(['lint', '--fix-dry-run', '--select', 'yaml11-value', file]);
  assert.match(r.stdout, /\n-      password: \S+\n\+      password: \S+\n/);
  assert.doesNotMatch(r.stdout + r.stderr, /\boff\b/);
});

test('the owner and a UTF-8 byte order mark are kept', { skip: process.getuid?.() !== 0 ? 'changing a file owner needs root' : false }, () => {
  const file = copy(MISTAKES);
  writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(file)]));
  chownSync(file, 4321, 4322);
  cli(['lint', '--fix', file]);
  const st = statSync(file);
  assert.deepEqual([st.uid, st.gid], [4321, 4322]);
  const bytes = readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.match(bytes.toString('utf8'), /no_params: true/);
});

test('a symlink stays a link to the rewritten file', () => {
  const file = copy(MISTAKES);
  const link = join(file, '..', 'link.yml');
  symlinkSync(file, link);
  cli(['lint', '--fix', link]);
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.match(readFileSync(file, 'utf8'), /no_params: true/);
});

test('a configuration directory is not rewritten, standard input only with --fix-dry-run, and --fix and --fix-dry-run do not go together', () => {
  const file = copy(MISTAKES);
  const before = readFileSync(file, 'utf8');
  const dir = cli(['lint', '--fix', join(file, '..')]);
  assert.match(dir.stderr, /a configuration directory is not rewritten by --fix/);
  assert.equal(dir.code, 1);
  assert.equal(readFileSync(file, 'utf8'), before);
  const stdin = cli(['lint', '--fix', '-'], before);
  assert.equal(stdin.code, 2);
  assert.match(stdin.stderr, /for standard input use --fix-dry-run/);
  const dry = cli(['lint', '--fix-dry-run', '--pg-version', '16'], before);
  assert.equal(dry.code, 1);
  assert.match(dry.stdout, /^--- <stdin>\n/);
  assert.match(dry.stdout, /<stdin>:10:11: error bootstrap-method-fallback/);
  assert.equal(cli(['lint', '--fix', '--diff', file]).code, 2);
});

test('a --patroni-env file is not rewritten; the fixes come from the configuration file alone', () => {
  const file = copy(MISTAKES);
  const env = join(file, '..', 'patroni.env');
  writeFileSync(env, 'PATRONI_SCOPE=orders\n');
  const r = cli(['lint', '--fix', '--patroni-env', env, file]);
  assert.match(r.stderr, /patroni\.env: the env file is not rewritten/);
  assert.equal(readFileSync(env, 'utf8'), 'PATRONI_SCOPE=orders\n');
  assert.match(readFileSync(file, 'utf8'), /no_params: true/);
});

test('rules marks the fixable checks', () => {
  const r = cli(['rules']);
  assert.match(r.stdout, /^tool-default-params +error +fixable +/m);
  assert.match(r.stdout, /^duplicate-key +warning +fixable +/m);
  assert.match(r.stdout, /^cluster-wide-setting +warning +fixable +/m);
  assert.match(r.stdout, /^command-shell +warning {11}a command/m);
});
