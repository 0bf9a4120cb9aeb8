/**
 * The code cache is compiled code that patroni-plan runs (src/cli/private-cache-dir.ts): a
 * cache that another user could have written, or a cache entry that is not a file of ours,
 * must never be read, nor the directory written. Each test puts a poisoned cache where the
 * loader looks: V8's data for a copy of the bundle with one text changed (same length, so V8
 * takes it for the real one), checksummed as the loader wants. Used, it makes `rules` print
 * POISONED; so each test fails if patroni-plan ran it. Changing an owner and making a device
 * node need root: those tests are skipped for another user.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';
import { ROOT } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'patroni-plan-cache-trust-'));
after(() => rmSync(work, { recursive: true, force: true }));

const BUNDLE = `${ROOT}dist/bundle/cli/patroni-plan.cjs`;
const BIN = `${ROOT}bin/patroni-plan.cjs`;
const usesCodeCache = typeof zlib.crc32 === 'function';
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const asRoot = { skip: !usesCodeCache || !isRoot ? 'needs root and zlib.crc32' : false };
const withCache = { skip: !usesCodeCache ? 'needs zlib.crc32' : false };
/** A child that hangs (a FIFO) or reads without end (/dev/zero) is killed: the test then fails, it does not hang. */
const BOUND = { timeout: 30_000, killSignal: 'SIGKILL' as const };

/** The name the loader gives the cache of this bundle on this Node (load-bundle.ts). */
function cacheName(): string {
  const bytes = readFileSync(BUNDLE);
  return `v8-${zlib.crc32(bytes).toString(16)}-${bytes.length}-${process.version}-${process.arch}.cache`;
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  error?: string;
}

/** The shipped command line, `rules`, with this cache home (and HOME, for ~/.cache). */
function rules(cacheHome: string, opts: { cwd?: string; home?: string; shell?: string } = {}): Run {
  const env = { ...process.env, XDG_CACHE_HOME: cacheHome, HOME: opts.home ?? join(work, 'home'), NO_COLOR: '1' };
  const argv = opts.shell === undefined ? [process.execPath, BIN, 'rules'] : ['/bin/sh', '-c', `${opts.shell}; exec "$0" "$1" rules`, process.execPath, BIN];
  const r = spawnSync(argv[0] as string, argv.slice(1), { cwd: opts.cwd ?? ROOT, encoding: 'utf8', env, input: '', ...BOUND });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ...(r.error ? { error: r.error.message } : {}) };
}

let clean: Run;
let poisoned: Buffer;

before(() => {
  clean = rules(join(work, 'clean'));
  assert.equal(clean.code, 0, clean.stderr);
  if (!usesCodeCache) return;
  // A copy of the bundle, one description changed, run as the loader runs it; its code cache, checksummed.
  const script = join(work, 'poison.cjs');
  writeFileSync(
    script,
    `const vm = require('vm'), fs = require('fs'), zlib = require('zlib'), path = require('path'), Module = require('module');
const bundle = ${JSON.stringify(BUNDLE)};
const from = 'a line of the --patroni-env file that cannot be read';
const src = fs.readFileSync(bundle, 'latin1').replace(from, 'POISONED'.padEnd(from.length, '!'));
const s = new vm.Script('(function (exports, require, module, __filename, __dirname) {' + src + '\\n})', { filename: bundle });
const mod = new Module(bundle);
mod.filename = bundle;
mod.paths = Module._nodeModulePaths(path.dirname(bundle));
require.cache[bundle] = mod;
s.runInThisContext()(mod.exports, mod.require.bind(mod), mod, bundle, path.dirname(bundle));
const write = process.stdout.write;
process.stdout.write = () => true;
mod.exports.main(['rules']).then(() => {
  process.stdout.write = write;
  const data = s.createCachedData();
  const head = Buffer.alloc(8);
  head.write('PPV8', 0, 'latin1');
  head.writeUInt32BE(zlib.crc32(data), 4);
  fs.writeFileSync(process.argv[2], Buffer.concat([head, data]));
});
`,
  );
  const out = join(work, 'poisoned.cache');
  const r = spawnSync(process.execPath, [script, out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  poisoned = readFileSync(out);
  // The poison works: in a cache directory of the user's own, patroni-plan runs it.
  const own = join(work, 'own');
  mkdirSync(join(own, 'patroni-plan'), { recursive: true, mode: 0o700 });
  writeFileSync(join(own, 'patroni-plan', cacheName()), poisoned, { mode: 0o600 });
  assert.match(rules(own).stdout, /POISONED/, 'the poisoned cache is taken when it is the user’s own');
});

/** A fresh cache home holding `patroni-plan/` (mode 0700, ours) with the poisoned cache (0600, ours). */
function poisonedHome(name: string): { home: string; dir: string; file: string } {
  const home = join(work, name);
  const dir = join(home, 'patroni-plan');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, cacheName());
  writeFileSync(file, poisoned, { mode: 0o600 });
  return { home, dir, file };
}

function assertClean(r: Run, what: string): void {
  assert.equal(r.error, undefined, `${what}: ${r.error}`);
  assert.ok(!r.stdout.includes('POISONED'), `${what}: the poisoned cache ran`);
  // Compared whole, but reported short: the output is 40 lines.
  assert.ok(r.code === clean.code && r.stdout === clean.stdout && r.stderr === clean.stderr, `${what}: not what a run without a cache prints (exit ${r.code}; ${r.stderr})`);
}

test('a cache directory owned by another user is neither read nor written', asRoot, () => {
  const { home, dir, file } = poisonedHome('foreign');
  chownSync(dir, NOBODY, NOBODY);
  chownSync(file, NOBODY, NOBODY);
  assertClean(rules(home), 'poisoned cache in another user’s directory');
  // Nothing written there either: the directory without the poison stays empty.
  rmSync(file);
  assertClean(rules(home), 'another user’s empty directory');
  assert.deepEqual(readdirSync(dir), [], 'nothing written into another user’s directory');
});

test('a cache directory writable by group or others is neither read nor written', withCache, () => {
  for (const mode of [0o770, 0o707, 0o777]) {
    const { home, dir, file } = poisonedHome(`writable-${mode.toString(8)}`);
    chmodSync(dir, mode);
    assertClean(rules(home), `mode ${mode.toString(8)}`);
    assert.deepEqual(readFileSync(file), poisoned, 'not rewritten');
    assert.deepEqual(readdirSync(dir), [cacheName()]);
  }
});

test('a cache home writable by others without the sticky bit is not used; with it (like /tmp), a private patroni-plan/ is', withCache, () => {
  const open = poisonedHome('world-writable-parent');
  chmodSync(open.home, 0o777);
  assertClean(rules(open.home), 'a world-writable parent: anyone could swap patroni-plan/');
  const sticky = join(work, 'sticky');
  mkdirSync(sticky, { mode: 0o700 });
  chmodSync(sticky, 0o1777);
  assertClean(rules(sticky), 'first run in a sticky parent');
  assert.equal(statSync(join(sticky, 'patroni-plan')).mode & 0o777, 0o700);
  if (usesCodeCache) assert.ok(existsSync(join(sticky, 'patroni-plan', cacheName())), 'the cache was written');
  // In a shared parent, a patroni-plan/ that others may enter is not used.
  chmodSync(join(sticky, 'patroni-plan'), 0o755);
  writeFileSync(join(sticky, 'patroni-plan', cacheName()), poisoned, { mode: 0o600 });
  assertClean(rules(sticky), 'patroni-plan/ 0755 in a sticky world-writable parent');
});

test('a symlinked cache directory or cache entry is not followed', withCache, () => {
  const elsewhere = poisonedHome('elsewhere');
  const home = join(work, 'linked-dir');
  mkdirSync(home, { mode: 0o700 });
  symlinkSync(elsewhere.dir, join(home, 'patroni-plan'));
  assertClean(rules(home), 'patroni-plan/ a symlink');
  assert.deepEqual(readdirSync(elsewhere.dir), [cacheName()], 'nothing written through the link');

  const { home: home2, file } = poisonedHome('linked-entry');
  rmSync(file);
  symlinkSync(elsewhere.file, file);
  assertClean(rules(home2), 'the cache entry a symlink');
  assert.deepEqual(readFileSync(elsewhere.file), poisoned, 'the link target is unchanged');
});

test('a cache entry owned by another user, or writable by group or others, is not read', withCache, () => {
  const writable = poisonedHome('entry-0666');
  chmodSync(writable.file, 0o666);
  assertClean(rules(writable.home), 'entry mode 0666');
  if (!isRoot) return;
  const foreign = poisonedHome('entry-foreign');
  chownSync(foreign.file, NOBODY, NOBODY);
  assertClean(rules(foreign.home), 'entry owned by nobody');
});

test('a FIFO or a device as the cache entry neither hangs nor is read', withCache, () => {
  const fifo = poisonedHome('fifo');
  rmSync(fifo.file);
  const made = spawnSync('mkfifo', ['-m', '600', fifo.file]);
  assert.equal(made.status, 0);
  assertClean(rules(fifo.home), 'a FIFO entry');
  assert.ok(lstatSync(fifo.file).isFIFO() || lstatSync(fifo.file).isFile());

  const zero = poisonedHome('zero-link');
  rmSync(zero.file);
  symlinkSync('/dev/zero', zero.file);
  assertClean(rules(zero.home), 'an entry linked to /dev/zero');
  if (!isRoot) return;
  const device = poisonedHome('zero-node');
  rmSync(device.file);
  assert.equal(spawnSync('mknod', ['-m', '600', device.file, 'c', '1', '5']).status, 0);
  assertClean(rules(device.home), 'an entry that is /dev/zero’s device node');
});

test('a relative XDG_CACHE_HOME is ignored (a repository could ship the cache): ~/.cache is used', withCache, () => {
  const repo = join(work, 'repo');
  const shipped = join(repo, 'cache');
  mkdirSync(join(shipped, 'patroni-plan'), { recursive: true, mode: 0o700 });
  writeFileSync(join(shipped, 'patroni-plan', cacheName()), poisoned, { mode: 0o600 });
  const home = join(work, 'relative-home');
  mkdirSync(home, { mode: 0o700 });
  assertClean(rules('cache', { cwd: repo, home }), 'relative XDG_CACHE_HOME');
  assert.deepEqual(readdirSync(join(shipped, 'patroni-plan')), [cacheName()], 'nothing written to the relative directory');
  assert.deepEqual(readFileSync(join(shipped, 'patroni-plan', cacheName())), poisoned);
  assert.ok(existsSync(join(home, '.cache', 'patroni-plan', cacheName())), 'the cache went to ~/.cache');
});

test('under umask 000 the cache directories are made 0700 and the cache file 0600', withCache, () => {
  const home = join(work, 'umask', 'cache');
  assertClean(rules(home, { shell: 'umask 000' }), 'umask 000');
  assert.equal(statSync(join(work, 'umask')).mode & 0o777, 0o700, 'a missing cache home is made 0700');
  assert.equal(statSync(home).mode & 0o777, 0o700);
  assert.equal(statSync(join(home, 'patroni-plan')).mode & 0o777, 0o700);
  assert.equal(statSync(join(home, 'patroni-plan', cacheName())).mode & 0o777, 0o600);
});

test('a symlink planted at the temporary file’s name is not written through', withCache, () => {
  const home = join(work, 'planted');
  const dir = join(home, 'patroni-plan');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const victim = join(work, 'victim.txt');
  writeFileSync(victim, 'precious\n');
  // exec keeps the shell's pid, so $$ is the pid the writer names its temporary file after.
  const r = rules(home, { shell: `ln -s '${victim}' '${join(dir, cacheName())}'.$$.tmp` });
  assertClean(r, 'a planted <file>.<pid>.tmp symlink');
  assert.equal(readFileSync(victim, 'utf8'), 'precious\n', 'the link target is unchanged');
});

test('a cache file larger than the cap is not read', withCache, () => {
  // Checksummed and V8's, but padded past four times the bundle's size: a whole read would be needed to check it.
  const { home, file } = poisonedHome('huge');
  const data = Buffer.concat([poisoned.subarray(8), Buffer.alloc(4 * statSync(BUNDLE).size)]);
  const head = Buffer.alloc(8);
  head.write('PPV8', 0, 'latin1');
  head.writeUInt32BE(zlib.crc32(data), 4);
  writeFileSync(file, Buffer.concat([head, data]), { mode: 0o600 });
  assertClean(rules(home), 'a cache over the cap');
});

test('Node’s compile cache (Node 22.1+) is enabled only in a 0700 compile-cache/ of our own', { skip: typeof (module as { enableCompileCache?: unknown }).enableCompileCache !== 'function' ? 'Node before 22.1 has no compile cache' : false }, () => {
  // Node makes its own directories in it with the umask's modes (0777 under umask 000) and reads back what it finds.
  const home = join(work, 'compile-umask');
  assertClean(rules(home, { shell: 'umask 000' }), 'umask 000');
  const compile = join(home, 'patroni-plan', 'compile-cache');
  assert.equal(statSync(compile).mode & 0o777, 0o700);
  assert.notDeepEqual(readdirSync(compile), [], 'Node wrote its compile cache there');
  // One that others may enter is left alone: Node writes nothing into it.
  const wide = join(work, 'compile-wide');
  mkdirSync(join(wide, 'patroni-plan', 'compile-cache'), { recursive: true, mode: 0o700 });
  chmodSync(join(wide, 'patroni-plan', 'compile-cache'), 0o755);
  assertClean(rules(wide), 'compile-cache/ 0755');
  assert.deepEqual(readdirSync(join(wide, 'patroni-plan', 'compile-cache')), []);
});
