import assert from 'node:assert/strict';
import { chmodSync, chownSync, copyFileSync, lchownSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, test } from 'node:test';
import { cli, ROOT } from '../helpers.js';

/*
 * A project file lint finds by itself in a directory above applies only when nobody but you
 * or root could have written it, as git's safe.directory; otherwise one warning line and the
 * run goes on with the defaults. Paths in a project file stay in its directory.
 * Run as root (the tests chown to nobody); as anyone else the ownership cases are skipped.
 */
const work = mkdtempSync(join(tmpdir(), 'patroni-plan-trust-'));
after(() => rmSync(work, { recursive: true, force: true }));

const root = process.getuid?.() === 0;
const NOBODY = 65534;
const SILENCING = 'ignore: [tool-default-params, unknown-key, bootstrap-method-fallback]\n';

/** A directory with the project file above `sub/`, and the mistakes fixture in `sub/`, where lint runs. */
function project(text: string = SILENCING): { dir: string; file: string; sub: string } {
  const dir = mkdtempSync(join(work, 'repo-'));
  chmodSync(dir, 0o755);
  const sub = join(dir, 'sub');
  mkdirSync(sub);
  copyFileSync(join(ROOT, 'fixtures/lint/mistakes.yml'), join(sub, 'node.yml'));
  const file = join(dir, '.patroni-plan.yml');
  writeFileSync(file, text, { mode: 0o644 });
  chmodSync(file, 0o644);
  return { dir, file, sub };
}

function assertNotApplied(p: { file: string; sub: string }, reason: RegExp): void {
  const r = cli(['lint', 'node.yml'], undefined, p.sub);
  assert.equal(r.code, 1, 'the findings the file would ignore are reported');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.ok(lines[0]!.startsWith(`warning: ${p.file}: project file not applied: `), r.stderr);
  assert.match(lines[0]!, reason);
  const printed = cli(['lint', '--print-config'], undefined, p.sub);
  assert.equal(printed.code, 0, printed.stderr);
  assert.match(printed.stdout, /^# project file: none applied; .* not applied: /);
  assert.match(printed.stdout, /^ignore: \[\]$/m);
}

function assertApplied(p: { file: string; sub: string }): void {
  const r = cli(['lint', 'node.yml'], undefined, p.sub);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0, r.stdout);
  assert.equal(cli(['lint', '--print-config'], undefined, p.sub).stdout.split('\n')[0], `# project file: ${p.file}`);
}

test('a project file owned by another user is not applied, with one warning line', { skip: !root }, () => {
  const p = project();
  chownSync(p.file, NOBODY, NOBODY);
  assertNotApplied(p, /: owned by uid 65534( \(\w+\))?, not by you \(uid 0\)$/);
});

test('a project file writable by its group or by everyone is not applied', () => {
  for (const [mode, reason] of [
    [0o664, /writable by group \d+/],
    [0o646, /writable by every user/],
  ] as const) {
    const p = project();
    chmodSync(p.file, mode);
    assertNotApplied(p, reason);
  }
});

test('a project file in a directory others may write is not applied, unless the directory is sticky', () => {
  const p = project();
  chmodSync(p.dir, 0o777);
  assertNotApplied(p, /its directory .* is writable by every user and not sticky/);
  chmodSync(p.dir, 0o1777);
  assertApplied(p);
});

test('a project file that is a symlink owned by another user is not applied', { skip: !root }, () => {
  const p = project();
  const target = join(p.dir, 'settings.yml');
  writeFileSync(target, SILENCING, { mode: 0o644 });
  rmSync(p.file);
  symlinkSync('settings.yml', p.file);
  assertApplied(p);
  lchownSync(p.file, NOBODY, NOBODY);
  assertNotApplied(p, /: a symlink owned by uid 65534( \(\w+\))?, not by you \(uid 0\)$/);
});

test('a project file named with --config is applied whoever owns it', { skip: !root }, () => {
  const p = project();
  chownSync(p.file, NOBODY, NOBODY);
  const r = cli(['lint', '--config', p.file, 'node.yml'], undefined, p.sub);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0, r.stdout);
  assert.equal(cli(['lint', '--config', p.file, '--print-config'], undefined, p.sub).stdout.split('\n')[0], `# project file: ${p.file} (--config)`);
});

test('--print-config without a project file says so, and prints settings a project file can hold', () => {
  const dir = mkdtempSync(join(work, 'none-'));
  const none = cli(['lint', '--print-config', '--no-config', '--strict', '--pg-version', '16'], undefined, dir);
  assert.equal(none.code, 0, none.stderr);
  assert.match(none.stdout, /^# project file: none \(--no-config\)\npatroni-version: 4\.1\.4\npg-version: "16"\nformat: text\nstrict: true\n/);
});

test('a patroni-env path that leaves the directory of the project file is refused, a symlink out of it too', () => {
  const outside = mkdtempSync(join(work, 'outside-'));
  writeFileSync(join(outside, 'host.env'), 'PATRONI_NAME=n\n');
  const cases: [string, RegExp][] = [
    [`patroni-env: ../${basename(outside)}/host.env\n`, /is outside the directory of the project file/],
    [`patroni-env: ${join(outside, 'host.env')}\n`, /is outside the directory of the project file/],
    ['patroni-env: link.env\n', /leads outside the directory of the project file through a symlink/],
  ];
  for (const [text, why] of cases) {
    const p = project(text);
    symlinkSync(join(outside, 'host.env'), join(p.dir, 'link.env'));
    const r = cli(['lint', 'node.yml'], undefined, p.sub);
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr.trimEnd().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, why);
    assert.doesNotMatch(r.stderr, /PATRONI_NAME/);
  }
});
