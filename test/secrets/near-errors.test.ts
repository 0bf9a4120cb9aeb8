import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SECRET_KEYWORDS } from '../../src/plan/connection.js';
import { runJobs } from '../cli-batch.js';
import { secretPaths } from './secret-paths.js';

const work = mkdtempSync(join(tmpdir(), 'patroni-plan-secret-errors-'));
after(() => rmSync(work, { recursive: true, force: true }));

const HEAD = 'scope: s\nname: n\nrestapi: {listen: 0.0.0.0:8008, connect_address: 10.0.0.1:8008}\netcd: {host: 10.0.0.2:2379}\n';
const PG = 'postgresql:\n  data_dir: /d\n  listen: 0.0.0.0:5432\n  connect_address: 10.0.0.1:5432\n';

/** Configs broken right where a secret is, so a message or a quoted line would carry it. */
const CASES: Record<string, string> = {
  'a password given as a list': `${HEAD}${PG}  authentication:\n    replication:\n      username: r\n      password: [CANARYL1Z, other]\n`,
  'a password given as a mapping': `${HEAD}${PG}  authentication:\n    replication:\n      username: r\n      password: {k: CANARYM1Z}\n`,
  'a duplicate password key': `${HEAD}${PG}  authentication:\n    superuser:\n      password: CANARYD1Z\n      password: CANARYD2Z\n`,
  'an unterminated quote after a password': `${HEAD}${PG}  authentication:\n    superuser:\n      password: "CANARYU1Z\n      username: x\n`,
  'a tab before a password': `${HEAD}${PG}  authentication:\n    superuser:\n\tpassword: CANARYT1Z\n`,
  'a secret under an unknown key': `${HEAD}${PG}  authenticaton:\n    superuser:\n      password: CANARYK1Z\n`,
  'a DCS token where the section is a list': `${HEAD}consul:\n  - token: CANARYC1Z\n${PG}`,
  'a password in the basebackup list form (Patroni 3.0 passes it to pg_basebackup)': `${HEAD}${PG}  authentication:\n    replication: {username: r, password: rp}\n  basebackup:\n    - verbose\n    - password: CANARYB1Z\n  create_replica_methods: [basebackup]\n`,
  'a password that YAML 1.1 reads as an int': `${HEAD}${PG}  authentication:\n    replication: {username: r, password: 739142517}\n`,
  'a password that YAML 1.1 reads as an octal int (0731425 is 242453)': `${HEAD}${PG}  authentication:\n    replication: {username: r, password: 0731425}\n`,
  'a password that YAML 1.1 reads as base 60': `${HEAD}${PG}  authentication:\n    superuser: {username: p, password: 7391:42:51}\n`,
  'a password that YAML 1.1 reads as a boolean': `${HEAD}${PG}  authentication:\n    rewind: {username: w, password: Yes}\n`,
  'a password with a tag PyYAML refuses': `${HEAD}${PG}  authentication:\n    replication:\n      username: r\n      password: !!python/name:CANARYP1Z\n`,
  'a password tagged !!int that is no int': `${HEAD}${PG}  authentication:\n    replication:\n      username: r\n      password: !!int CANARYI1Z\n`,
  'a password written as an undefined alias': `${HEAD}${PG}  authentication:\n    replication:\n      username: r\n      password: *CANARYA1Z\n`,
  'an sslpassword of the replication user': `${HEAD}${PG}  authentication:\n    replication: {username: r, password: CANARYS1Z, sslpassword: CANARYS2Z}\n`,
  'a password in a flow mapping that does not parse': `${HEAD}${PG}  authentication: {superuser: {username: p, password: CANARYF1Z}}, x: y}}\n`,
  'a password line with stray braces': `${HEAD}${PG}  authentication:\n    superuser:\n      password: CANARYF2Z}}\n  x: [\n`,
  'keys that look secret where the schema has none': `${HEAD}${PG}  pwd: CANARYW1Z\n  api_token: CANARYW2Z\n  secret: CANARYW3Z\n  passwd: CANARYW4Z\n  auth_key: CANARYW5Z\n  db_pass: CANARYW6Z\n  {pasword: CANARYW7Z\n`,
  'keys that look secret, in a file that parses': `${HEAD}${PG}  pwd: CANARYV1Z\n  api_token: CANARYV2Z\n  passwd: CANARYV3Z\n  pgpass_password: CANARYV4Z\n`,
};

/** The values of the YAML 1.1 cases as written and as Python gets them (no CANARY token survives int conversion). */
const NUMBERS = ['739142517', '0731425', '731425', '242453', '7391:42:51', '26610171', "'Yes'", 'Yes)', 'Yes ', 'Yes,'];

const ENV = 'PATRONI_REPLICATION_PASSWORD=CANARYE1Z\nPATRONI_SUPERUSER_PASSWORD=[CANARYE2Z]\nPATRONI_RESTAPI_PASSWORD=CANARYE3Z\nPATRONI_REWIND_PASSWORD="a\nCANARYE4Z"\nPATRONI_ETCD3_PASSWORD:CANARYE5Z\nPATRONI_SUPERUSER_PASWORD=CANARYE6Z\nPATRONI_RESTAPI_PASWD=CANARYE7Z\nPATRONI_ETCD_PASSWRD=CANARYE8Z\n';

test('no message or quoted line shows a secret of a config broken around it, in any command or format', () => {
  const env = join(work, 'secrets.env');
  writeFileSync(env, ENV);
  const jobs = Object.entries(CASES).flatMap(([name, text], i) => {
    const file = join(work, `case${i}.yml`);
    writeFileSync(file, text);
    const tokens = [...text.matchAll(/CANARY\w+?Z/g)].map((m) => m[0]).concat([...ENV.matchAll(/CANARY\w+?Z/g)].map((m) => m[0]), NUMBERS);
    const argsList = [
      ...['text', 'json', 'github', 'sarif', 'gitlab'].map((f) => ['lint', '--format', f, file]),
      ['lint', '--patroni-env', env, file],
      ['lint', '--patroni-env', env, '--format', 'json', file],
      ...['3.0', '3.3', '4.1'].flatMap((v) => [
        ['plan', '--patroni-version', v, '--pg-version', '9.6', file],
        ['plan', '--patroni-version', v, '--format', 'json', '--clone-from', 'postgres://10.0.0.12:5432/postgres', file],
      ]),
      ['diff', '--to-patroni-version', '3.0', file],
      ['exec', '--dry-run', '--branch', 'replica', '--patroni-version', '3.0', '--clone-from', 'postgres://10.0.0.12:5432/postgres', file],
    ];
    return argsList.map((args) => ({ args, tokens, name }));
  });
  const results = runJobs(jobs);
  const shown = results.flatMap((r, i) => r.shown.map((t) => `${jobs[i]!.name}: ${r.args.join(' ').replaceAll(work, '')} shows ${t}`));
  assert.deepEqual(shown, []);
  assert.deepEqual(results.filter((r) => r.code === 70 || r.nul).map((r) => r.args.join(' ')), []);
});

test('the placeholders that stand for secrets inside a plan are those the schema marks in an authentication section', () => {
  const inAuth = new Set(secretPaths().filter((p) => p.slice(0, 2).join('.') === 'postgresql.authentication').map((p) => p[p.length - 1]!));
  assert.deepEqual([...SECRET_KEYWORDS].sort(), [...inAuth].sort());
});
