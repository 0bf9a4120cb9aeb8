import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { cli, ROOT } from '../helpers.js';

const BAD = 'fixtures/lint/pgbackrest-params.yml';

test('text output shows the offending line with a caret under the value, and a count', () => {
  const r = cli(['lint', BAD]);
  assert.equal(r.code, 1);
  const lines = r.stdout.split('\n');
  assert.match(lines[0]!, /^fixtures\/lint\/pgbackrest-params\.yml:24:14: error tool-default-params /);
  assert.equal(lines[1], '24 |     command: /usr/bin/pgbackrest --stanza=orders --delta restore');
  assert.equal(lines[2], `   |              ${'^'.repeat('/usr/bin/pgbackrest --stanza=orders --delta restore'.length)}`);
  assert.equal(lines[3], '1 error');
  assert.ok(!r.stdout.includes('\x1b['), 'no colour when not a terminal');
  assert.ok(cli(['lint', '--color', BAD]).stdout.includes('\x1b[31merror'));
});

test('a long source line is quoted cut around the caret, with an ellipsis at each cut and the caret under the key', () => {
  const dir = mkdtempSync(join(tmpdir(), 'patroni-plan-long-line-'));
  try {
    const keys = Array.from({ length: 300 }, (_, i) => `k${i}: v${i}`).join(', ');
    const file = join(dir, 'long.yml');
    writeFileSync(file, `scope: s\nrestapi: {${keys}, listen: 0.0.0.0:8008, connect_address: 10.0.0.1:8008}\n`);
    const lines = cli(['lint', file]).stdout.split('\n');
    for (const [key, head, tail] of [['k150', true, true], ['k0', false, true], ['k299', true, false]] as const) {
      const at = lines.findIndex((l) => l.endsWith(`unknown key '${key}' in restapi: Patroni ignores it`));
      assert.ok(at >= 0, key);
      const quoted = lines[at + 1]!.replace(/^2 \| /, '');
      const caret = lines[at + 2]!.replace(/^ {2}\| /, '');
      assert.ok(quoted.length <= 122, `${key}: ${quoted.length} characters quoted`);
      assert.equal(quoted.startsWith('\u2026'), head, `${key}: ${quoted}`);
      assert.equal(quoted.endsWith('\u2026'), tail, `${key}: ${quoted}`);
      assert.equal(caret.trimStart(), '^'.repeat(key.length), key);
      assert.equal(quoted.slice(caret.indexOf('^'), caret.indexOf('^') + key.length + 1), `${key}:`, `${key}: the caret is not under the key`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a clean configuration prints nothing and exits 0', () => {
  const r = cli(['lint', 'fixtures/lint/complete.yml']);
  assert.deepEqual([r.code, r.stdout, r.stderr], [0, '', '']);
});

test('github format: one workflow command per finding, with the rule as title', () => {
  const r = cli(['lint', '--format', 'github', BAD]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^::error file=fixtures\/lint\/pgbackrest-params\.yml,line=24,col=14,endLine=24,endColumn=65,title=patroni-plan tool-default-params::replica method 'pgbackrest' runs pgBackRest without no_params: .*\n$/);
});

test('json format: the diagnostics with their positions', () => {
  const list = JSON.parse(cli(['lint', '--format', 'json', BAD]).stdout) as { ruleId: string; line: number; col: number; endCol: number }[];
  assert.deepEqual(list.map((d) => [d.ruleId, d.line, d.col, d.endCol]), [['tool-default-params', 24, 14, 65]]);
});

test('sarif format validates against the SARIF 2.1.0 schema and names every rule', () => {
  const r = cli(['lint', '--format', 'sarif', BAD, 'fixtures/broken/yaml-syntax.yml', 'fixtures/lint/env-overrides.yml', '--patroni-env', 'fixtures/lint/env-overrides.env']);
  const log = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
  const ajv = new AjvDraft04.default({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}test/data/sarif-schema-2.1.0.json`, 'utf8')) as object);
  assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  const run = log.runs[0]!;
  const ids = run.tool.driver.rules.map((x) => x.id);
  assert.ok(ids.includes('tool-default-params') && ids.includes('yaml-syntax') && ids.includes('unknown-key'));
  for (const res of run.results) assert.equal(ids[res.ruleIndex], res.ruleId);
  assert.deepEqual([...new Set(run.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))].sort(), ['fixtures/broken/yaml-syntax.yml', 'fixtures/lint/env-overrides.env', 'fixtures/lint/pgbackrest-params.yml']);
});

test('--strict fails on warnings; --severity and --ignore change what counts', () => {
  const warnOnly = 'fixtures/lint/env-overrides.yml';
  const env = ['--patroni-env', 'fixtures/lint/env-overrides.env'];
  assert.equal(cli(['lint', warnOnly, ...env]).code, 0);
  assert.equal(cli(['lint', '--strict', warnOnly, ...env]).code, 1);
  assert.equal(cli(['lint', '--strict', '--ignore', 'connect-address,unknown-env', warnOnly, ...env]).code, 0);
  assert.equal(cli(['lint', '--severity', 'connect-address=error', warnOnly, ...env]).code, 1);
  assert.equal(cli(['lint', '--severity', 'tool-default-params=off', BAD]).code, 0);
  assert.equal(cli(['lint', '--select', 'unknown-key,schema', BAD]).code, 0);
  const typo = cli(['lint', '--ignore', 'tool-default-param', BAD]);
  assert.equal(typo.code, 2);
  assert.match(typo.stderr, /'tool-default-param' is not a rule id/);
});

test('--patroni-env: overrides apply as Patroni applies them, and findings point at the variable', () => {
  const r = cli(['lint', '--format', 'json', 'fixtures/lint/env-overrides.yml', '--patroni-env', 'fixtures/lint/env-overrides.env']);
  const list = JSON.parse(r.stdout) as { ruleId: string; file: string; line: number; envVar?: string }[];
  // name, both connect addresses and the replication password come from the file: nothing is missing.
  assert.deepEqual(list.map((d) => [d.ruleId, d.file, d.line, d.envVar]), [
    ['connect-address', 'fixtures/lint/env-overrides.env', 4, 'PATRONI_POSTGRESQL_CONNECT_ADDRESS'],
    ['unknown-env', 'fixtures/lint/env-overrides.env', 6, undefined],
  ]);
  const text = cli(['lint', 'fixtures/lint/env-overrides.yml', '--patroni-env', 'fixtures/lint/env-overrides.env']).stdout;
  assert.match(text, /\(from the environment: PATRONI_POSTGRESQL_CONNECT_ADDRESS\)\n4 \| PATRONI_POSTGRESQL_CONNECT_ADDRESS=localhost:5432\n/);
  const without = JSON.parse(cli(['lint', '--format', 'json', 'fixtures/lint/env-overrides.yml']).stdout) as { ruleId: string }[];
  assert.ok(without.filter((d) => d.ruleId === 'missing-key').length >= 3);
});

test('inline suppressions silence one line, the next line or the whole file, and a wrong id is reported', () => {
  const base = readFileSync(`${ROOT}${BAD}`, 'utf8');
  const line = base.replace('--delta restore', '--delta restore  # patroni-plan-disable-line tool-default-params');
  assert.equal(cli(['lint', '-'], line).code, 0);
  const next = base.replace('  pgbackrest:\n    command', '  pgbackrest:\n    # patroni-plan-disable-next-line\n    command');
  assert.equal(cli(['lint', '-'], next).code, 0);
  const file = `# patroni-plan-disable-file tool-default-params\n${base}`;
  assert.equal(cli(['lint', '-'], file).code, 0);
  const wrong = cli(['lint', '-'], `# patroni-plan-disable-file tool-default-parms\n${base}`);
  assert.equal(wrong.code, 1);
  assert.match(wrong.stdout, /<stdin>:1:1: warning suppression patroni-plan-disable-file names 'tool-default-parms', which is not a rule id/);
});

test('the project config file sets defaults that command-line options override', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-project-'));
  try {
    writeFileSync(join(dir, '.patroni-plan.yml'), 'patroni-version: "3.3"\nstrict: true\nformat: json\nrules:\n  tool-default-params: warning\n');
    writeFileSync(join(dir, 'node.yml'), readFileSync(`${ROOT}${BAD}`, 'utf8'));
    const run = (args: string[]) => cli(['lint', ...args], undefined, join(dir));
    const strict = run(['node.yml']);
    assert.equal(strict.code, 1, strict.stderr);
    assert.equal((JSON.parse(strict.stdout) as { severity: string }[])[0]!.severity, 'warning');
    assert.equal(run(['--no-config', 'node.yml']).stdout.split('\n')[0]!.includes('error tool-default-params'), true);
    writeFileSync(join(dir, '.patroni-plan.yml'), 'stritc: true\n');
    const bad = run(['node.yml']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /unknown setting 'stritc'/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('rules lists every check with its default severity', () => {
  const r = cli(['rules']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /^tool-default-params +error +/m);
  assert.match(r.stdout, /^unknown-key +warning +/m);
});

test("README's first example is what lint prints", () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const block = /```console\n\$ patroni-plan (lint [^\n]*)\n([\s\S]*?)```/.exec(readme)!;
  assert.ok(block, 'a console block running lint');
  const r = cli(block[1]!.split(' '));
  assert.equal(r.stdout, block[2]);
  // The first screen shows plan against plan --cluster (issue 23); "What it tells you" starts with lint.
  const section = readme.indexOf('## What it tells you');
  assert.ok(section > 0 && readme.indexOf(block[0]) > section && readme.indexOf(block[0]) < readme.indexOf('```console\n$ patroni-plan plan', section), 'the lint example comes first in What it tells you');
});
