import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cli, ROOT, SHARED } from '../helpers.js';
import { injectSecrets, type Injected } from './inject.js';
import { runJobs, type Job } from '../cli-batch.js';
import { secretPaths } from './secret-paths.js';

const work = mkdtempSync(join(tmpdir(), 'patroni-plan-canary-'));
after(() => rmSync(work, { recursive: true, force: true }));

const PATHS = secretPaths();
const CLONE = ['--clone-from', 'postgres://10.0.0.12:5432/postgres'];

/** Every command a user runs on a config, with every output format. */
function commandsFor(file: string, changed: string): string[][] {
  const lint = ['text', 'json', 'github', 'sarif', 'gitlab'].map((f) => ['lint', '--format', f, file]);
  const plan = [
    ['plan', '--patroni-version', '3.0', '--pg-version', '9.6', file],
    ['plan', '--patroni-version', '3.0', '--pg-version', '12', '--format', 'json', ...CLONE, file],
    ['plan', '--patroni-version', '3.3', '--format', 'json', file],
    ['plan', '--patroni-version', '4.0', '--pg-version', '11', ...CLONE, file],
    ['plan', '--patroni-version', '4.1', '--pg-version', '16', '--format', 'json', ...CLONE, file],
    ['plan', '--patroni-version', '4.1', file],
  ];
  const diff = [
    ['diff', file, changed],
    ['diff', '--format', 'json', ...CLONE, file, changed],
    ['diff', '--to-patroni-version', '3.0', '--to-pg-version', '10', file],
  ];
  const exec = [
    ['exec', '--dry-run', '--branch', 'bootstrap', file],
    ['exec', '--dry-run', '--branch', 'replica', '--log-format', 'json', ...CLONE, file],
  ];
  return [...lint, ...plan, ...diff, ...exec];
}

function configs(): { name: string; text: string }[] {
  const dirs = [`${SHARED}corpus/real/`, ...['lint', 'plan', 'seeds', 'exec', 'broken'].map((d) => `${ROOT}fixtures/${d}/`)];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => ({ name: `${dir.split('/').slice(-2, -1)[0]}/${f}`, text: readFileSync(join(dir, f), 'utf8') })),
  );
}

function jobsFor(injected: Injected, changed: Injected, n: number): Job[] {
  const file = join(work, `c${n}.yml`);
  const other = join(work, `c${n}-changed.yml`);
  writeFileSync(file, injected.text);
  writeFileSync(other, changed.text);
  const tokens = [...injected.tokens.keys(), ...changed.tokens.keys()];
  return commandsFor(file, other).map((args) => ({ args, tokens }));
}

test('the schema marks the secrets the issue names (the canary goes where the schema says)', () => {
  const names = PATHS.map((p) => p.join('.'));
  for (const expected of [
    'postgresql.authentication.superuser.password',
    'postgresql.authentication.replication.password',
    'postgresql.authentication.rewind.password',
    'restapi.authentication.password',
    'ctl.authentication.password',
    'restapi.keyfile_password',
    'ctl.keyfile_password',
    'etcd.password',
    'etcd3.password',
    'consul.token',
    'raft.password',
    // Beyond the list, what Patroni 3.0-4.1 also read as secrets (validator.py, config.py).
    'postgresql.authentication.replication.sslpassword',
    'restapi.auth',
    'ctl.auth',
    'zookeeper.key_password',
    'zookeeper.auth_data.canaryuser',
    'bootstrap.users.canaryuser.password',
  ]) {
    assert.ok(names.includes(expected), `${expected} is not marked x-secret`);
  }
});

test('a canary password in every secret field of every corpus config and fixture never reaches any output of lint, plan, diff or exec --dry-run', async () => {
  const jobs: Job[] = [];
  const paths = new Map<string, string>();
  const names = new Map<string, string>();
  for (const [i, c] of configs().entries()) {
    const injected = injectSecrets(c.text, PATHS, i * 1000);
    const changed = injectSecrets(c.text, PATHS, i * 1000 + 500);
    if (!injected || !changed) continue;
    for (const [token, path] of [...injected.tokens, ...changed.tokens]) paths.set(token, path);
    names.set(join(work, `c${i}.yml`), c.name);
    jobs.push(...jobsFor(injected, changed, i));
  }
  const checked = names.size;
  const results = runJobs(jobs);
  // A command that failed inside is a bug of its own, and its message a way out for a secret.
  assert.deepEqual(results.filter((r) => r.code === 70 || r.nul).map((r) => `${r.args.join(' ')}: ${r.stderr}`), []);
  const found = results.flatMap((r) => {
    const config = names.get(r.args.find((a) => names.has(a)) ?? '') ?? '?';
    return r.shown.map((t) => `${config}: patroni-plan ${r.args.join(' ').replaceAll(work, '')} shows ${paths.get(t)} (${t})`);
  });
  // The same through real processes, for one config: what the in-process runs stand for.
  const first = jobs[0]!;
  for (const args of [['lint', first.args[3]!], ['plan', '--format', 'json', first.args[3]!], ['exec', '--dry-run', '--branch', 'bootstrap', first.args[3]!]]) {
    const r = cli(args);
    assert.deepEqual(first.tokens.filter((t) => (r.stdout + r.stderr).includes(t)), [], args.join(' '));
  }
  assert.ok(checked >= 180, `only ${checked} configs took the canary`);
  assert.deepEqual(found.slice(0, 30), []);
});
