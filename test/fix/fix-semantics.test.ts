/**
 * What a fix changes, seen two ways on a file with every fixable kind of finding among the
 * styles that must survive (comments, anchors, flow and block collections, folded scalars):
 * the text is the reviewed golden byte for byte, and the configuration as PyYAML reads it
 * (the loader, which matches PyYAML: test/golden) is the original with exactly the intended
 * changes and nothing else.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fix } from '../../src/index.js';
import { loadConfigText } from '../../src/load/load-config.js';
import { toJson } from '../../src/validate/to-json.js';
import { ROOT } from '../helpers.js';

type Obj = Record<string, unknown>;

const read = (text: string): Obj => toJson(loadConfigText('patroni.yml', text).root!) as Obj;
const at = (o: Obj, path: string): Obj => path.split('.').reduce<Obj>((v, k) => v[k] as Obj, o);

/** Renames a key where it stands: the order of the keys is part of what PyYAML gives Patroni. */
function rename(o: Obj, path: string, to: string): void {
  const parts = path.split('.');
  const parent = parts.length > 1 ? at(o, parts.slice(0, -1).join('.')) : o;
  const entries = Object.entries(parent).map(([k, v]) => [k === parts[parts.length - 1] ? to : k, v] as const);
  for (const k of Object.keys(parent)) delete parent[k];
  for (const [k, v] of entries) parent[k] = v;
}

/** Moves a key to the end of another mapping. */
function move(o: Obj, from: string, toParent: string): void {
  const parts = from.split('.');
  const parent = parts.length > 1 ? at(o, parts.slice(0, -1).join('.')) : o;
  const key = parts[parts.length - 1]!;
  const value = parent[key];
  delete parent[key];
  at(o, toParent)[key] = value;
}

test('the fixed file is the golden, byte for byte, and fixing it again changes nothing', () => {
  const text = readFileSync(`${ROOT}fixtures/fix/everything.yml`, 'utf8');
  const golden = readFileSync(`${ROOT}fixtures/fix/everything.fixed.yml`, 'utf8');
  const r = fix(text, { file: 'patroni.yml' });
  assert.equal(r.text, golden);
  assert.deepEqual(r.remaining.filter((d) => d.ruleId !== 'missing-key'), []);
  assert.deepEqual(fix(golden, { file: 'patroni.yml' }).applied, []);
});

test('as PyYAML reads it, the fixed file differs from the original only where the fixes meant it to', () => {
  const text = readFileSync(`${ROOT}fixtures/fix/everything.yml`, 'utf8');
  const expected = read(text);
  rename(expected, 'restapi.lisen', 'listen');
  at(expected, 'restapi.authentication').username = 'yes';
  rename(expected, 'bootstrap.dcs.master_start_timeout', 'primary_start_timeout');
  move(expected, 'bootstrap.dcs.postgresql.max_connections', 'bootstrap.dcs.postgresql.parameters');
  move(expected, 'postgresql.restore', 'bootstrap');
  move(expected, 'bootstrap.pgbackrest', 'postgresql');
  at(expected, 'postgresql.authentication.replication').password = 'off';
  // duplicate-key: work_mem is 8MB twice; PyYAML read it once, in the first place; nothing changes.
  rename(expected, 'postgresql.walg.no_master', 'no_leader');
  at(expected, 'postgresql.walg').no_params = true;
  at(expected, 'postgresql.pgbackrest').no_params = true;
  move(expected, 'postgresql.parameters.max_wal_senders', 'bootstrap.dcs.postgresql.parameters');
  const fixed = read(fix(text, { file: 'patroni.yml' }).text);
  assert.equal(JSON.stringify(fixed, null, 1), JSON.stringify(expected, null, 1));
});
