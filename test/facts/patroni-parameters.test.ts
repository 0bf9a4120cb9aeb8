import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  cmdlineOption,
  isRecoverySetting,
  knowsServerSetting,
  parameterTableIndex,
  serverRule,
} from '../../src/facts/server-parameter-rules.js';
import { parsePatroniVersion } from '../../src/facts/patroni-versions.js';
import { parsePgInt, parsePgReal } from '../../src/py/pg-values.js';
import { ROOT } from '../helpers.js';

test('the generated Patroni parameter table is current with its extracted sources', async () => {
  const { generate } = (await import(`${ROOT}scripts/gen-patroni-parameters.mjs`)) as { generate: () => string };
  assert.ok(readFileSync(`${ROOT}src/generated/patroni-parameters.ts`, 'utf8') === generate(), 'stale: run node scripts/gen-patroni-parameters.mjs');
});

test('each extracted source names the release it was read from', () => {
  for (const r of ['3.0.2', '3.3.11', '4.0.10', '4.1.4']) {
    const doc = JSON.parse(readFileSync(`${ROOT}src/facts/sources/patroni-parameters-${r}.json`, 'utf8')) as { patroni: string };
    assert.equal(doc.patroni, r);
  }
});

const T = (v: string) => parameterTableIndex(parsePatroniVersion(v)!);

test('release lines map to their tables; 3.0.3 starts the YAML tables', () => {
  assert.deepEqual(['3.0.0', '3.0.2', '3.0.3', '3.3.11', '4.0.0', '4.0.10', '4.1.4'].map(T), [0, 0, 1, 1, 2, 2, 3]);
});

test('removed settings end at the major that removed them, per release', () => {
  assert.ok(serverRule('stats_temp_directory', T('4.1.4'), 140000));
  assert.equal(serverRule('stats_temp_directory', T('4.1.4'), 150000), undefined);
  // old_snapshot_threshold: 3.0.2 predates PostgreSQL 17 and keeps it; 3.3.11+ end it at 17
  assert.ok(serverRule('old_snapshot_threshold', T('3.0.2'), 170000));
  assert.equal(serverRule('old_snapshot_threshold', T('4.1.4'), 170000), undefined);
  assert.equal(knowsServerSetting('shared_bufers', T('4.1.4')), false);
  assert.ok(knowsServerSetting('Shared_Buffers', T('4.1.4')), 'names are case-insensitive');
});

test('rule rows carry type, range and unit', () => {
  const r = serverRule('shared_buffers', T('4.1.4'), 160000)!;
  assert.deepEqual(r.slice(1, 7), ['Integer', 90300, null, 16, 1073741823, '8kB']);
  assert.ok(isRecoverySetting('restore_command', T('3.0.2')));
  assert.equal(isRecoverySetting('work_mem', T('3.0.2')), false);
});

test('cluster-wide options: defaults and checks differ by release (wal_log_hints is forced on in 3.0)', () => {
  assert.equal(cmdlineOption('max_connections', T('4.1.4'))!.default, 100);
  assert.deepEqual(cmdlineOption('wal_log_hints', T('3.0.2'))!.check, { kind: 'never' });
  assert.deepEqual(cmdlineOption('wal_log_hints', T('4.1.4'))!.check, { kind: 'bool' });
  assert.deepEqual(cmdlineOption('wal_keep_size', T('4.1.4'))!.check, { kind: 'int', min: 16, base_unit: 'MB' });
});

test('parse_int / parse_real as Patroni reads values', () => {
  assert.equal(parsePgInt('128MB', '8kB'), 16384);
  assert.equal(parsePgInt('64XB', 'kB'), undefined);
  assert.equal(parsePgInt('lots', '8kB'), undefined);
  assert.equal(parsePgInt(' 0x400 MB ', '16384kB'), 64);
  assert.equal(parsePgInt('1000 ms', 's'), 1);
  assert.equal(parsePgInt('1TB', 'GB'), undefined);
  assert.equal(parsePgInt('4097.5kB', 'kB'), 4098);
  assert.equal(parsePgInt('6GB', '16MB'), 384);
  assert.equal(parsePgInt('-070', null), -56);
  assert.equal(parsePgReal(' +0.0005 ', null), 0.0005);
  assert.equal(parsePgReal('0.00051ms', 'ms'), 0.001);
});
