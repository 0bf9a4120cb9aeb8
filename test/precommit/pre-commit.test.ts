/**
 * The pre-commit hook as a team uses it: the real `pre-commit` framework (Debian package, which
 * .ci/run installs) runs `pre-commit try-repo` on a scratch git repository against this
 * repository's .pre-commit-hooks.yaml. pre-commit installs the hook with npm from this
 * repository (the npm registry is reachable in CI), so each run takes ~15 s; the two run at
 * the same time.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { ROOT } from '../helpers.js';

const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;
const inGit = existsSync(join(ROOT, '.git'));
const skip = !hasPreCommit ? 'pre-commit is not installed (apt-get install pre-commit)' : !inGit ? 'not a git checkout' : false;

const scratch = mkdtempSync(join(tmpdir(), 'patroni-plan-precommit-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

function env(name: string): NodeJS.ProcessEnv {
  const home = join(scratch, `home-${name}`);
  mkdirSync(home, { recursive: true });
  return {
    ...process.env,
    HOME: home,
    PRE_COMMIT_HOME: join(home, 'pre-commit'),
    XDG_CACHE_HOME: join(home, 'cache'),
    // The machine's npm cache, so the hook's install does not download what is already there.
    npm_config_cache: process.env.npm_config_cache ?? join(homedir(), '.npm'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    NO_COLOR: '1',
    GIT_AUTHOR_NAME: 'test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'test',
    GIT_COMMITTER_EMAIL: 'test@example.com',
    GIT_CONFIG_GLOBAL: '/dev/null',
  };
}

function repo(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  const e = env(name);
  const git = (...args: string[]): void => assert.equal(spawnSync('git', args, { cwd: dir, env: e }).status, 0, `git ${args.join(' ')}`);
  git('init', '-q');
  for (const [to, from] of Object.entries(files)) copyFileSync(join(ROOT, from), join(dir, to));
  git('add', '.');
  git('commit', '-q', '-m', 'configs');
  return dir;
}

function tryRepo(dir: string, name: string, files: string[], hook = 'patroni-plan-lint'): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn('pre-commit', ['try-repo', ROOT, hook, '--files', ...files], { cwd: dir, env: env(name) });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => (out += b.toString('utf8')));
    child.on('close', (code) => resolve({ code, out }));
  });
}

test('.pre-commit-hooks.yaml names the hooks and the files they check', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; files: string; entry: string }[];
  assert.deepEqual(hooks.map((h) => h.id), ['patroni-plan-lint', 'patroni-plan-lint-system', 'patroni-plan-fix', 'patroni-plan-fix-system']);
  assert.deepEqual(hooks.map((h) => h.entry), ['patroni-plan lint', 'patroni-plan lint', 'patroni-plan lint --fix', 'patroni-plan lint --fix']);
  assert.equal(new Set(hooks.map((h) => h.files)).size, 1, 'every hook checks the same files');
  const files = new RegExp(hooks[0]!.files);
  for (const f of ['patroni.yml', 'patroni.yaml', 'etc/patroni/patroni-orders.yml', 'node1-patroni.yaml', 'postgres0.yml']) assert.match(f, files);
  for (const f of ['docker-compose.yml', 'patroni.json', 'values.yaml']) assert.doesNotMatch(f, files);
});

test('pre-commit try-repo passes a good config and fails a bad one with the diagnostic', { skip, timeout: 240_000 }, async () => {
  const good = repo('good', { 'patroni.yml': 'examples/barman-and-pgbackrest.yml' });
  const bad = repo('bad', { 'patroni.yml': 'fixtures/lint/mistakes.yml' });
  const [ok, ko] = await Promise.all([tryRepo(good, 'good', ['patroni.yml']), tryRepo(bad, 'bad', ['patroni.yml'])]);
  assert.equal(ok.code, 0, ok.out);
  assert.match(ok.out, /patroni-plan lint\.+Passed/);
  assert.equal(ko.code, 1, ko.out);
  assert.match(ko.out, /patroni-plan lint\.+Failed/);
  assert.match(ko.out, /patroni\.yml:10:11: error bootstrap-method-fallback bootstrap\.method is 'pgbackrest'/);
  assert.match(ko.out, /10 \|   method: pgbackrest/);
});

// Two runs, the first installing the hook from this repository with npm: under a loaded
// machine that alone has taken four minutes, hence the longer guard.
test('the fixing hook rewrites the config and fails once (pre-commit: files were modified), then passes', { skip, timeout: 600_000 }, async () => {
  const dir = repo('fix', { 'patroni.yml': 'fixtures/fix/precommit-patroni.yml' });
  const first = await tryRepo(dir, 'fix', ['patroni.yml'], 'patroni-plan-fix');
  assert.equal(first.code, 1, first.out);
  assert.match(first.out, /patroni-plan fix\.+Failed/);
  assert.match(first.out, /files were modified by this hook/);
  assert.match(first.out, /patroni\.yml: fixed tool-default-params: added no_params: true to replica method pgbackrest/);
  const fixed = readFileSync(join(dir, 'patroni.yml'), 'utf8');
  assert.match(fixed, /\n    keep_data: true\n    no_params: true\n/);
  assert.match(fixed, /\n    primary_start_timeout: 300\n/);
  const second = await tryRepo(dir, 'fix', ['patroni.yml'], 'patroni-plan-fix');
  assert.equal(second.code, 0, second.out);
  assert.match(second.out, /patroni-plan fix\.+Passed/);
  assert.equal(readFileSync(join(dir, 'patroni.yml'), 'utf8'), fixed);
});
