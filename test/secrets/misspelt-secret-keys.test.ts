/**
 * A misspelt password key (`passowrd: X`) is what the unknown-key fix renames to `password`:
 * its value is the password, in every output, before the fix and in the fix's own diff.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SCHEMA_KEY_NAMES, SECRET_KEY_NAMES } from '../../src/generated/schema-key-names.js';
import { closest, namedKeys, schemaAt } from '../../src/validate/schema-index.js';
import { isSecretKey, secretAssignment } from '../../src/validate/secret-values.js';
import { runJobs, type Job } from '../cli-batch.js';

const work = mkdtempSync(join(tmpdir(), 'patroni-plan-misspelt-secret-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Common typos of "password": transpositions, omissions, doublings. */
const TYPOS = ['passowrd', 'pasword', 'passwrd', 'passord', 'pssword', 'apssword', 'psasword', 'paswsord', 'passwrod', 'passwor', 'passsword', 'paassword', 'passwordd', 'passwodr'];
/** Abbreviations, which no edit-distance test reaches: the secret words catch them. */
const ABBREVIATIONS = ['passwd', 'pwd', 'pswd'];

const HEAD = 'scope: s\nname: n\nrestapi: {listen: 0.0.0.0:8008, connect_address: 10.0.0.1:8008}\netcd: {host: 10.0.0.2:2379}\n';
const PG = 'postgresql:\n  data_dir: /d\n  listen: 0.0.0.0:5432\n  connect_address: 10.0.0.1:5432\n';

test('each typo is one the did-you-mean suggestion corrects to password', () => {
  const known = namedKeys(schemaAt(['postgresql', 'authentication', 'superuser']));
  assert.deepEqual(TYPOS.filter((t) => closest(t, known) !== 'password'), []);
});

test('a misspelt password key or env variable is secret where the schema cannot place it', () => {
  const names = [...TYPOS, ...ABBREVIATIONS];
  assert.deepEqual(names.filter((t) => !isSecretKey(t, undefined)), []);
  assert.deepEqual(names.filter((t) => !isSecretKey(`db_${t}`, undefined)), []);
  const lines = names.flatMap((t) => [`      ${t}: X1`, `  {user: u, ${t}: X1}`, `PATRONI_SUPERUSER_${t.toUpperCase()}=X1`, `PATRONI_RESTAPI_${t.toUpperCase()}=X1`]);
  assert.deepEqual(lines.filter((l) => secretAssignment(l)?.value.startsWith('X1') !== true), []);
});

test('a key the schema or PostgreSQL knows as no secret stays shown, however near a secret name it is', () => {
  const plain = [...SCHEMA_KEY_NAMES].filter((k) => !SECRET_KEY_NAMES.has(k) && !/pas+w|ps?wd|secret|token|credential|(?:^|_)(?:auth|pass|pw)(?:$|_)/.test(k));
  assert.deepEqual(plain.filter((k) => secretAssignment(`  ${k}: value`) !== undefined), []);
  assert.deepEqual(['password_encryption', 'server_tokens', 'authentication_timeout', 'port', 'username'].filter((k) => secretAssignment(`  ${k}: value`) !== undefined), []);
});

/** One config per typo: under a user (unknown-key, and its fix), as a !!int that is no int (a load error), and in an env file. */
function jobsFor(typo: string, i: number): Job[] {
  const token = (n: number): string => `CANARY${i}X${n}Z`;
  const file = join(work, `typo${i}.yml`);
  const broken = join(work, `typo${i}-int.yml`);
  const env = join(work, `typo${i}.env`);
  const user = (n: number): string => `  authentication:\n    superuser:\n      username: p\n      ${typo}: ${token(n)}\n    replication: {username: r, ${typo}: ${token(n + 1)}}\n`;
  writeFileSync(file, `${HEAD}${PG}${user(1)}ctl:\n  ${typo}: ${token(3)}\n`);
  writeFileSync(broken, `${HEAD}${PG}  authentication:\n    replication:\n      username: r\n      ${typo}: !!int ${token(4)}\n`);
  writeFileSync(env, `PATRONI_SUPERUSER_${typo.toUpperCase()}=${token(5)}\nPATRONI_REPLICATION_${typo}=${token(6)}\n`);
  const tokens = [1, 2, 3, 4, 5, 6].map(token);
  const formats = ['text', 'json', 'sarif', 'github', 'gitlab'];
  return [
    ...formats.flatMap((f) => [['lint', '--format', f, file], ['lint', '--format', f, broken], ['lint', '--format', f, '--patroni-env', env, file]]),
    ['lint', '--fix-dry-run', file],
    ['lint', '--diff', file],
    ['lint', '--fix-dry-run', '--format', 'json', file],
    ['plan', '--format', 'json', file],
  ].map((args) => ({ args, tokens, keepOutput: true }));
}

test('no output of lint, lint --fix-dry-run/--diff or plan shows the value of a misspelt password key', () => {
  const names = [...TYPOS, ...ABBREVIATIONS];
  const jobs = names.flatMap(jobsFor);
  const results = runJobs(jobs);
  const shown = results.flatMap((r) => r.shown.map((t) => `patroni-plan ${r.args.join(' ').replaceAll(work, '')} shows ${t}`));
  assert.deepEqual(shown, []);
  assert.deepEqual(results.filter((r) => r.code === 70 || r.nul).map((r) => r.args.join(' ')), []);
  // Not vacuous: the typo's line is quoted, the load error and the diff are there, masked.
  const out = (typo: string, ...args: string[]): string => results.find((r, i) => jobs[i]!.args.join(' ') === [...args, join(work, `typo${names.indexOf(typo)}.yml`)].join(' '))!.output!;
  for (const typo of TYPOS) {
    assert.match(out(typo, 'lint', '--format', 'text'), new RegExp(`\\| +${typo}: \\*\\*\\*`), typo);
    const diff = out(typo, 'lint', '--fix-dry-run');
    assert.match(diff, new RegExp(`^- +${typo}: \\*\\*\\*$`, 'm'), typo);
    assert.match(diff, new RegExp(`^-.*\\{username: r, ${typo}: \\*\\*\\*\\}$`, 'm'), typo);
    assert.match(diff, /^\+ +password: \*\*\*$/m, typo);
  }
});
