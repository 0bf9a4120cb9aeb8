import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Ajv } from 'ajv';
import { planLoaded } from '../../src/api.js';
import { loadConfigPath, loadConfigText } from '../../src/load/load-config.js';
import { slotNameFromMemberName } from '../../src/plan/first-start.js';
import { planHash } from '../../src/plan/seal.js';
import { renderPlanJson } from '../../src/render/plan-json.js';
import { readJson, ROOT } from '../helpers.js';

const EXAMPLE = `${ROOT}examples/barman-and-pgbackrest.yml`;
const CLONE = 'postgres://10.0.0.12:5432/postgres';
const validatePlan = new Ajv({ strict: false, allErrors: true }).compile(readJson('schema/plan.schema.json') as object);

test('the bundled example plans to the committed snapshot, and its hash checks out', () => {
  // The plan names its config files as given, so load it the way `npm start` does.
  process.chdir(ROOT);
  const plan = planLoaded(loadConfigPath('examples/barman-and-pgbackrest.yml'), { pgVersion: '16', cloneFrom: CLONE });
  const expected = readFileSync(`${ROOT}test/golden/example-plan.json`, 'utf8');
  assert.equal(renderPlanJson(plan), expected);
  assert.equal(planHash(plan), plan.content_sha256);
  assert.notEqual(planHash({ ...plan, node: { ...plan.node, data_dir: '/elsewhere' } }), plan.content_sha256);
});

test('every fixture plans for every profile and a spread of PostgreSQL versions, and every plan fits plan.schema.json', () => {
  const dirs = ['fixtures/seeds', 'fixtures/plan', 'fixtures/rejoin', 'examples'];
  let count = 0;
  for (const dir of dirs) {
    for (const f of readdirSync(`${ROOT}${dir}`).filter((x) => x.endsWith('.yml'))) {
      for (const patroniVersion of ['3.0', '3.3', '4.0', '4.1']) {
        for (const pgVersion of ['9.6', '11', '12', '15', '18']) {
          for (const cloneFrom of [CLONE, 'none', undefined]) {
            const plan = planLoaded(loadConfigPath(`${ROOT}${dir}/${f}`), { patroniVersion, pgVersion, ...(cloneFrom && { cloneFrom }) });
            assert.ok(validatePlan(plan), `${f} ${patroniVersion}/${pgVersion}: ${JSON.stringify(validatePlan.errors)}`);
            count++;
          }
        }
      }
    }
  }
  assert.ok(count >= 4000);
});

test('planning is deterministic and blind to key order and option form', () => {
  const a = 'scope: s\nname: n\npostgresql:\n  data_dir: /d\n  basebackup:\n    max-rate: 100M\n    checkpoint: fast\n';
  const b = 'name: n\npostgresql:\n  basebackup:\n    - max-rate: 100M\n    - checkpoint: fast\n  data_dir: /d\nscope: s\n';
  const plan = (y: string) => renderPlanJson(planLoaded(loadConfigText('x.yml', y), { cloneFrom: CLONE })).replace(/"config_files": \[[^\]]*\]/, '');
  assert.equal(plan(a), plan(a));
  assert.equal(plan(a), plan(b));
});

test('a method section without command falls back to initdb, and the plan says so', () => {
  const plan = planLoaded(loadConfigPath(`${ROOT}fixtures/broken/method-fallback.yml`), {});
  assert.equal(plan.bootstrap.kind, 'initdb');
  assert.match(plan.bootstrap.notes[0]!, /silently runs initdb/);
  assert.deepEqual(plan.bootstrap.steps[0]!.argv, ['initdb', '--encoding=UTF8', '/var/lib/postgresql/data']);
});

test('Patroni 3.0.2 goes through pg_ctl, later versions call initdb', () => {
  const yaml = 'scope: s\npostgresql:\n  data_dir: /d\n  authentication:\n    superuser: {username: admin, password: pw}\nbootstrap:\n  initdb: [{encoding: UTF8}, data-checksums]\n';
  const argv = (v: string) => planLoaded(loadConfigText('x.yml', yaml), { patroniVersion: v }).bootstrap.steps.find((s) => s.id === 'initdb')!.argv;
  assert.deepEqual(argv('3.0'), ['pg_ctl', 'initdb', '-D', '/d', '-o', '--encoding=UTF8 --data-checksums --username=admin --pwfile=${pwfile}']);
  assert.deepEqual(argv('4.1'), ['initdb', '--encoding=UTF8', '--data-checksums', '--username=admin', '--pwfile=${pwfile}', '/d']);
});

test('replica methods: custom params, no_params, no_leader filtering without a clone source', () => {
  const plan = planLoaded(loadConfigPath(`${ROOT}fixtures/seeds/wal-e.yml`), { cloneFrom: CLONE, pgVersion: '15' });
  const walE = plan.replica.methods[0]!.attempts[0]!.find((s) => s.action === 'run')!;
  assert.deepEqual(walE.argv, ['patroni_wale_restore', '--no_leader=1', '--envdir=WALE_ENV_DIR', '--use_iam=1', '--scope=demo', '--role=replica', '--datadir=/var/lib/postgresql/data', '--connstring=dbname=postgres user=replicator host=10.0.0.12 port=5432']);
  const none = planLoaded(loadConfigPath(`${ROOT}fixtures/seeds/wal-e.yml`), { cloneFrom: 'none' });
  assert.deepEqual(none.replica.methods.map((m) => m.name), ['wal_e']);
  assert.deepEqual(none.replica.skipped.map((m) => m.name), ['basebackup']);
  const legacy = (v: string) => planLoaded(loadConfigPath(`${ROOT}fixtures/seeds/wal-e-legacy.yml`), { cloneFrom: 'none', patroniVersion: v }).replica.methods.map((m) => m.name);
  assert.deepEqual(legacy('3.3'), ['wal_e']);
  assert.deepEqual(legacy('4.0'), []);
});

test('slot names are derived from member names as Patroni does', () => {
  assert.equal(slotNameFromMemberName('Pg-Node.1 x@dc'), 'pg_node_1u0032xu0064dc');
  assert.equal(slotNameFromMemberName('a'.repeat(70)).length, 63);
});

test('no secret from the config appears in a plan', () => {
  const text = readFileSync(EXAMPLE, 'utf8');
  const plan = renderPlanJson(planLoaded(loadConfigText('e.yml', text), { cloneFrom: CLONE }));
  assert.ok(!plan.includes('example-superuser-password'));
  assert.ok(!plan.includes('example-replication-password'));
  assert.ok(plan.includes('${secret:postgresql.authentication.replication.password}'));
});

test('the placeholders the builder knows are exactly those the plan schema documents', async () => {
  const { PLACEHOLDERS } = await import('../../src/plan/plan-types.js');
  const schema = readJson<{ definitions: { placeholders: { properties: object } } }>('schema/plan.schema.json');
  assert.deepEqual(Object.keys(PLACEHOLDERS).sort(), Object.keys(schema.definitions.placeholders.properties).sort());
});
