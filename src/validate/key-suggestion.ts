/**
 * What to tell the author of a key Patroni ignores: where the key is valid instead, that it
 * is a PostgreSQL setting that belongs under `parameters`, or the known key it is a typo of.
 */
import { recoverySettingHistory } from '../facts/pg-options.js';
import { pgSettingNamed } from '../facts/pg-setting-lookup.js';
import { PATRONI_WRITTEN_RECOVERY } from '../facts/patroni-recovery.js';
import type { PyValue } from '../py/value.js';
import { acceptedTypes, annotations, closest, jsonType, namedKeys, pathsOfKey, schemaAt } from './schema-index.js';

const POSTGRESQL_SECTIONS = ['postgresql', 'bootstrap.dcs.postgresql'];

/**
 * PostgreSQL settings Patroni always sets itself, whatever parameters say (config.py, 3.0.2 to
 * 4.1.4): a suggestion to move them into parameters would send the author to a value that is
 * overwritten. The text names where Patroni takes the value from.
 */
// Maps, not object literals: a key is the config's own text, and `valueOf` or `constructor` must not find a function.
const PATRONI_OWN_SETTINGS: ReadonlyMap<string, string> = new Map([
  ['listen_addresses', 'Patroni sets listen_addresses itself, from postgresql.listen'],
  ['port', 'Patroni sets port itself, from postgresql.listen'],
  ['cluster_name', 'Patroni sets cluster_name itself, from scope'],
  ['hot_standby', 'Patroni sets hot_standby on itself'],
]);

/** Names authors give Patroni's own keys, which resemble a PostgreSQL setting more than the key (log_level is not wal_level). */
export const PATRONI_KEY_LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['log_level', 'log.level'],
  ['loglevel', 'log.level'],
  ['log_dir', 'log.dir'],
  ['log_format', 'log.format'],
]);
const settingName = (key: string): string | undefined => pgSettingNamed(key)?.[0];

/** Names that mean something different in every section they appear in (listen: the REST API's, PostgreSQL's, raft's). */
const GENERIC = new Set(['listen', 'connect_address', 'username', 'password', 'host', 'hosts', 'port', 'url', 'protocol', 'cacert', 'cert', 'key', 'certfile', 'keyfile', 'keyfile_password', 'verify', 'database', 'type', 'mode', 'dir', 'labels', 'token', 'namespace', 'insecure']);

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function fits(path: string, value: PyValue | undefined): boolean {
  if (!value) return true;
  const schema = schemaAt(path.split('.'));
  const types = schema && acceptedTypes(schema);
  return !types || types.has(jsonType(value));
}

/**
 * The best other place for `key`, preferring places inside the same section and places that
 * take a value of this type. A name valid in many unrelated places (`username`) says too
 * little to point anywhere outside the section.
 */
function elsewhere(parent: readonly string[], key: string, value: PyValue | undefined, isSet?: (path: string) => boolean): string | undefined {
  const here = [...parent, key].join('.');
  const all = pathsOfKey(key).filter((p) => p !== here && !underDeprecated(p) && !overridden(p, here, isSet, value));
  const paths = all.filter((p) => fits(p, value));
  const score = (p: string): number => commonPrefix(parent, p.split('.')) * 10 - p.split('.').length;
  const ranked = [...paths].sort((a, b) => score(b) - score(a));
  const best = ranked[0];
  if (best === undefined) return undefined;
  // Two places equally near (postgresql.authentication.superuser.password and ...replication.password): a guess.
  if (ranked.length > 1 && score(ranked[1]!) === score(best)) return undefined;
  return commonPrefix(parent, best.split('.')) > 0 || !GENERIC.has(key) ? best : undefined;
}

/** A deprecated place, or one inside an old layout (postgresql.pg_rewind, the pre-authentication one): never where to move a key. */
function underDeprecated(path: string): boolean {
  const parts = path.split('.');
  return parts.some((_, i) => annotations(schemaAt(parts.slice(0, i + 1))).deprecated !== undefined);
}

/**
 * bootstrap.dcs.postgresql.<key> does nothing while the local postgresql.<key> is set: the local
 * value wins (config.py merges the local section over the dynamic one), so that is no place to move
 * to; nor is a place that already holds a value, unless both are sections that can be merged.
 */
function overridden(path: string, here: string, isSet: ((path: string) => boolean) | undefined, value: PyValue | undefined): boolean {
  if (!isSet) return false;
  if (value?.kind !== 'dict' && isSet(path)) return true;
  const dynamic = 'bootstrap.dcs.postgresql.';
  const local = `postgresql.${path.slice(dynamic.length)}`;
  return path.startsWith(dynamic) && local !== here && isSet(local);
}

/** A clause to append to "unknown key 'x' in y: Patroni ignores it", or '' when nothing useful is known. */
export function keySuggestion(parent: readonly string[], key: string, value?: PyValue, isSet?: (path: string) => boolean): string {
  const section = parent.join('.');
  const lookalike = PATRONI_KEY_LOOKALIKES.get(key);
  if (lookalike && !isSet?.(lookalike)) return `; it belongs at ${lookalike}`;
  if (POSTGRESQL_SECTIONS.includes(section)) {
    if (PATRONI_WRITTEN_RECOVERY.includes(key)) return `; ${key} is a recovery setting Patroni writes itself`;
    const own = PATRONI_OWN_SETTINGS.get(key);
    if (own) return `; ${own}`;
    const guc = settingName(key);
    if (guc) return `; ${guc} is a PostgreSQL setting: it belongs in ${section}.parameters`;
    if (recoverySettingHistory(key)) return `; ${key} is a recovery setting: it belongs in postgresql.recovery_conf`;
  }
  const other = elsewhere(parent, key, value, isSet);
  if (other) return `; it belongs at ${other}`;
  const typo = closest(key, namedKeys(schemaAt(parent)));
  return typo ? `; did you mean '${typo}'?` : '';
}
