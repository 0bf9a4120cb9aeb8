import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { InputError, loadConfigText, planLoaded, renderPlanJson, renderPlanText, UsageError } from '../../src/index.js';
import { normaliseUserOptions, type OptionContext } from '../../src/normalise/user-options.js';
import { resolvePatroniVersion } from '../../src/facts/patroni-versions.js';
import { ROOT, SHARED } from '../helpers.js';
import { fuzzParameters } from './settings.js';

const work = mkdtempSync(join(tmpdir(), 'patroni-plan-determinism-'));
after(() => rmSync(work, { recursive: true, force: true }));

const PROFILES = ['3.0', '3.3', '4.0', '4.1'];
const CLONE = 'postgres://10.0.0.12:5432/postgres';
const corpus = readdirSync(`${SHARED}corpus/real/`).filter((f) => /\.ya?ml$/.test(f)).sort();

function bothRenderings(text: string, patroniVersion: string, cloneFrom?: string): string | null {
  const loaded = loadConfigText('c.yml', text);
  try {
    const plan = planLoaded(loaded, { patroniVersion, ...(cloneFrom && { cloneFrom }) });
    return renderPlanText(plan) + renderPlanJson(plan);
  } catch (err) {
    // A config that cannot be planned is an answer too; anything else is a bug.
    if (err instanceof InputError || err instanceof UsageError) return null;
    throw err;
  }
}

test('the same config planned twice gives byte-identical text and JSON, for every Patroni profile', () => {
  fc.assert(
    fc.property(fc.constantFrom(...corpus), fc.constantFrom(...PROFILES), fc.boolean(), (name, version, clone) => {
      const text = readFileSync(`${SHARED}corpus/real/${name}`, 'utf8');
      const cloneFrom = clone ? CLONE : undefined;
      assert.equal(bothRenderings(text, version, cloneFrom), bothRenderings(text, version, cloneFrom));
    }),
    fuzzParameters(),
  );
});

/** Option names that take a value and that no Patroni release refuses, with values shlex leaves as they are. */
const OPTION = {
  basebackup: fc.constantFrom('checkpoint', 'max-rate', 'label', 'waldir', 'target', 'manifest-checksums'),
  initdb: fc.constantFrom('encoding', 'locale', 'lc-collate', 'lc-ctype', 'auth-local', 'auth-host', 'username', 'wal-segsize'),
};
const plainValue = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:/-]{0,10}$/);
const optionMap = (tool: keyof typeof OPTION) => fc.dictionary(OPTION[tool], plainValue, { minKeys: 1, maxKeys: 4 });

const example = parse(readFileSync(`${ROOT}examples/barman-and-pgbackrest.yml`, 'utf8')) as Record<string, Record<string, unknown>>;

/** Written as YAML 1.1, so a string stays a string for PyYAML (`1:0` would be the int 60). */
function configWith(initdb: unknown, basebackup: unknown): string {
  return stringify({ ...example, bootstrap: { ...example.bootstrap, initdb }, postgresql: { ...example.postgresql, basebackup } }, { lineWidth: 0, version: '1.1' });
}

test('the map and the list forms of the same initdb and basebackup options give the same plan', () => {
  fc.assert(
    fc.property(optionMap('initdb'), optionMap('basebackup'), fc.constantFrom(...PROFILES), (initdb, basebackup, version) => {
      const asList = (m: Record<string, string>): Record<string, string>[] => Object.entries(m).map(([k, v]) => ({ [k]: v }));
      const fromMaps = bothRenderings(configWith(initdb, basebackup), version, CLONE);
      const fromLists = bothRenderings(configWith(asList(initdb), asList(basebackup)), version, CLONE);
      assert.ok(fromMaps !== null);
      assert.equal(fromLists, fromMaps);
    }),
    fuzzParameters(),
  );
});

test('normalising options already normalised changes nothing', () => {
  const arbitraryOptions = fc.oneof(optionMap('initdb').map((m) => ({ tool: 'initdb' as const, m })), optionMap('basebackup').map((m) => ({ tool: 'basebackup' as const, m })));
  fc.assert(
    fc.property(arbitraryOptions, fc.constantFrom(...PROFILES), ({ tool, m }, version) => {
      const ctx: OptionContext = { tool, patroni: resolvePatroniVersion(version)!.version, pgMajor: 16 };
      const once = normaliseUserOptions(loadConfigText('o.yml', stringify({ o: m }, { version: '1.1' })).root!.entries[0]!.value, ctx).options.map((o) => o.arg);
      const back = once.map((arg) => (arg.includes('=') ? { [arg.slice(2, arg.indexOf('='))]: arg.slice(arg.indexOf('=') + 1) } : arg.slice(2)));
      const twice = normaliseUserOptions(loadConfigText('o.yml', stringify({ o: back }, { version: '1.1' })).root!.entries[0]!.value, ctx).options.map((o) => o.arg);
      assert.deepEqual(twice, once);
    }),
    fuzzParameters(),
  );
});

test('the plan does not depend on the time zone, the locale, the working directory or unrelated environment variables', () => {
  const config = join(work, 'config.yml');
  writeFileSync(config, readFileSync(`${ROOT}examples/barman-and-pgbackrest.yml`));
  const run = (env: Record<string, string>, cwd: string): string => {
    const r = spawnSync(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, 'plan', '--format', 'json', '--clone-from', CLONE, config], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  };
  const reference = run({ TZ: 'UTC', LANG: 'C' }, ROOT);
  assert.equal(run({ TZ: 'Pacific/Chatham', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8', HOME: work, PGHOST: 'elsewhere', PGPASSWORD: 'x', USER: 'someone' }, work), reference);
  assert.equal(run({ TZ: 'America/St_Johns', LANG: 'ja_JP.eucJP', NO_COLOR: '1', FORCE_COLOR: '3' }, tmpdir()), reference);
});
