/**
 * Issue 22: the ways users get patroni-plan, each from a clean prefix, as docs/install.md gives them:
 * - the packed tarball, installed globally with --ignore-scripts (it must carry dist/, built, and need no script);
 * - from a git URL at a tag: `npm pack <git URL>` (npm clones, installs the devDependencies, `prepare` builds),
 *   then the global install of that tarball;
 * - a release URL: the tarball over HTTP, installed globally and run with npx;
 * - `npx <tarball>` and `npx <git URL>`, with nothing installed;
 * - and that `npm install -g <git URL>` in one step still fails (an npm bug the docs name).
 * - the library from the tarball: `import`, `require` and the types of both.
 * Each installed command must print what this checkout's prints for the same input.
 * The one test file that needs the network: the npm registry, for the dependencies (npm's cache serves repeats).
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT } from '../helpers.js';

const scratch = mkdtempSync(join(tmpdir(), 'patroni-plan-install-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// npm test passes npm's own settings to its children as npm_* variables (a prefix, a cache ...): not a user's.
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
Object.assign(env, { NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' });
Object.assign(env, { GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' });

function run(cmd: string, args: string[], options: SpawnSyncOptions = {}): string {
  const r = spawnSync(cmd, args, { cwd: scratch, env, encoding: 'utf8', ...options });
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')}: exit ${r.status}\n${r.stdout}\n${r.stderr}`);
  return String(r.stdout);
}

const config = join(scratch, 'patroni.yml');
const mistake = readFileSync(join(ROOT, 'examples/barman-and-pgbackrest.yml'), 'utf8').replace('bootstrap:\n', 'bootstrap:\n  method: pgbackrest\n');
/** What this checkout prints: the reference every installed copy must match. */
function expected(args: string[]): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/patroni-plan.cjs'), ...args], { cwd: scratch, env, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout };
}
function sameAsCheckout(bin: string[]): void {
  for (const args of [['--version'], ['lint', 'patroni.yml', '--pg-version', '16'], ['plan', 'patroni.yml', '--format', 'json']]) {
    const want = expected(args);
    const got = spawnSync(bin[0]!, [...bin.slice(1), ...args], { cwd: scratch, env, encoding: 'utf8' });
    assert.equal(got.stderr.includes('npm error'), false, got.stderr);
    assert.deepEqual({ status: got.status, stdout: got.stdout }, want, `${bin.join(' ')} ${args.join(' ')}`);
  }
}

/** The repository's files as a commit would hold them (this working tree's), minus what no build reads. */
function sourceTree(to: string): void {
  const listed = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT }).split('\0');
  for (const f of listed.filter((f) => f && !/^(oracle|test|fixtures|bench)\//.test(f))) {
    mkdirSync(dirname(join(to, f)), { recursive: true });
    try {
      copyFileSync(join(ROOT, f), join(to, f));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // deleted, not yet committed
    }
  }
}

let tarball = '';
before(() => {
  writeFileSync(config, mistake);
  // The tarball as `npm pack` makes it (prepack builds dist/), from a copy: that build must not replace the dist/
  // the other test files are running from. The copy borrows this checkout's devDependencies.
  const copy = join(scratch, 'pack');
  sourceTree(copy);
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  tarball = join(scratch, run('npm', ['pack', '--pack-destination', scratch], { cwd: copy }).trim());
});

test('the tarball carries the built command line and library, without source maps or sources', () => {
  const files = run('tar', ['-tzf', tarball]).split('\n');
  for (const f of ['package/bin/patroni-plan.cjs', 'package/dist/bundle/cli/launch.cjs', 'package/dist/bundle/lib/index.cjs', 'package/dist/src/index.js', 'package/dist/src/index.d.ts', 'package/schema/patroni.schema.json', 'package/LICENSE']) {
    assert.ok(files.includes(f), f);
  }
  assert.deepEqual(files.filter((f) => f.endsWith('.map') || f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.d.cts') || f.includes('/test/')), []);
});

test('npm install -g --ignore-scripts <tarball>: patroni-plan on PATH', () => {
  const prefix = join(scratch, 'global-tarball');
  run('npm', ['install', '-g', '--ignore-scripts', '--prefix', prefix, tarball]);
  sameAsCheckout([join(prefix, 'bin/patroni-plan')]);
});

test('npx <tarball>: runs without an install', () => {
  sameAsCheckout(['npm', 'exec', '--yes', `--package=${tarball}`, '--', 'patroni-plan']);
});

test('the library from the tarball: import, require, and TypeScript types for both', () => {
  const project = join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), '{"name":"user","private":true}\n');
  run('npm', ['install', '--ignore-scripts', tarball], { cwd: project });
  const probe = "const v = p.resolveVersions({ pgVersion: '16' }); const l = p.loadConfigText('x.yml', 'bootstrap:\\n  method: pgbackrest\\n');" +
    " console.log(p.lintLoaded(l, v, { select: ['bootstrap-method-fallback'] }).map((d) => d.ruleId).join())";
  const viaImport = run(process.execPath, ['--input-type=module', '-e', `import * as p from 'patroni-plan'; ${probe}`], { cwd: project });
  const viaRequire = run(process.execPath, ['-e', `const p = require('patroni-plan'); ${probe}`], { cwd: project });
  assert.equal(viaImport, 'bootstrap-method-fallback\n');
  assert.equal(viaRequire, viaImport);
  writeFileSync(join(project, 'esm.mts'), "import { resolveVersions, type ResolvedVersions, type LintOptions } from 'patroni-plan';\nconst v: ResolvedVersions = resolveVersions({});\nconst o: LintOptions = { strict: true };\nexport { v, o };\n");
  writeFileSync(join(project, 'cjs.cts'), "import p = require('patroni-plan');\nconst v: p.ResolvedVersions = p.resolveVersions({});\nconst n: number = v;\nexport { n };\n");
  const tsc = [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--module', 'nodenext', '--skipLibCheck'];
  run(process.execPath, [...tsc, 'esm.mts'], { cwd: project });
  // The types must be real: a ResolvedVersions is no number.
  const wrong = spawnSync(process.execPath, [...tsc, 'cjs.cts'], { cwd: project, env, encoding: 'utf8' });
  assert.match(wrong.stdout, /cjs\.cts\(3,7\): error TS2322: Type 'ResolvedVersions' is not assignable to type 'number'/);
});

test('a release URL: npm install -g and npx fetch the tarball over HTTP', async (t) => {
  // docs/install.md's first form names a release asset's https URL: npm's remote fetcher, not its file one. A
  // server of our own on loopback, in a process of its own (run() blocks this one's event loop).
  const served = join(scratch, 'served');
  mkdirSync(served);
  copyFileSync(tarball, join(served, basename(tarball)));
  const server = spawn(process.execPath, ['-e', SERVE, served], { stdio: ['ignore', 'pipe', 'inherit'] });
  t.after(() => server.kill());
  const port = await new Promise<string>((resolve, reject) => {
    server.stdout!.once('data', (b: Buffer) => resolve(String(b).trim()));
    server.once('exit', (code) => reject(new Error(`the tarball server exited (${code})`)));
  });
  const url = `http://127.0.0.1:${port}/${basename(tarball)}`;
  const prefix = join(scratch, 'global-url');
  run('npm', ['install', '-g', '--ignore-scripts', '--prefix', prefix, url]);
  sameAsCheckout([join(prefix, 'bin/patroni-plan')]);
  sameAsCheckout(['npm', 'exec', '--yes', `--package=${url}`, '--', 'patroni-plan']);
});

/** A static file server for one directory; prints its port. */
const SERVE = `const [dir] = process.argv.slice(1); const fs = require('node:fs'); const path = require('node:path');
require('node:http').createServer((q, r) => {
  const f = path.join(dir, path.basename(decodeURIComponent(q.url.split('?')[0])));
  fs.readFile(f, (e, b) => { if (e) { r.writeHead(404).end(); } else { r.writeHead(200, { 'content-type': 'application/octet-stream' }).end(b); } });
}).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;

let gitRepo = '';
function gitUrl(): string {
  if (!gitRepo) {
    gitRepo = join(scratch, 'repo');
    sourceTree(gitRepo);
    run('git', ['init', '-q'], { cwd: gitRepo });
    run('git', ['add', '-A'], { cwd: gitRepo });
    run('git', ['commit', '-q', '-m', 'release'], { cwd: gitRepo });
    run('git', ['tag', 'v0.0.0-test'], { cwd: gitRepo });
  }
  return `git+file://${gitRepo}#v0.0.0-test`;
}

test('from a git URL at a tag: npm pack builds it in prepare, npm install -g takes the tarball', () => {
  // docs/install.md's line: `npm pack` clones the tag, installs the devDependencies there, and prepare builds.
  const out = join(scratch, 'from-git');
  mkdirSync(out);
  const name = run('npm', ['pack', gitUrl()], { cwd: out }).trim().split('\n').pop()!;
  const prefix = join(scratch, 'global-git');
  run('npm', ['install', '-g', '--ignore-scripts', '--prefix', prefix, join(out, name)]);
  sameAsCheckout([join(prefix, 'bin/patroni-plan')]);
});

test('npx from a git URL at a tag: built in npm cache, runs', () => {
  sameAsCheckout(['npm', 'exec', '--yes', `--package=${gitUrl()}`, '--', 'patroni-plan']);
});

test('npm install -g <git URL> in one step still leaves no working command (npm/cli#8440): the docs say so', () => {
  // npm's preparation of a git dependency runs `npm install` in its clone with the caller's environment, global
  // included: that install links the clone into the global prefix and brings no devDependencies; the real install
  // then lands through the link in the clone, which npm deletes. The day npm fixes it this test fails: then
  // docs/install.md can offer the one-step form and this test becomes a proof of it.
  const prefix = join(scratch, 'global-git-one-step');
  const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, gitUrl()], { cwd: scratch, env, encoding: 'utf8' });
  // The failure is this bug's, not some other (git+file refused, no network): npm's own words for the preparation.
  assert.match(install.stderr, /git dep preparation failed/, install.stderr);
  // patroni-plan's prepare says what works instead.
  assert.match(install.stderr, /patroni-plan: npm install -g <git URL> cannot build it .*npm\/cli#8440.*docs\/install\.md/, install.stderr);
  const r = spawnSync(join(prefix, 'bin/patroni-plan'), ['--version'], { cwd: scratch, env, encoding: 'utf8' });
  assert.notEqual(r.status, 0, `npm install -g <git URL> now works (${String(r.stdout).trim()}): update docs/install.md`);
  assert.ok(readFileSync(join(ROOT, 'docs/install.md'), 'utf8').includes('npm/cli#8440'));
});

/** Code in a page: each line of a fenced block, and each inline code span of the prose (joined where it wraps). */
function codeOf(md: string): string[] {
  const fenced = [...md.matchAll(/^```.*\n([\s\S]*?)^```$/gm)].flatMap((m) => m[1]!.split('\n'));
  const prose = md.replace(/^```.*\n[\s\S]*?^```$/gm, '');
  return [...fenced, ...[...prose.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\s+/g, ' '))];
}

test('every install command in the docs is one of the forms proven above, at the current version', () => {
  const pages = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
  const code = pages.flatMap((p) => codeOf(readFileSync(join(ROOT, p), 'utf8')).map((l) => ({ p, l })));
  // What the docs name only to say that it does not work.
  const refused = new Set(['npm install -g <git URL>', 'npx patroni-plan', 'npm install -g patroni-plan']);
  const installs = code.filter(({ l }) => /\bnpm (install|i) (-g|--global)\b|\bnpx /.test(l) && !refused.has(l.trim()));
  assert.ok(installs.length >= 8, `${installs.length} install lines`);
  const tarball = String.raw`(https://github\.com/your-org/patroni-plan/releases/download/v[\d.]+/|\./)patroni-plan-([\d.]+|<version>)\.tgz`;
  const git = String.raw`git\+https://github\.com/your-org/patroni-plan\.git#v[\d.]+`;
  const proven = [
    new RegExp(String.raw`npm install -g (--prefix \S+ )?--ignore-scripts ${tarball}`),
    new RegExp(String.raw`npm install -g --ignore-scripts "\$\(npm pack ${git} \| tail -1\)"`),
    new RegExp(String.raw`npx --yes --package=(${tarball}|${git}) patroni-plan `),
  ];
  assert.deepEqual(installs.filter(({ l }) => !proven.some((r) => r.test(l))).map(({ p, l }) => `${p}: ${l.trim()}`), []);
  // The docs pin the current release: a version bump updates them (docs/releasing.md).
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const pinned = installs.flatMap(({ p, l }) => [...l.matchAll(/#v([\d.]+)|patroni-plan-([\d.]+)\.tgz|download\/v([\d.]+)\//g)].map((m) => ({ p, v: m[1] ?? m[2] ?? m[3] })));
  assert.ok(pinned.length >= 8);
  assert.deepEqual(pinned.filter(({ v }) => v !== version), []);
});
