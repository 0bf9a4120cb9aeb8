import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cli, ROOT } from '../helpers.js';

/*
 * `-o FILE` (plan, diff, lint) writes whole or not at all, and never destroys what is at the
 * path: a regular file keeps its mode and owner, a symlink stays a link (its target gets the
 * output), a FIFO is written through, a device or a socket is refused (docs/security.md).
 */
const work = mkdtempSync(join(tmpdir(), 'patroni-plan-output-'));
after(() => rmSync(work, { recursive: true, force: true }));

const EXAMPLE = 'examples/barman-and-pgbackrest.yml';
const isRoot = process.getuid?.() === 0;
const STACK = /^\s+at .+:\d+:\d+\)?$/m;

function planTo(target: string): ReturnType<typeof cli> {
  return cli(['plan', EXAMPLE, '-o', target]);
}

const expectedPlan = (): string => cli(['plan', EXAMPLE]).stdout;

/** No temporary file is left beside the target after a run, whatever happened. */
function assertNoTemporaryFiles(dir: string): void {
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
}

test('-o over a regular file replaces its content and keeps its mode and its owner', () => {
  const dir = join(work, 'regular');
  mkdirSync(dir);
  const target = join(dir, 'plan.txt');
  writeFileSync(target, 'old\n');
  chmodSync(target, 0o600);
  // As root, the file of another user, as in the report: it came back 0644 and owned by root.
  const owner = isRoot ? 65534 : process.getuid!();
  if (isRoot) chownSync(target, owner, owner);
  const r = planTo(target);
  assert.equal(r.code, 0, r.stderr);
  const st = statSync(target);
  assert.equal(st.mode & 0o7777, 0o600);
  assert.equal(st.uid, owner);
  if (isRoot) assert.equal(st.gid, owner);
  assert.equal(readFileSync(target, 'utf8'), expectedPlan());
  assertNoTemporaryFiles(dir);
});

test('lint -o and diff -o keep the mode of the file they replace too', () => {
  for (const args of [['lint', 'fixtures/lint/mistakes.yml'], ['diff', '--to-patroni-version', '3.0', EXAMPLE]]) {
    const target = join(work, `${args[0]}.txt`);
    writeFileSync(target, 'old\n');
    chmodSync(target, 0o600);
    const r = cli([...args, '-o', target]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(statSync(target).mode & 0o7777, 0o600);
    assert.equal(readFileSync(target, 'utf8'), cli(args).stdout);
  }
});

test('-o to a new path creates a regular file with the usual mode', () => {
  const target = join(work, 'new-plan.json');
  const r = cli(['plan', EXAMPLE, '--format', 'json', '-o', target]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(statSync(target).mode & 0o7777, 0o666 & ~process.umask());
  assert.doesNotThrow(() => JSON.parse(readFileSync(target, 'utf8')));
});

test('-o through a symlink writes the file it points to, and the link stays a link', () => {
  const dir = join(work, 'symlink');
  mkdirSync(dir);
  const real = join(dir, 'real.txt');
  writeFileSync(real, 'old\n');
  chmodSync(real, 0o640);
  const link = join(dir, 'link.txt');
  symlinkSync('real.txt', link);
  const r = planTo(link);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(lstatSync(link).isSymbolicLink(), 'the symlink was replaced by a file');
  assert.equal(readlinkSync(link), 'real.txt');
  assert.equal(readFileSync(real, 'utf8'), expectedPlan());
  assert.equal(statSync(real).mode & 0o7777, 0o640);
  assertNoTemporaryFiles(dir);
});

test('-o to a symlink that leads nowhere is refused and creates nothing', () => {
  const dir = join(work, 'dangling');
  mkdirSync(dir);
  const link = join(dir, 'link.txt');
  symlinkSync('missing.txt', link);
  const r = planTo(link);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /link\.txt: is a symlink to a missing file/);
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.deepEqual(readdirSync(dir), ['link.txt']);
});

test('-o to a FIFO writes through it to the reader, and the FIFO stays a FIFO', async () => {
  const fifo = join(work, 'plan.fifo');
  assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
  const reader = spawn('cat', [fifo]);
  let read = '';
  reader.stdout.on('data', (d: Buffer) => (read += d.toString()));
  const done = new Promise((resolve) => reader.on('close', resolve));
  const r = planTo(fifo);
  if (!lstatSync(fifo).isFIFO()) {
    // Replaced: the reader would wait for a writer forever.
    reader.kill();
    assert.fail('the FIFO was replaced by a file');
  }
  await done;
  assert.equal(r.code, 0, r.stderr);
  assert.equal(read, expectedPlan());
});

test('-o to a device or a socket is refused with exit 2, and the node is left as it was', async () => {
  // As root, a device node of our own (the report replaced /dev/full); otherwise /dev/null, which a user cannot replace.
  let device = '/dev/null';
  if (isRoot) {
    device = join(work, 'null-device');
    assert.equal(spawnSync('mknod', [device, 'c', '1', '3']).status, 0);
  }
  const socket = join(work, 'plan.sock');
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  try {
    for (const [target, what] of [[device, 'device'], [socket, 'socket'], [work, 'directory']] as const) {
      const r = planTo(target);
      assert.equal(r.code, 2, `${what}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, new RegExp(`is a ${what}`));
      assert.doesNotMatch(r.stderr, STACK);
    }
    assert.ok(lstatSync(device).isCharacterDevice(), 'the device node was replaced');
    assert.ok(lstatSync(socket).isSocket(), 'the socket was replaced');
  } finally {
    server.close();
  }
  assertNoTemporaryFiles(work);
});

test('standard output on a full disk: one clear line and exit 2, no stack trace', () => {
  for (const args of [['plan', EXAMPLE], ['rules'], ['lint', 'fixtures/lint/mistakes.yml']]) {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, ...args], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^patroni-plan: cannot write standard output: no space left on device \(ENOSPC\)/);
      assert.doesNotMatch(r.stderr, STACK);
    } finally {
      closeSync(fd);
    }
  }
});

/** A 64 KiB tmpfs, filled: needs root and a kernel that lets this container mount (CI runs as root). */
function fullFilesystem(t: { skip: (why: string) => void }): string | undefined {
  const mnt = join(work, 'full-fs');
  mkdirSync(mnt);
  if (!isRoot || spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]).status !== 0) {
    t.skip('needs root and permission to mount a tmpfs');
    return undefined;
  }
  writeFileSync(join(mnt, 'old.txt'), 'old\n');
  spawnSync('dd', ['if=/dev/zero', `of=${join(mnt, 'filler')}`, 'bs=4k'], { stdio: 'ignore' });
  return mnt;
}

test('-o on a full filesystem: a clear message, exit 2, the old file unchanged and no temporary file', (t) => {
  const mnt = fullFilesystem(t);
  if (!mnt) return;
  try {
    for (const target of [join(mnt, 'old.txt'), join(mnt, 'new.txt')]) {
      const r = planTo(target);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /: cannot write: no space left on device \(ENOSPC\); nothing was written\n$/);
      assert.doesNotMatch(r.stderr, STACK);
    }
    assert.equal(readFileSync(join(mnt, 'old.txt'), 'utf8'), 'old\n');
    assert.ok(!existsSync(join(mnt, 'new.txt')));
    assertNoTemporaryFiles(mnt);
  } finally {
    spawnSync('umount', [mnt]);
  }
});

test('diff -o refuses as plan -o does: one line and exit 2, not an internal error', () => {
  // diff's lazily loaded bundle had its own copy of the writer's error class, which main() did not recognise (exit 70).
  const r = cli(['diff', '--to-patroni-version', '3.0', EXAMPLE, '-o', '/dev/null']);
  assert.equal(r.code, 2, r.stderr);
  assert.match(r.stderr, /^patroni-plan: \/dev\/null: is a device; not written/);
  assert.doesNotMatch(r.stderr, /internal error/);
});
