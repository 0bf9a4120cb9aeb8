import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, lchownSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cli, ROOT } from '../helpers.js';

/*
 * `-o` and `--fix` follow a symlink only where the kernel's fs.protected_symlinks would: in a
 * sticky world-writable directory, a link another user planted there (`/tmp/report.sarif ->
 * /root/.bashrc`) is refused, whatever the sysctl says (docs/security.md).
 */
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const STACK = /^\s+at .+:\d+:\d+\)?$/m;
const EXAMPLE = 'examples/barman-and-pgbackrest.yml';
const MISTAKES = 'fixtures/lint/mistakes.yml';
const needsRoot = { skip: isRoot ? false : 'giving a symlink to another user needs root' };

const work = mkdtempSync(join(tmpdir(), 'patroni-plan-planted-'));
after(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

/** A /tmp of our own: sticky and world-writable, owned by the user running the test. */
function stickyDir(): string {
  const dir = join(work, `sticky-${n++}`);
  mkdirSync(dir);
  chmodSync(dir, 0o1777);
  return dir;
}

/** A file the running user cares about, outside the sticky directory. */
function victim(content = 'mine\n'): string {
  const file = join(work, `victim-${n++}.txt`);
  writeFileSync(file, content);
  return file;
}

function plant(dir: string, name: string, target: string, uid = NOBODY): string {
  const link = join(dir, name);
  symlinkSync(target, link);
  lchownSync(link, uid, uid);
  return link;
}

function assertRefusedAsPlanted(r: ReturnType<typeof cli>, link: string): void {
  assert.equal(r.code, 2, r.stdout + r.stderr);
  assert.equal(r.stderr.split('\n').length, 2, `one line: ${r.stderr}`);
  assert.match(r.stderr, /is a symlink of uid 65534 in the sticky world-writable directory .*protected_symlinks/);
  assert.ok(r.stderr.includes(link), r.stderr);
  assert.doesNotMatch(r.stderr, STACK);
}

test('-o through a symlink another user planted in a sticky world-writable directory is refused, the target untouched', needsRoot, () => {
  const dir = stickyDir();
  const target = victim();
  const link = plant(dir, 'report.sarif', target);
  for (const args of [['lint', MISTAKES, '--format', 'sarif'], ['plan', EXAMPLE], ['diff', '--to-patroni-version', '3.0', EXAMPLE]]) {
    assertRefusedAsPlanted(cli([...args, '-o', link]), link);
    assert.equal(readFileSync(target, 'utf8'), 'mine\n');
  }
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.deepEqual(readdirSync(dir), ['report.sarif'], 'no temporary file left');
});

test('a planted symlink anywhere on the way is refused too: a directory link, a link to a link, a new file behind a link', needsRoot, () => {
  const dir = stickyDir();
  const target = victim();
  const mine = join(work, `mine-${n++}`);
  mkdirSync(mine);
  const dirLink = plant(dir, 'out', mine);
  assertRefusedAsPlanted(cli(['plan', EXAMPLE, '-o', join(dirLink, 'plan.txt')]), dirLink);
  assert.deepEqual(readdirSync(mine), [], 'nothing created behind the planted directory link');
  // A link of our own in the sticky directory that leads to a planted one.
  const planted = plant(dir, 'planted', target);
  const own = join(dir, 'own');
  symlinkSync(planted, own);
  assertRefusedAsPlanted(cli(['plan', EXAMPLE, '-o', own]), planted);
  assert.equal(readFileSync(target, 'utf8'), 'mine\n');
});

test('lint --fix through a planted symlink is refused, says nothing was fixed, and leaves the file as it was', needsRoot, () => {
  const dir = stickyDir();
  const config = join(work, `config-${n++}.yml`);
  copyFileSync(join(ROOT, MISTAKES), config);
  const link = plant(dir, 'patroni.yml', config);
  const r = cli(['lint', '--fix', link]);
  assertRefusedAsPlanted(r, link);
  assert.doesNotMatch(r.stderr, /fixed/);
  assert.equal(readFileSync(config, 'utf8'), readFileSync(join(ROOT, MISTAKES), 'utf8'));
});

test('the links the kernel follows are followed: our own in a sticky directory, the directory owner\'s, any in a directory that is not sticky', needsRoot, () => {
  const sticky = stickyDir();
  const plain = join(work, `plain-${n++}`);
  mkdirSync(plain);
  chmodSync(plain, 0o777);
  const cases: [string, () => string][] = [
    ['our own link in a sticky directory', () => plant(sticky, `own-${n++}`, victim(), process.getuid!())],
    ["a link of another user in a world-writable directory that is not sticky", () => plant(plain, `other-${n++}`, victim())],
  ];
  // The directory's owner may plant links in it: give the directory to nobody, and the link too.
  const theirs = stickyDir();
  const theirLinkTarget = victim();
  const theirLink = plant(theirs, 'theirs', theirLinkTarget);
  lchownSync(theirs, NOBODY, NOBODY);
  cases.push(["a link of the sticky directory's owner", () => theirLink]);
  for (const [what, make] of cases) {
    const link = make();
    const r = cli(['plan', EXAMPLE, '-o', link]);
    assert.equal(r.code, 0, `${what}: ${r.stderr}`);
    assert.ok(lstatSync(link).isSymbolicLink(), what);
    assert.match(readFileSync(link, 'utf8'), /== bootstrap/, what);
  }
});
