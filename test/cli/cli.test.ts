import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { cli, ROOT } from '../helpers.js';

test('lint: the seed documents\' examples and the bundled example have no errors (the seeds are fragments: no missing-key)', () => {
  const seeds = readdirSync(`${ROOT}fixtures/seeds`).map((f) => `fixtures/seeds/${f}`);
  assert.ok(seeds.length >= 10);
  const r = cli(['lint', '--patroni-version', '3.3', '--ignore', 'missing-key', ...seeds, 'examples/barman-and-pgbackrest.yml']);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0, r.stdout);
  assert.ok(!/ error /.test(r.stdout), r.stdout);
  assert.equal(cli(['lint', 'examples/barman-and-pgbackrest.yml']).stdout, '');
  // The legacy seed's no_master is gone in Patroni 4.
  const legacy = cli(['lint', '--ignore', 'missing-key', 'fixtures/seeds/wal-e-legacy.yml']);
  assert.equal(legacy.code, 1);
  assert.match(legacy.stdout, /error deprecated-key postgresql\.wal_e\.no_master is no longer read by Patroni 4\.1\.4/);
});

test('lint: a YAML syntax error is reported at file:line:col and exits 1', () => {
  const r = cli(['lint', 'fixtures/broken/yaml-syntax.yml']);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^fixtures\/broken\/yaml-syntax\.yml:\d+:\d+: error yaml-syntax /m);
});

test('lint: an unsplittable command and a silent initdb fallback point at their values', () => {
  const a = cli(['lint', 'fixtures/broken/unbalanced-quote.yml']);
  assert.equal(a.code, 1);
  assert.match(a.stdout, /^fixtures\/broken\/unbalanced-quote\.yml:5:14: error command-unsplittable bootstrap\.restore\.command cannot be split by shlex \(No closing quotation\)$/m);
  const b = cli(['lint', 'fixtures/broken/method-fallback.yml']);
  assert.equal(b.code, 1);
  assert.match(b.stdout, /^fixtures\/broken\/method-fallback\.yml:3:11: error bootstrap-method-fallback /m);
});

test('lint reads standard input, and json output parses', () => {
  const r = cli(['lint', '--format', 'json'], 'scope: demo\nbootstrap:\n  method: nowhere\n');
  assert.equal(r.code, 1);
  const list = JSON.parse(r.stdout) as { file: string; line: number; ruleId: string }[];
  assert.deepEqual(list.map((d) => [d.file, d.line, d.ruleId]).filter((d) => d[2] === 'bootstrap-method-fallback'), [['<stdin>', 3, 'bootstrap-method-fallback']]);
});

test('usage errors and unreadable files exit 2 with a message and no stack trace', () => {
  for (const args of [['lint', 'no/such/file.yml'], ['plan', 'fixtures/seeds/pgbackrest.yml', '--pg-version', '8.4'], ['plan', 'fixtures/seeds/pgbackrest.yml', '--clone-from', 'http://x'], ['frobnicate']]) {
    const r = cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.ok(r.stderr.length > 0);
    assert.ok(!/\n\s+at /.test(r.stderr), r.stderr);
  }
});

test('plan: a config that cannot be read gives diagnostics and exit 1, and -o leaves no partial file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-cli-'));
  try {
    const out = join(dir, 'plan.json');
    const bad = cli(['plan', 'fixtures/broken/yaml-syntax.yml', '-o', out]);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /yaml-syntax\.yml:\d+:\d+: error/);
    assert.equal(existsSync(out), false);
    const ok = cli(['plan', 'examples/barman-and-pgbackrest.yml', '--format', 'json', '-o', out]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).format_version, 1);
    assert.deepEqual(readdirSync(dir), ['plan.json']);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('plan output is byte-identical across runs and never shows a password', () => {
  const a = cli(['plan', 'examples/barman-and-pgbackrest.yml', '--format', 'json', '--clone-from', 'postgres://10.0.0.12:5432/postgres']);
  const b = cli(['plan', 'examples/barman-and-pgbackrest.yml', '--format', 'json', '--clone-from', 'postgres://10.0.0.12:5432/postgres']);
  assert.equal(a.code, 0);
  assert.equal(a.stdout, b.stdout);
  const text = cli(['plan', 'examples/barman-and-pgbackrest.yml']);
  for (const out of [a.stdout, text.stdout]) assert.ok(!out.includes('example-superuser-password') && !out.includes('example-replication-password'));
});

test('schema prints the config schema and the plan schema', () => {
  assert.equal(JSON.parse(cli(['schema']).stdout).$id, 'https://raw.githubusercontent.com/your-org/patroni-plan/v0.1.0/schema/patroni.schema.json');
  assert.equal(JSON.parse(cli(['schema', '--plan']).stdout).$id, 'https://raw.githubusercontent.com/your-org/patroni-plan/v0.1.0/schema/plan.schema.json');
});
