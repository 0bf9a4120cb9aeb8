import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { cli } from '../helpers.js';

/*
 * An env file under review (a pull request's) must not run code. Node 20 reads an
 * `--env-file` given after the script name as its own option and honours the NODE_OPTIONS it
 * sets (`--require ./x.cjs` runs x.cjs), so lint's option is --patroni-env, and the old name
 * is refused (docs/security.md, "Env files").
 */
const work = mkdtempSync(join(tmpdir(), 'patroni-plan-env-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A config complete but for the node's name, which the env file gives. */
const NAMELESS = 'scope: s\nrestapi: {listen: 0.0.0.0:8008, connect_address: 10.0.0.1:8008}\netcd: {host: 10.0.0.2:2379}\npostgresql: {data_dir: /d, listen: 0.0.0.0:5432, connect_address: 10.0.0.1:5432}\n';
const CONFIG = join(work, 'patroni.yml');
writeFileSync(CONFIG, NAMELESS);

test('lint --patroni-env applies the file without letting Node load it: a NODE_OPTIONS --require in it runs nothing', () => {
  const marker = join(work, 'ran');
  const script = join(work, 'hostile.cjs');
  writeFileSync(script, `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'the env file ran code');\n`);
  const env = join(work, 'hostile.env');
  writeFileSync(env, `NODE_OPTIONS=--require ${script}\nPATRONI_NAME=pg-from-env\n`);
  for (const args of [['lint', '--patroni-env', env, CONFIG], ['lint', CONFIG, '--patroni-env', env], ['lint', `--patroni-env=${env}`, '--format', 'json', CONFIG]]) {
    const r = cli(args);
    assert.ok(!existsSync(marker), `${args.join(' ')}: the --require of the env file ran`);
    assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
    // The file was applied: PATRONI_NAME set the name.
    assert.doesNotMatch(r.stdout, /name is not set/);
  }
});

test('lint --env-file is refused with exit 2 and a pointer to --patroni-env', () => {
  const env = join(work, 'plain.env');
  writeFileSync(env, 'PATRONI_NAME=pg-1\n');
  for (const args of [['lint', '--env-file', env, CONFIG], ['lint', CONFIG, `--env-file=${env}`]]) {
    const r = cli(args);
    assert.equal(r.code, 2, r.stdout);
    assert.match(r.stderr, /--env-file is now --patroni-env FILE/);
    assert.equal(r.stdout, '');
  }
});

test('the project config file takes patroni-env (and its first name, env-file, which Node never sees)', () => {
  for (const key of ['patroni-env', 'env-file']) {
    const dir = mkdtempSync(join(work, 'project-'));
    writeFileSync(join(dir, 'node.env'), 'PATRONI_NAME=pg-1\n');
    writeFileSync(join(dir, 'patroni.yml'), NAMELESS);
    writeFileSync(join(dir, '.patroni-plan.yml'), `${key}: node.env\n`);
    const r = cli(['lint', 'patroni.yml'], undefined, dir);
    assert.doesNotMatch(r.stdout, /name is not set/, `${key}: ${r.stdout}${r.stderr}`);
    assert.equal(r.code, 0, `${key}: ${r.stdout}${r.stderr}`);
  }
});
