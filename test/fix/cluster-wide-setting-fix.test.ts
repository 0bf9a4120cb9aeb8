/**
 * The cluster-wide-setting fix: a setting Patroni takes only from the dynamic configuration moves from the local
 * postgresql.parameters to bootstrap.dcs.postgresql.parameters. Each fixed case is checked four ways: the text
 * byte for byte, fixing again changes nothing, the configuration as PyYAML reads it differs by the moved key only
 * (and an emptied postgresql.parameters, which Patroni reads as no parameters), and PostgreSQL then starts with
 * the value written. Each refusal keeps its finding and its text.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintLoaded, planLoaded, resolveVersions, type Versions } from '../../src/api.js';
import { fix } from '../../src/index.js';
import { loadConfigText } from '../../src/load/load-config.js';
import { effectiveConfig } from '../../src/normalise/effective-config.js';
import { dynamicValueReachesServer } from '../../src/plan/server-parameters.js';
import type { PyValue } from '../../src/py/value.js';
import type { Plan } from '../../src/plan/plan-types.js';
import { toJson } from '../../src/validate/to-json.js';

type Obj = Record<string, unknown>;

const FILE = 'patroni.yml';
const read = (text: string): Obj => toJson(loadConfigText(FILE, text).root!) as Obj;
const at = (o: Obj, path: string[]): Obj => path.reduce<Obj>((v, k) => ((v[k] ??= {}) as Obj), o);

/** The parameters PostgreSQL starts with after initdb (the plan's first start). */
function startsWith(text: string, versions: Versions): { conf: Record<string, string>; command_line: string[] } {
  const plan: Plan = planLoaded(loadConfigText(FILE, text), versions);
  const start = plan.bootstrap.steps.find((s) => s.action === 'start_postgres');
  return start!.server_parameters!;
}

const clusterWide = (text: string, versions: Versions) => lintLoaded(loadConfigText(FILE, text), resolveVersions(versions)).filter((d) => d.ruleId === 'cluster-wide-setting');

interface Moved {
  /** the names moved, as written */
  names: string[];
  /** what PostgreSQL must start with: a command-line option (`--max_connections=500`) or `name=value` of postgresql.conf */
  starts: string[];
  /** postgresql.parameters is removed with its last setting */
  emptied?: boolean;
}

function assertMoved(before: string, after: string, m: Moved, versions: Versions = {}): void {
  const once = fix(before, { file: FILE, ...versions });
  assert.equal(once.text, after);
  assert.deepEqual(once.applied.map((a) => a.ruleId), m.names.map(() => 'cluster-wide-setting'));
  for (const a of once.applied) assert.match(a.description, /^moved postgresql\.parameters\.\w+ to bootstrap\.dcs\.postgresql\.parameters, which applies when the cluster is initialized \(on a running cluster set it with patronictl edit-config\)$/);
  assert.deepEqual(clusterWide(once.text, versions), []);
  const twice = fix(once.text, { file: FILE, ...versions });
  assert.equal(twice.text, once.text);
  assert.deepEqual(twice.applied, []);
  // as PyYAML reads it: the moved keys, with their values, at the end of bootstrap.dcs.postgresql.parameters
  const expected = read(before);
  const local = at(expected, ['postgresql', 'parameters']);
  for (const name of m.names) {
    const value = local[name];
    delete local[name];
    at(expected, ['bootstrap', 'dcs', 'postgresql', 'parameters'])[name] = value;
  }
  if (m.emptied) delete at(expected, ['postgresql']).parameters;
  assert.equal(JSON.stringify(read(once.text), null, 1), JSON.stringify(expected, null, 1));
  // and PostgreSQL starts with the values written, which it did not before
  const was = startsWith(before, versions);
  const now = startsWith(once.text, versions);
  const has = (sp: typeof now, s: string): boolean => (s.startsWith('--') ? sp.command_line.includes(s) : sp.conf[s.slice(0, s.indexOf('='))] === s.slice(s.indexOf('=') + 1));
  for (const s of m.starts) {
    assert.ok(has(now, s), `${s} in ${JSON.stringify(now)}`);
    assert.ok(!has(was, s), `${s} only after the fix`);
  }
}

test('into an existing bootstrap.dcs.postgresql.parameters, with the comment on its line; the rest stays byte for byte', () => {
  const before = [
    '# orders cluster',
    'scope: orders',
    'name: pg-1',
    'bootstrap:',
    '  dcs:',
    '    ttl: 30',
    '    postgresql:',
    '      parameters:',
    '        max_locks_per_transaction: 128   # many partitions',
    '',
    '  initdb: [data-checksums]',
    'postgresql:',
    '  listen: 0.0.0.0:5432',
    '  data_dir: /var/lib/postgresql/17/main',
    '  parameters:',
    '    work_mem: 8MB',
    '    max_connections: 500   # sized for the application',
    '    shared_buffers: 1GB',
    '',
  ].join('\n');
  const after = [
    '# orders cluster',
    'scope: orders',
    'name: pg-1',
    'bootstrap:',
    '  dcs:',
    '    ttl: 30',
    '    postgresql:',
    '      parameters:',
    '        max_locks_per_transaction: 128   # many partitions',
    '        max_connections: 500   # sized for the application',
    '',
    '  initdb: [data-checksums]',
    'postgresql:',
    '  listen: 0.0.0.0:5432',
    '  data_dir: /var/lib/postgresql/17/main',
    '  parameters:',
    '    work_mem: 8MB',
    '    shared_buffers: 1GB',
    '',
  ].join('\n');
  assertMoved(before, after, { names: ['max_connections'], starts: ['--max_connections=500'] });
});

test('parameters is created under bootstrap.dcs.postgresql, and the emptied local parameters goes', () => {
  const before = 'scope: s\nname: n\nbootstrap:\n  dcs:\n    postgresql:\n      use_pg_rewind: true\npostgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /d\n  parameters:\n    max_wal_senders: 20\n';
  const after = 'scope: s\nname: n\nbootstrap:\n  dcs:\n    postgresql:\n      use_pg_rewind: true\n      parameters:\n        max_wal_senders: 20\npostgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /d\n';
  assertMoved(before, after, { names: ['max_wal_senders'], starts: ['--max_wal_senders=20'], emptied: true });
});

test('postgresql.parameters is created under bootstrap.dcs, several settings one after the other', () => {
  const before = 'scope: s\nname: n\npostgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /d\n  parameters:\n    max_connections: 300\n    work_mem: 4MB\n    max_replication_slots: 20\nbootstrap:\n  dcs:\n    ttl: 30\n';
  const after = 'scope: s\nname: n\npostgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /d\n  parameters:\n    work_mem: 4MB\nbootstrap:\n  dcs:\n    ttl: 30\n    postgresql:\n      parameters:\n        max_connections: 300\n        max_replication_slots: 20\n';
  assertMoved(before, after, { names: ['max_connections', 'max_replication_slots'], starts: ['--max_connections=300', '--max_replication_slots=20'] });
});

test('the whole dcs chain is created under bootstrap with the indentation the file uses there', () => {
  const before = 'scope: s\nname: n\nbootstrap:\n    initdb:\n    - data-checksums\npostgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /d\n  parameters:\n    track_commit_timestamp: "on"\n    wal_level: logical\n';
  const after = 'scope: s\nname: n\nbootstrap:\n    initdb:\n    - data-checksums\n    dcs:\n        postgresql:\n            parameters:\n                track_commit_timestamp: "on"\n                wal_level: logical\npostgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /d\n';
  assertMoved(before, after, { names: ['track_commit_timestamp', 'wal_level'], starts: ['--track_commit_timestamp=on', '--wal_level=logical'], emptied: true });
});

test('CRLF line breaks and a file without a final line break; a name in another case; wal_keep_size on 13', () => {
  const before = 'scope: s\r\nname: n\r\npostgresql:\r\n  listen: 0.0.0.0:5432\r\n  data_dir: /d\r\n  parameters:\r\n    Max_Connections: 200\r\n    wal_keep_size: 1GB\r\nbootstrap:\r\n  dcs:\r\n    ttl: 30';
  const after = 'scope: s\r\nname: n\r\npostgresql:\r\n  listen: 0.0.0.0:5432\r\n  data_dir: /d\r\nbootstrap:\r\n  dcs:\r\n    ttl: 30\r\n    postgresql:\r\n      parameters:\r\n        Max_Connections: 200\r\n        wal_keep_size: 1GB\r\n';
  assertMoved(before, after, { names: ['Max_Connections', 'wal_keep_size'], starts: ['--max_connections=200', 'wal_keep_size=1GB'], emptied: true }, { pgVersion: '13' });
});

test('hot_standby and wal_log_hints on are moved where Patroni\'s check takes them (3.3 on), not on 3.0, which never does', () => {
  const before = 'scope: s\nname: n\nbootstrap:\n  dcs:\n    ttl: 30\npostgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /d\n  parameters:\n    work_mem: 4MB\n    wal_log_hints: off\n';
  const after = 'scope: s\nname: n\nbootstrap:\n  dcs:\n    ttl: 30\n    postgresql:\n      parameters:\n        wal_log_hints: off\npostgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /d\n  parameters:\n    work_mem: 4MB\n';
  assertMoved(before, after, { names: ['wal_log_hints'], starts: ['--wal_log_hints=False'] }, { patroniVersion: '4.1' });
  for (const patroniVersion of ['3.0', '3.3']) refused(before, { patroniVersion }); // 3.3 takes only on
  const on = before.replace('wal_log_hints: off', 'hot_standby: "on"');
  assert.deepEqual(fix(on, { file: FILE, patroniVersion: '3.3' }).applied.map((a) => a.ruleId), ['cluster-wide-setting']);
  refused(on, { patroniVersion: '3.0' });
});

/** The finding stays where it was and the text does not change. */
function refused(text: string, versions: Versions = {}): void {
  const findings = clusterWide(text, versions).filter((d) => /is a cluster-wide setting|itself from/.test(d.message));
  assert.ok(findings.length > 0, 'a local finding to fix');
  const r = fix(text, { file: FILE, ...versions });
  assert.equal(r.text, text);
  assert.deepEqual(r.applied, []);
  assert.deepEqual(r.remaining.filter((d) => d.ruleId === 'cluster-wide-setting').map((d) => `${d.line}:${d.col}`), clusterWide(text, versions).map((d) => `${d.line}:${d.col}`));
}

const local = (params: string, rest = 'bootstrap:\n  dcs:\n    ttl: 30\n'): string => `scope: s\nname: n\n${rest}postgresql:\n  listen: 0.0.0.0:5432\n  data_dir: /d\n  parameters:\n${params}`;
const dcs = (params: string): string => `bootstrap:\n  dcs:\n    postgresql:\n      parameters:\n${params}`;

test('not over a value bootstrap.dcs already sets, in any case, nor over the other of wal_keep_segments and wal_keep_size', () => {
  refused(local('    max_connections: 500\n', dcs('        MAX_CONNECTIONS: 300\n')));
  refused(local('    wal_keep_segments: 64\n', dcs('        wal_keep_size: 1GB\n')), { pgVersion: '12' });
  refused(local('    wal_keep_size: 1GB\n', dcs('        wal_keep_segments: 64\n')), { pgVersion: '13' });
});

test('not a name written twice: two cases in the local parameters, or also where nobody reads it', () => {
  refused(local('    max_connections: 500\n    Max_Connections: 600\n'));
  refused(local('    max_connections: 500\n', 'bootstrap:\n  dcs:\n    ttl: 30\n').replace('  data_dir: /d\n', '  data_dir: /d\n  max_connections: 400\n'));
  const r = fix(local('    max_connections: 500\n', 'bootstrap:\n  dcs:\n    postgresql:\n      max_connections: 300\n'), { file: FILE });
  assert.ok(!r.applied.some((a) => a.ruleId === 'cluster-wide-setting'));
  assert.ok(r.remaining.some((d) => d.ruleId === 'cluster-wide-setting' && /the local 500 is ignored and PostgreSQL starts with 300/.test(d.message)));
});

test('not listen_addresses, port, cluster_name: Patroni\'s own', () => {
  refused(local('    port: 5433\n    listen_addresses: "*"\n    cluster_name: other\n'));
});

test('not a value Patroni refuses in bootstrap.dcs too, one the validator clamps, or one the major does not have', () => {
  refused(local('    max_connections: 10\n'));
  refused(local('    hot_standby: off\n'));
  refused(local('    wal_level: minimal\n'));
  refused(local('    max_worker_processes: many\n'));
  refused(local('    max_connections: 999999999\n'));
  refused(local('    wal_keep_segments: 64\n'), { pgVersion: '13' }); // Patroni would convert it to wal_keep_size
  refused(local('    wal_keep_size: 1GB\n'), { pgVersion: '12' });
});

test('not on Patroni 3.0 when another bootstrap.dcs value makes it ignore the whole bootstrap.dcs', () => {
  refused(local('    max_connections: 500\n', dcs('        max_worker_processes: many\n')), { patroniVersion: '3.0' });
});

test('not into a configuration without a bootstrap section, or with an empty one: adding one would make the node initialize clusters', () => {
  refused(local('    max_connections: 500\n', ''));
  refused(local('    max_connections: 500\n', 'bootstrap:\n'));
  refused(local('    max_connections: 500\n', 'bootstrap:\n  dcs:\n'));
});

test('not between flow mappings, an aliased mapping, or when the cut would lose a comment or empty postgresql', () => {
  refused(local('    max_connections: 500\n', 'bootstrap:\n  dcs: {ttl: 30}\n'));
  refused(local('    max_connections: 500\n', 'bootstrap:\n  dcs:\n    postgresql: {parameters: {work_mem: 4MB}}\n'));
  refused('scope: s\nname: n\nbootstrap:\n  dcs:\n    ttl: 30\npostgresql:\n  listen: 0.0.0.0:5432\n  parameters: {max_connections: 500}\n');
  refused('scope: s\nname: n\nx: &p\n  max_connections: 500\nbootstrap:\n  dcs:\n    ttl: 30\npostgresql:\n  listen: 0.0.0.0:5432\n  parameters: *p\n');
  refused(`scope: s\nname: n\n${dcs('        work_mem: 4MB\n').replace('parameters:', 'parameters: &p')}x: *p\npostgresql:\n  listen: 0.0.0.0:5432\n  parameters:\n    max_connections: 500\n`);
  refused(local('    # sized for the application\n    max_connections: 500\n'));
  refused('scope: s\nname: n\nbootstrap:\n  dcs:\n    ttl: 30\npostgresql:\n  parameters:\n    max_connections: 500\n');
});

test('a silenced finding is not fixed', () => {
  const text = local('    max_connections: 500  # patroni-plan-disable-line cluster-wide-setting\n');
  const r = fix(text, { file: FILE });
  assert.equal(r.text, text);
  assert.deepEqual(r.applied, []);
  assert.equal(fix(text.replace('  # patroni-plan-disable-line cluster-wide-setting', ''), { file: FILE, lint: { ignore: ['cluster-wide-setting'] } }).applied.length, 0);
});

test('dynamicValueReachesServer: the check behind the refusals, on its own (lint --fix would also refuse a move that adds a finding)', () => {
  const ctx = (text: string, patroni = '4.1', pgMajor = 17) => {
    const loaded = loadConfigText(FILE, text);
    return { patroni: resolveVersions({ patroniVersion: patroni }).patroni, pgMajor, config: effectiveConfig(loaded.root!) };
  };
  const plain = ctx('bootstrap:\n  dcs:\n    ttl: 30\n');
  const v = (text: string): PyValue => loadConfigText(FILE, `x: ${text}\n`).root!.entries[0]!.value;
  assert.equal(dynamicValueReachesServer(plain, 'max_connections', v('500')), true);
  assert.equal(dynamicValueReachesServer(plain, 'MAX_CONNECTIONS', v("'500'")), true);
  assert.equal(dynamicValueReachesServer(plain, 'max_connections', v('10')), false); // Patroni's minimum is 25
  assert.equal(dynamicValueReachesServer(plain, 'max_connections', v('999999999')), false); // the validator clamps it
  assert.equal(dynamicValueReachesServer(plain, 'wal_level', v('hot_standby')), true); // replica, the same level
  assert.equal(dynamicValueReachesServer(plain, 'wal_level', v('minimal')), false);
  assert.equal(dynamicValueReachesServer(plain, 'port', v('5433')), false);
  assert.equal(dynamicValueReachesServer(plain, 'work_mem', v('4MB')), false); // not a cluster-wide setting
  assert.equal(dynamicValueReachesServer(plain, 'wal_keep_segments', v('64')), false); // 13+: converted to wal_keep_size
  assert.equal(dynamicValueReachesServer(ctx('bootstrap:\n  dcs:\n    ttl: 30\n', '4.1', 12), 'wal_keep_segments', v('64')), true);
  assert.equal(dynamicValueReachesServer(ctx('bootstrap:\n  dcs:\n    ttl: 30\n', '4.1', 12), 'wal_keep_size', v('1GB')), false);
  const raising = 'bootstrap:\n  dcs:\n    postgresql:\n      parameters:\n        max_worker_processes: many\n';
  assert.equal(dynamicValueReachesServer(ctx(raising, '3.0'), 'max_connections', v('500')), false);
  assert.equal(dynamicValueReachesServer(ctx(raising, '4.1'), 'max_connections', v('500')), true);
});

test('with Citus on (a valid citus section), not wal_level, which Citus makes logical, nor max_prepared_transactions, which it may replace', () => {
  const citus = (params: string): string => local(params).replace('scope: s\n', 'scope: s\ncitus:\n  group: 0\n  database: citus\n');
  refused(citus('    wal_level: replica\n'));
  refused(citus('    max_prepared_transactions: 0\n'));
  refused(citus('    max_prepared_transactions: 100\n'));
  // logical is what Citus writes anyway, and max_connections starts as written
  assert.deepEqual(fix(citus('    wal_level: logical\n    max_connections: 300\n'), { file: FILE }).applied.map((a) => a.ruleId), ['cluster-wide-setting', 'cluster-wide-setting']);
  assert.ok(startsWith(fix(citus('    max_connections: 300\n'), { file: FILE }).text, {}).command_line.includes('--max_connections=300'));
});
