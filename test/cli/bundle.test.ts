/**
 * The command line as it ships: bin/patroni-plan.cjs runs the pre-built bundle (scripts/bundle.mjs)
 * and caches its compiled code under the user's cache directory (src/cli/load-bundle.ts). The
 * bundle must say what the modules tsc built say, byte for byte, and no state of the cache
 * (none, fresh, corrupt, unwritable, shared by concurrent runs) may change a result.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import vm from 'node:vm';
import zlib from 'node:zlib';
import { ROOT } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'patroni-plan-bundle-'));
after(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function env(cacheHome: string): NodeJS.ProcessEnv {
  return { ...process.env, XDG_CACHE_HOME: cacheHome, NO_COLOR: '1' };
}

/** The shipped command line. */
function bin(args: string[], cacheHome: string): Run {
  const r = spawnSync(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, ...args], { cwd: ROOT, encoding: 'utf8', env: env(cacheHome), input: '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** main() from the modules tsc built, without the bundle. */
function modules(args: string[]): Run {
  const script = `const { main } = await import(${JSON.stringify(`${ROOT}dist/src/cli/main.js`)}); process.exitCode = await main(process.argv.slice(1));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], { cwd: ROOT, encoding: 'utf8', env: env(join(work, 'unused')), input: '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COMMANDS: string[][] = [
  ['lint', 'bench/typical.yml'],
  ['lint', '--format', 'json', 'fixtures/lint/mistakes.yml'],
  ['lint', '--format', 'sarif', 'fixtures/lint/mistakes.yml'],
  ['plan', 'examples/barman-and-pgbackrest.yml', '--pg-version', '16', '--clone-from', 'postgres://10.0.0.12:5432/postgres'],
  ['plan', '--format', 'json', 'bench/typical.yml'],
  ['diff', 'bench/typical.yml', 'examples/barman-and-pgbackrest.yml'],
  ['diff', 'bench/typical.yml', '--to-patroni-version', '3.0'],
  ['schema'],
  ['rules'],
  ['lint', 'no-such-file.yml'],
  ['diff', 'bench/typical.yml'],
  ['exec', '--branch', 'bootstrap', '--start-timeout', 'x', 'bench/typical.yml'],
  ['exec', '--branch', 'bootstrap', '--dry-run', 'examples/barman-and-pgbackrest.yml'],
];

const CACHE_FILE = /^v8-[0-9a-f]+-\d+-v[\d.]+-\w+\.cache$/;
/** Node 20.15+ and 22.2+: the loader checks its cache files with zlib.crc32. */
const usesCodeCache = typeof zlib.crc32 === 'function';

function cacheFiles(cacheHome: string): string[] {
  const dir = join(cacheHome, 'patroni-plan');
  return existsSync(dir) ? readdirSync(dir).filter((f) => CACHE_FILE.test(f)).map((f) => join(dir, f)) : [];
}

test('the bundle exists after the build, with source maps that point at src/', () => {
  const map = JSON.parse(readFileSync(`${ROOT}dist/bundle/cli/patroni-plan.cjs.map`, 'utf8')) as { sources: string[] };
  assert.ok(map.sources.includes('../../../src/cli/main.ts'), 'main.ts among the sources');
  assert.ok(map.sources.includes('../../../src/load/load-config.ts'));
  assert.match(readFileSync(`${ROOT}dist/bundle/cli/patroni-plan.cjs`, 'utf8'), /\/\/# sourceMappingURL=patroni-plan\.cjs\.map\s*$/);
});

test("in the bundles, the yaml package reads its debug switches from a snapshot of the environment, not process.env at every token", () => {
  for (const file of ['patroni-plan', 'lint-worker', 'lint-fix']) {
    const code = readFileSync(`${ROOT}dist/bundle/cli/${file}.cjs`, 'utf8');
    // the snapshot module of scripts/bundle.mjs; a yaml release that reads the switches another way shows here
    assert.match(code, /LOG_TOKENS:[\w$]+\.env\.LOG_TOKENS,LOG_STREAM:[\w$]+\.env\.LOG_STREAM/, file);
    assert.equal(code.match(/\.env\.LOG_TOKENS/g)?.length, 2, `${file}: the snapshot and the parser's own read of it`);
  }
});

test('a lint of one file loads neither child_process, net, worker_threads, crypto nor what an ES module entry point pulls in (each costs a cold start milliseconds)', () => {
  // A script file, not -e: node -e loads crypto itself. fs/promises and readline come with an ES module entry point.
  const probe = join(work, 'probe.cjs');
  writeFileSync(
    probe,
    [
      // standard streams are not pipes here (a pipe is a net socket in Node): the answer goes to a file
      `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(join(work, 'loaded.json'))}, JSON.stringify(process.moduleLoadList.filter((m) => /child_process|worker_threads|NativeModule (net|crypto)$|internal.fs.promises|readline/.test(m)))));`,
      `process.argv = [process.argv[0], 'patroni-plan', 'lint', ${JSON.stringify(`${ROOT}bench/typical.yml`)}];`,
      `require(${JSON.stringify(`${ROOT}bin/patroni-plan.cjs`)});`,
    ].join('\n'),
  );
  for (const run of ['the first run', 'a run from the cache']) {
    // standard error to a file too: a pipe would load net
    const stderr = join(work, 'probe.stderr');
    const fd = openSync(stderr, 'w');
    const r = spawnSync(process.execPath, [probe], { stdio: ['ignore', 'ignore', fd], env: { ...process.env, XDG_CACHE_HOME: join(work, 'probe-cache') } });
    closeSync(fd);
    assert.equal(r.status, 0, `${run}: ${readFileSync(stderr, 'utf8')}`);
    assert.deepEqual(JSON.parse(readFileSync(join(work, 'loaded.json'), 'utf8')), [], run);
  }
});

test('the lazily loaded commands are files of their own, which the core bundle does not contain', () => {
  const core = readFileSync(`${ROOT}dist/bundle/cli/patroni-plan.cjs`, 'utf8');
  for (const lazy of ['exec-command', 'diff-command', 'schema-command', 'lint-fix']) {
    assert.ok(existsSync(`${ROOT}dist/bundle/cli/${lazy}.cjs`), lazy);
    assert.ok(core.includes(`require("./${lazy}.cjs")`), `${lazy} is required only when it runs`);
  }
  const { sources } = JSON.parse(readFileSync(`${ROOT}dist/bundle/cli/patroni-plan.cjs.map`, 'utf8')) as { sources: string[] };
  const inCore = (re: RegExp): string[] => sources.filter((f) => re.test(f));
  assert.deepEqual(inCore(/\/src\/exec\/|\/src\/cli\/(exec|diff|schema)-command\.ts$|\/node_modules\/diff\//), [], 'exec, diff and schema are not in the core bundle');
  assert.ok(inCore(/\/src\/exec\//).length === 0 && JSON.parse(readFileSync(`${ROOT}dist/bundle/cli/exec-command.cjs.map`, 'utf8')).sources.some((f: string) => f.includes('/src/exec/')));
});

test('bundle and modules give the same bytes and exit codes, with no cache, a fresh one and a warm one', () => {
  const home = join(work, 'same');
  for (const args of COMMANDS) {
    const expected = modules(args);
    for (const round of ['cold', 'warm']) {
      const got = bin(args, home);
      assert.deepEqual(got, expected, `${args.join(' ')} (${round} cache)`);
    }
  }
  if (usesCodeCache) assert.equal(cacheFiles(home).length, 1, 'one code cache for this bundle and this Node');
});

test('a corrupt or truncated cache is not used and does not change a result', () => {
  if (!usesCodeCache) return;
  const args = ['lint', '--format', 'json', 'fixtures/lint/mistakes.yml'];
  const expected = modules(args);
  const home = join(work, 'corrupt');
  assert.deepEqual(bin(args, home), expected);
  const [file] = cacheFiles(home);
  assert.ok(file, 'a cache was written');
  const good = readFileSync(file);
  const damage: Record<string, Buffer> = {
    'flipped bytes in the middle': Buffer.from(good.map((b, i) => (i > good.length / 3 && i < good.length / 3 + 64 ? b ^ 0xff : b))),
    'flipped bytes in V8s header': Buffer.from(good.map((b, i) => (i >= 8 && i < 40 ? b ^ 0x5a : b))),
    truncated: good.subarray(0, Math.floor(good.length / 2)),
    empty: Buffer.alloc(0),
    'not a cache': Buffer.from('patroni: {}\n'.repeat(1000)),
    // Whole and checksummed, but V8's data for another script: V8 must refuse it.
    'the cache of another build': wrapped(new vm.Script('(function () { return 1 + 1; })').createCachedData()),
  };
  for (const [what, bytes] of Object.entries(damage)) {
    writeFileSync(file, bytes);
    assert.deepEqual(bin(args, home), expected, what);
    assert.ok(isWhole(readFileSync(file)) && statSync(file).size > good.length / 2, `${what}: the cache was rewritten`);
    assert.deepEqual(bin(args, home), expected, `${what}, then the rewritten cache`);
  }
});

/** The loader's file layout: 'PPV8', CRC-32 of V8's data (big-endian), V8's data. */
function wrapped(data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write('PPV8', 0, 'latin1');
  head.writeUInt32BE(zlib.crc32(data), 4);
  return Buffer.concat([head, data]);
}

function isWhole(raw: Buffer): boolean {
  return raw.length > 8 && raw.toString('latin1', 0, 4) === 'PPV8' && raw.readUInt32BE(4) === zlib.crc32(raw.subarray(8));
}

test('an unwritable cache directory is ignored', () => {
  const blocker = join(work, 'a-file');
  writeFileSync(blocker, '');
  const args = ['plan', 'bench/typical.yml'];
  // A file where the cache directory should be: mkdir fails even for root.
  assert.deepEqual(bin(args, join(blocker, 'cache')), modules(args));
});

test('concurrent first runs share one cache directory without harm', async () => {
  const home = join(work, 'concurrent');
  mkdirSync(home);
  const args = ['lint', '--format', 'json', 'fixtures/lint/mistakes.yml'];
  const expected = modules(args);
  const runs = await Promise.all(
    Array.from({ length: 6 }, () =>
      new Promise<Run>((resolve) => {
        const child = spawn(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, ...args], { cwd: ROOT, env: env(home) });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
        child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      }),
    ),
  );
  for (const r of runs) assert.deepEqual(r, expected);
  assert.deepEqual(bin(args, home), expected);
  const leftovers = existsSync(join(home, 'patroni-plan')) ? readdirSync(join(home, 'patroni-plan')).filter((f) => f.endsWith('.tmp')) : [];
  assert.deepEqual(leftovers, [], 'no temporary file left behind');
});
