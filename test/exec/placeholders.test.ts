import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { planLoaded } from '../../src/api.js';
import { branchSteps } from '../../src/exec/branch.js';
import { placeholderProblems, Resolver, type CloneValues } from '../../src/exec/placeholders.js';
import { secretKeys } from '../../src/exec/secrets.js';
import { loadConfigPath, loadConfigText } from '../../src/load/load-config.js';
import type { Plan, Step } from '../../src/plan/plan-types.js';
import { ROOT } from '../helpers.js';

const HOME = '/home/o\'brien dba';
const SECRETS = new Map([
  ['postgresql.authentication.replication.password', 'r:e\\pl ic'],
  ['postgresql.authentication.superuser.password', 'su:p\\w'],
]);

function resolver(plan: Plan, clone?: CloneValues): Resolver {
  return new Resolver({ plan, home: HOME, pwfile: () => '/tmp/pp-x/pwfile', secrets: SECRETS, ...(clone && { clone }) });
}

function resolved(plan: Plan, r: Resolver): unknown[] {
  return (['bootstrap', 'replica'] as const).flatMap((b) =>
    branchSteps(plan, b).map((s: Step) => ({
      id: s.id,
      argv: s.argv?.map((a) => r.text(a)),
      env: Object.values(s.env ?? {}).map((v) => r.text(v)),
      parameters: Object.values(s.parameters ?? {}).map((v) => r.text(v)),
      path: s.path === undefined ? undefined : r.path(s),
      content: s.action === 'write_file' ? r.content(s) : undefined,
    })),
  );
}

function configs(): string[] {
  const dirs = ['fixtures/plan', 'fixtures/seeds', 'examples'];
  return dirs.flatMap((d) => readdirSync(`${ROOT}${d}`).filter((f) => f.endsWith('.yml')).map((f) => `${ROOT}${d}/${f}`));
}

test('a plan with a symbolic clone source, filled at run time, is exactly the plan made for that source', () => {
  const sources = ['postgres://10.0.0.5:5433/postgres', 'postgres://[fd00::5]:5432/my%20db', "postgres://db-1.example:6432/o'reilly"];
  let compared = 0;
  for (const file of configs()) {
    for (const patroniVersion of ['3.0', '4.1']) {
      for (const pgVersion of ['11', '15']) {
        for (const url of sources) {
          let symbolic: Plan;
          let concrete: Plan;
          try {
            symbolic = planLoaded(loadConfigPath(file), { patroniVersion, pgVersion });
            concrete = planLoaded(loadConfigPath(file), { patroniVersion, pgVersion, cloneFrom: url });
          } catch {
            continue;
          }
          const c = concrete.clone_from;
          const clone = { host: c.host!, port: c.port!, dbname: c.dbname! };
          assert.deepEqual(resolved(symbolic, resolver(symbolic, clone)), resolved(concrete, resolver(concrete)), `${file} ${patroniVersion} ${pgVersion} ${url}`);
          compared++;
        }
      }
    }
  }
  assert.ok(compared > 300, `compared ${compared}`);
});

test('secrets go only into the pgpass file, escaped for it; the initdb password file gets the bare value', () => {
  const config = loadConfigText(
    'c.yml',
    'scope: s\nname: n\npostgresql:\n  data_dir: /srv/pg/data\n  bin_dir: /usr/lib/postgresql/15/bin\n  listen: 127.0.0.1:5433\n  pgpass: /srv/pg/pgpass\n' +
      '  authentication:\n    superuser: {username: postgres, password: "su:p\\\\w"}\n    replication: {username: rep, password: "r:e\\\\pl ic"}\n' +
      'bootstrap:\n  post_bootstrap: /bin/true\n',
  );
  const plan = planLoaded(config, { pgVersion: '15', cloneFrom: 'postgres://10.0.0.5:5432/postgres' });
  const r = resolver(plan);
  const pwfile = plan.bootstrap.steps.find((s) => s.id === 'initdb-pwfile')!;
  assert.equal(r.content(pwfile), 'su:p\\w');
  assert.equal(r.path(pwfile), '/tmp/pp-x/pwfile');
  const pgpass = plan.replica.prepare[0]!;
  assert.equal(r.content(pgpass), '10.0.0.5:5432:*:rep:r\\:e\\\\pl ic\n');
  assert.deepEqual(secretKeys(branchSteps(plan, 'bootstrap')), ['postgresql.authentication.superuser.password']);
  for (const s of branchSteps(plan, 'replica')) assert.deepEqual(placeholderProblems(s, r), []);
});

test('a secret reference outside the pgpass file, or one a step does not declare, is refused', () => {
  const plan = planLoaded(loadConfigPath(`${ROOT}examples/barman-and-pgbackrest.yml`), { pgVersion: '16', cloneFrom: 'postgres://10.0.0.12:5432/postgres' });
  const r = resolver(plan);
  const leak: Step = { id: 'x', action: 'write_file', description: '', path: `${plan.node.data_dir}/standby.signal`, content: '${secret:postgresql.authentication.replication.password}', secret: 'postgresql.authentication.replication.password' };
  assert.match(placeholderProblems(leak, r).join(), /not the pgpass file/);
  const undeclared: Step = { ...plan.replica.prepare[0]!, secret: 'postgresql.authentication.superuser.password' };
  assert.match(placeholderProblems(undeclared, r).join(), /does not declare/);
  const inArgv: Step = { id: 'y', action: 'run', description: '', argv: ['/bin/echo', '${secret:postgresql.authentication.superuser.password}'] };
  assert.match(placeholderProblems(inArgv, r).join(), /outside a file's content/);
  assert.equal(r.text('--label=${secret:x}'), '--label=${secret:x}', 'never filled outside a file');
});

test('only the placeholders a plan lists are filled; a literal ${...} in a command stays as Patroni passes it', () => {
  const plan = planLoaded(loadConfigPath(`${ROOT}examples/barman-and-pgbackrest.yml`), { pgVersion: '16', cloneFrom: 'postgres://10.0.0.12:5432/postgres' });
  assert.deepEqual(plan.placeholders, {});
  const r = resolver(plan);
  assert.equal(r.text('restore ${home} ${clone_host}'), 'restore ${home} ${clone_host}');
  const symbolic = planLoaded(loadConfigPath(`${ROOT}examples/barman-and-pgbackrest.yml`), { pgVersion: '16' });
  assert.throws(() => resolver(symbolic).text('host=${clone_host}'), /--clone-from is needed/);
  assert.equal(resolver(symbolic, { host: 'h', port: '1', dbname: 'd' }).text('host=${clone_host} x=${pwfile}'), 'host=h x=${pwfile}');
});

test('${cwd} is the directory exec runs in, so a relative pgpass lands where Patroni would put it', () => {
  const plan = planLoaded(loadConfigPath(`${ROOT}fixtures/plan/pgpass-relative.yml`), { patroniVersion: '4.1', pgVersion: '15', cloneFrom: 'postgres://10.0.0.5:5432/postgres' });
  assert.equal(plan.node.pgpass, '${cwd}/pgpass-rpp');
  assert.ok(plan.placeholders.cwd, 'the plan lists ${cwd}');
  const r = resolver(plan);
  assert.equal(r.text(plan.node.pgpass), `${process.cwd()}/pgpass-rpp`);
  const pgpassWrite = plan.replica.prepare.find((s) => s.action === 'write_file')!;
  assert.equal(r.fileKind(pgpassWrite), 'pgpass', 'the secret is escaped for pgpass');
  assert.equal(r.content(pgpassWrite), '10.0.0.5:5432:*:replicator:r\\:e\\\\pl ic\n');
});
