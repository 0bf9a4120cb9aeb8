/**
 * What Patroni does with a value of the wrong form, per config path: the second half of a
 * schema message. Read from Patroni's source (3.0.2, 3.3.11, 4.0.10 and 4.1.4 agree on each
 * entry unless it says otherwise). A path without an entry gets no claim: the message then
 * says what is expected and what was found, and nothing it cannot back.
 */
import type { PyValue } from '../py/value.js';

type Effect = (value: PyValue | undefined) => string;

const hasColon = (v: PyValue | undefined): boolean => v?.kind === 'str' && v.value.includes(':');

/** utils.split_host_port: rsplit(':', 1), then int() of the port part (or of the default port when there is no colon). */
const EFFECTS: readonly [pattern: string, effect: Effect][] = [
  // api.RestApiServer.__initialize: split_host_port(listen, None) raises, and Patroni stops.
  ['restapi.listen', () => 'Patroni cannot split it into host and port and stops at start-up'],
  // api.RestApiServer.reload_config: uri(protocol, connect_address or listen) is published as the member's api_url.
  ['restapi.connect_address', () => 'Patroni publishes it as this member\'s REST API address, which other members and patronictl then cannot reach'],
  // postgresql.config: split_host_port(listen, 5432); without a colon the whole text becomes listen_addresses.
  [
    'postgresql.listen',
    (v) => (hasColon(v) ? 'Patroni cannot read the port and stops at start-up' : 'Patroni passes the whole text to PostgreSQL as listen_addresses (port 5432), and PostgreSQL cannot listen on it'),
  ],
  // postgresql.Postgresql.connection_string: connect_address is the netloc of the conn_url in the DCS.
  ['postgresql.connect_address', () => 'Patroni publishes it as this member\'s PostgreSQL address, which replicas and clients then cannot connect to'],
  ['postgresql.proxy_address', () => 'Patroni publishes it as this member\'s proxy address, which clients then cannot connect to'],
  // dcs/etcd.py and etcd3: split_host_port(host, 2379) raises on a port that is not a number.
  ['etcd.host', (v) => (hasColon(v) ? 'Patroni cannot read the port and stops at start-up' : '')],
  ['etcd3.host', (v) => (hasColon(v) ? 'Patroni cannot read the port and stops at start-up' : '')],
  // postgresql.bootstrap: 3.0.2 calls .encode() on the password for initdb's --pwfile (a number
  // raises); 3.3.11 to 4.1.4 write it only when it is a str, so initdb runs without one.
  ['postgresql.authentication.superuser.password', () => 'Patroni 3.0 fails the bootstrap on it, and 3.3 and later run initdb without a superuser password; quote it'],
  ['postgresql.authentication.*.password', () => 'Patroni needs a string (it goes into connection strings and role SQL); quote it'],
  // tags.Tags: nofailover, nosync, noloadbalance, clonefrom are tested with bool(value).
  ...['nofailover', 'nosync', 'noloadbalance', 'clonefrom'].map((t): [string, Effect] => [`tags.${t}`, (v) => (v?.kind === 'str' && v.value !== '' ? `Patroni tests only whether the value is set: a non-empty string counts as true, so ${t} is on` : '')]),
  // tags.Tags._priority_tag: parse_int of an unreadable priority gives None, and the default 1 is used.
  ['tags.failover_priority', () => 'Patroni cannot read it as a number and uses the default priority 1'],
  ['tags.sync_priority', () => 'Patroni cannot read it as a number and uses the default priority 1'],
  // config.Config._safe_copy_dynamic_configuration: int() of ttl, loop_wait and retry_timeout.
  ...['ttl', 'loop_wait', 'retry_timeout'].map((k): [string, Effect] => [`bootstrap.dcs.${k}`, () => 'Python\'s int() refuses it, so Patroni drops the whole dynamic configuration (bootstrap.dcs) and runs with its defaults'],),
  // postgresql.bootstrap.create_replica: `for method in create_replica_methods` walks a mapping's keys.
  ['postgresql.create_replica_methods', (v) => (v?.kind === 'dict' ? 'Patroni runs the methods its keys name, in order, and ignores what is under them (a method\'s options belong in postgresql.<method>)' : '')],
  // dcs/etcd.py: the protocol is the scheme of every URL the client connects to.
  ['etcd.protocol', (v) => (v?.kind === 'str' && v.value.startsWith('etcd3') ? 'Patroni makes it the scheme of the etcd URLs and cannot connect (to use the v3 API, name the section etcd3)' : 'Patroni makes it the scheme of the etcd URLs and cannot connect')],
  ['etcd3.protocol', () => 'Patroni makes it the scheme of the etcd URLs and cannot connect'],
  // global_config.GlobalConfig.get_int (3.3.11 to 4.1.4): parse_int of an unreadable value gives the default.
  ['bootstrap.dcs.maximum_lag_on_failover', () => 'Patroni 3.3 and later cannot read it as a number and use the default 1048576 (1 MB)'],
];

function matches(pattern: string, path: readonly (string | number)[]): boolean {
  const parts = pattern.split('.');
  return parts.length === path.length && parts.every((p, i) => p === '*' || p === String(path[i]));
}

/**
 * Wrong values that change nothing: Patroni reads them as the author meant, only
 * `patroni --validate-config` refuses them (a warning, not an error).
 */
const HARMLESS: readonly [pattern: string, test: (v: PyValue | undefined) => boolean, effect: string][] = [
  // config.Config._safe_copy_dynamic_configuration: `(value or {}).items()`, so false is no standby cluster.
  ['bootstrap.dcs.standby_cluster', (v) => v?.kind === 'bool' && !v.value, 'Patroni reads false as no standby cluster, as meant; only patroni --validate-config refuses it (remove the key)'],
];

/** The effect of a wrong value Patroni reads as meant, when it is one. */
export function harmlessEffect(path: readonly (string | number)[], value: PyValue | undefined): string | undefined {
  return HARMLESS.find(([pattern, test]) => matches(pattern, path) && test(value))?.[2];
}

/** What Patroni does with this wrong value, or '' when the project has not read it in Patroni's code. */
export function invalidValueEffect(path: readonly (string | number)[], value: PyValue | undefined): string {
  const hit = EFFECTS.find(([pattern]) => matches(pattern, path));
  return hit ? hit[1](value) : '';
}
