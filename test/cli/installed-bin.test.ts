/**
 * The bin as npm installs it: packed, installed into a prefix of its own, run through npm's
 * bin link (on POSIX a symlink, so the kernel reads the bin's shebang). Node 20 takes an
 * `--env-file` anywhere on its command line, after the script name too, and applies the
 * NODE_OPTIONS in the file before patroni-plan runs; the shebang's `--` (through `env -S`)
 * ends Node's options, so the file is only ever patroni-plan's argument, which lint refuses
 * (docs/security.md, "Node's own options").
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'patroni-plan-installed-'));
after(() => rmSync(work, { recursive: true, force: true }));
const prefix = join(work, 'prefix');
const BIN = join(prefix, 'bin', 'patroni-plan');

/** npm's POSIX bin link is a symlink: on Windows its cmd-shim writes a .cmd instead (docs/security.md). */
const posix = { skip: process.platform === 'win32' ? 'the shebang is for POSIX systems' : false };

before(() => {
  if (process.platform === 'win32') return;
  const packed = spawnSync('npm', ['pack', '--pack-destination', work, '--silent'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(packed.status, 0, packed.stderr);
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')) as string);
  // From npm's cache only: a test needs no network. The dependencies are in the cache of the
  // npm that installed them here; without it, the package is unpacked and linked as npm links it.
  const installed = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--ignore-scripts', '--offline', '--no-audit', '--no-fund', tarball], { cwd: work, encoding: 'utf8' });
  if (installed.status === 0) return;
  const into = join(prefix, 'lib', 'node_modules');
  mkdirSync(into, { recursive: true });
  assert.equal(spawnSync('tar', ['-xzf', tarball, '-C', into]).status, 0);
  spawnSync('mv', [join(into, 'package'), join(into, 'patroni-plan')]);
  symlinkSync(join(ROOT, 'node_modules'), join(into, 'patroni-plan', 'node_modules'));
  mkdirSync(join(prefix, 'bin'));
  symlinkSync('../lib/node_modules/patroni-plan/bin/patroni-plan.cjs', BIN);
});

test('the installed bin: an --env-file after any command loads nothing into Node (its NODE_OPTIONS --require does not run)', posix, () => {
  const marker = join(work, 'ran');
  const script = join(work, 'hostile.cjs');
  writeFileSync(script, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'the env file ran code');\n`);
  const envFile = join(work, 'x.env');
  writeFileSync(envFile, `NODE_OPTIONS=--require ${script}\n`);
  const config = join(work, 'patroni.yml');
  writeFileSync(config, 'scope: s\n');
  const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: join(work, 'cache'), NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  const refused = /--env-file is now --patroni-env FILE/;
  const cases: [string[], RegExp][] = [
    [['lint', '--env-file', envFile, config], refused],
    [['lint', `--env-file=${envFile}`, config], refused],
    [['lint', config, '--env-file', envFile], refused],
    [['plan', config, '--env-file', envFile], /unknown option '--env-file'/],
    [['rules', `--env-file=${envFile}`], /unknown option '--env-file=/],
  ];
  for (const [args, says] of cases) {
    const r = spawnSync(BIN, args, { cwd: work, encoding: 'utf8', env, timeout: 60_000 });
    assert.ok(!existsSync(marker), `${args.join(' ')}: Node loaded the env file and ran its --require`);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, says, args.join(' '));
    assert.equal(r.stdout, '');
  }
});
