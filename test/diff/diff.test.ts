/**
 * `patroni-plan diff`: plans compared section by section, exit codes like `git diff
 * --exit-code`, --git, upgrade impact, JSON, and the corpus.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cli, SHARED } from '../helpers.js';
import { planLoaded } from '../../src/api.js';
import { loadConfigPath } from '../../src/load/load-config.js';
import { diffPlans } from '../../src/diff/plan-diff.js';

const dir = mkdtempSync(join(tmpdir(), 'patroni-plan-diff-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const BASE = `scope: data
name: data-3
etcd3:
  hosts: 10.52.0.2:2379
restapi:
  listen: 0.0.0.0:8008
  connect_address: 10.52.0.13:8008
postgresql:
  listen: 0.0.0.0:5432
  connect_address: 10.52.0.13:5432
  data_dir: /var/lib/postgresql/16/main
  bin_dir: /usr/lib/postgresql/16/bin
  authentication:
    superuser:
      username: postgres
      password: su-Secret-4711
    replication:
      username: replicator
      password: repl-Secret-0815
`;
const MAP = `${BASE}  basebackup:
    max-rate: 250M
    checkpoint: fast
`;
const LIST = `${BASE}  basebackup:
    - max-rate: 250M
    - checkpoint: fast
`;
/** The map form with its keys in another order at every level. */
const REORDERED = `postgresql:
  basebackup:
    max-rate: 250M
    checkpoint: fast
  authentication:
    replication:
      password: repl-Secret-0815
      username: replicator
    superuser:
      password: su-Secret-4711
      username: postgres
  bin_dir: /usr/lib/postgresql/16/bin
  data_dir: /var/lib/postgresql/16/main
  connect_address: 10.52.0.13:5432
  listen: 0.0.0.0:5432
restapi:
  connect_address: 10.52.0.13:8008
  listen: 0.0.0.0:8008
etcd3:
  hosts: 10.52.0.2:2379
name: data-3
scope: data
`;

test('reordered keys and the list form of basebackup show no difference: exit 0', () => {
  const map = write('map.yml', MAP);
  for (const other of [write('list.yml', LIST), write('reordered.yml', REORDERED)]) {
    const r = cli(['diff', map, other]);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /\(the plans are the same\)/);
    const j = cli(['diff', '--format', 'json', map, other]);
    assert.equal(j.code, 0);
    assert.deepEqual(JSON.parse(j.stdout).changes, []);
  }
});

test('a changed option is one hunk under its step, with the argv line that changed: exit 1', () => {
  const a = write('a.yml', MAP);
  const b = write('b.yml', MAP.replace('max-rate: 250M', 'max-rate: 100M'));
  const r = cli(['diff', a, b]);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^--- .*a\.yml \(Patroni 4\.1\.4, PostgreSQL 17\)\n\+\+\+ .*b\.yml/);
  assert.match(r.stdout, /@@ replica › method basebackup › attempt 1 › step basebackup-1 @@\n(  .*\n)*- argv\[\d\]: "--max-rate=250M"\n\+ argv\[\d\]: "--max-rate=100M"\n/);
  assert.doesNotMatch(r.stdout, /\x1b\[/, 'no colour when not a terminal');
  assert.match(cli(['diff', '--color', a, b]).stdout, /\x1b\[31m- argv/);
  const j = JSON.parse(cli(['diff', '--format', 'json', a, b]).stdout);
  assert.equal(j.same, false);
  const step = j.changes.find((c: { heading: string }) => c.heading === 'replica › method basebackup › attempt 1 › step basebackup-1');
  assert.equal(step.change, 'changed');
  assert.ok(step.old_step.argv.includes('--max-rate=250M'));
  assert.ok(step.new_step.argv.includes('--max-rate=100M'));
});

test('secrets never appear in the diff, whatever changes', () => {
  const a = write('s1.yml', MAP);
  const b = write('s2.yml', MAP.replace('repl-Secret-0815', 'repl-Other-999').replace('username: replicator', 'username: rep2'));
  for (const format of ['text', 'json']) {
    const r = cli(['diff', '--format', format, a, b]);
    assert.equal(r.code, 1);
    for (const s of ['su-Secret-4711', 'repl-Secret-0815', 'repl-Other-999']) assert.ok(!r.stdout.includes(s) && !r.stderr.includes(s), `${format} shows ${s}`);
  }
});

test('errors exit 2 without a stack trace', () => {
  const good = write('good.yml', MAP);
  const broken = write('broken.yml', 'postgresql: [\n');
  for (const args of [['diff', good, join(dir, 'missing.yml')], ['diff', good, broken], ['diff', good], ['diff', good, '--to-patroni-version', '9.9'], ['diff', '--git', 'HEAD', good, good]]) {
    const r = cli(args);
    assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
});

test('--git REV FILE compares the committed file with the working tree', () => {
  const repo = mkdtempSync(join(dir, 'repo-'));
  const env = { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null' };
  const git = (...args: string[]): void => assert.equal(spawnSync('git', args, { cwd: repo, env }).status, 0);
  git('init', '-q');
  writeFileSync(join(repo, 'patroni.yml'), MAP);
  git('add', 'patroni.yml');
  git('commit', '-q', '-m', 'one');
  // From another directory, with a path relative to it: the path resolves in the file's repository.
  assert.equal(cli(['diff', '--git', 'HEAD', join(repo, 'patroni.yml')]).code, 0);
  writeFileSync(join(repo, 'patroni.yml'), LIST.replace('checkpoint: fast', 'checkpoint: spread'));
  const r = cli(['diff', '--git', 'HEAD', 'patroni.yml'], undefined, repo);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^--- HEAD:patroni\.yml .*\n\+\+\+ patroni\.yml /);
  assert.match(r.stdout, /- argv\[\d\]: "--checkpoint=fast"\n\+ argv\[\d\]: "--checkpoint=spread"/);
  // A file added since REV: every section is added.
  writeFileSync(join(repo, 'new-patroni.yml'), MAP);
  const added = cli(['diff', '--git', 'HEAD', 'new-patroni.yml'], undefined, repo);
  assert.equal(added.code, 1);
  assert.match(added.stdout, /^--- HEAD:new-patroni\.yml \(absent\)/);
  assert.doesNotMatch(added.stdout, /^- /m);
  const unknown = cli(['diff', '--git', 'no-such-rev', 'patroni.yml'], undefined, repo);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /unknown revision 'no-such-rev'/);
  const outside = cli(['diff', '--git', 'HEAD', join(dir, 'good.yml')], undefined, dir);
  assert.equal(outside.code, 2);
  assert.match(outside.stderr, /not inside a git repository/);
});

test('upgrade impact: the same config on two Patroni releases, with the facts that explain it', () => {
  const r = cli(['diff', 'examples/barman-and-pgbackrest.yml', '--patroni-version', '3.0', '--to-patroni-version', '4.1']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /^--- examples\/barman-and-pgbackrest\.yml \(Patroni 3\.0\.2, PostgreSQL 17\)\n\+\+\+ examples\/barman-and-pgbackrest\.yml \(Patroni 4\.1\.4, PostgreSQL 17\)/);
  assert.match(r.stdout, /Patroni behaviour that changes between 3\.0\.2 and 4\.1\.4 and concerns this plan:\n(  .*\n)*  bootstrap\.extra-params \(no → yes\): \[7a\]/);
  assert.match(r.stdout, /Lint findings that differ between the two versions:\n(.*\n)*- 24:5: warning key-version bootstrap\.barman\.barman-server is not a key Patroni 3\.0\.2 reads in a bootstrap method: it ignores it \(3\.2 and later pass it to the command as --barman-server=\.\.\.\)/);
  const j = JSON.parse(cli(['diff', '--format', 'json', 'examples/barman-and-pgbackrest.yml', '--patroni-version', '3.0', '--to-patroni-version', '4.1']).stdout);
  assert.equal(j.old.patroni_version, '3.0.2');
  assert.ok(j.version_facts.some((f: { id: string }) => f.id === 'bootstrap.extra-params'));
  // Releases whose differences do not touch this plan (4.1.3 changed the rejoin's crash recovery).
  const same = cli(['diff', 'examples/barman-and-pgbackrest.yml', '--patroni-version', '4.1.3', '--to-patroni-version', '4.1']);
  assert.equal(same.code, 0, same.stdout);
});

test('upgrade impact of PostgreSQL: compress kept on 15+, with the fact that reads the version', () => {
  const r = cli(['diff', 'fixtures/plan/basebackup-compress-list.yml', '--pg-version', '14', '--to-pg-version', '16']);
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stdout, /\+ argv\[\d\]: "--compress=server-zstd:level=3"/);
  assert.match(r.stdout, /behaviour that reads the PostgreSQL version and concerns this plan:\n(  .*\n)*  basebackup\.compress-by-pg-version: /);
});

test('every corpus config compares equal with itself and plans across an upgrade without a crash', () => {
  const corpus = join(SHARED, 'corpus', 'real');
  const files = readdirSync(corpus).filter((f) => /\.ya?ml(\.example)?$/.test(f));
  assert.ok(files.length > 100);
  let planned = 0;
  for (const f of files) {
    const loaded = loadConfigPath(join(corpus, f));
    let old, neu;
    try {
      old = planLoaded(loaded, { patroniVersion: '3.0' });
      neu = planLoaded(loaded, { patroniVersion: '4.1' });
    } catch {
      continue; // a config Patroni cannot read: diff exits 2 for it
    }
    planned += 1;
    assert.deepEqual(diffPlans(neu, planLoaded(loaded, { patroniVersion: '4.1' })), [], f);
    for (const c of diffPlans(old, neu)) assert.ok(c.lines.length > 0, `${f}: ${c.heading}`);
  }
  assert.ok(planned > 100, `${planned} planned`);
});
