/**
 * What to tell the author of a key Patroni ignores: where the key is valid instead, that it
 * is a PostgreSQL setting that belongs under `parameters`, or the known key it is a typo of.
 */
import { recoverySettingHistory } from '../facts/pg-options.js';
import { pgSettingNamed } from '../facts/pg-setting-lookup.js';
import { PATRONI_WRITTEN_RECOVERY } from '../facts/patroni-recovery.js';
import type { PyValue } from '../py/value.js';
import { acceptedTypes, closest, jsonType, namedKeys, pathsOfKey, schemaAt } from './schema-index.js';

const POSTGRESQL_SECTIONS = ['postgresql', 'bootstrap.dcs.postgresql'];
const settingName = (key: string): string | undefined => pgSettingNamed(key)?.[0];

/** Names that mean something different in every section they appear in. */
const GENERIC = new Set(['username', 'password', 'host', 'hosts', 'port', 'url', 'protocol', 'cacert', 'cert', 'key', 'certfile', 'keyfile', 'keyfile_password', 'verify', 'database', 'type', 'mode', 'dir', 'labels', 'token', 'namespace', 'insecure']);

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
function elsewhere(parent: readonly string[], key: string, value: PyValue | undefined): string | undefined {
  const here = [...parent, key].join('.');
  const all = pathsOfKey(key).filter((p) => p !== here);
  const paths = all.filter((p) => fits(p, value));
  const score = (p: string): number => commonPrefix(parent, p.split('.')) * 10 - p.split('.').length;
  const best = [...paths].sort((a, b) => score(b) - score(a))[0];
  if (best === undefined) return undefined;
  return commonPrefix(parent, best.split('.')) > 0 || !GENERIC.has(key) ? best : undefined;
}

/** A clause to append to "unknown key 'x' in y: Patroni ignores it", or '' when nothing useful is known. */
export function keySuggestion(parent: readonly string[], key: string, value?: PyValue): string {
  const section = parent.join('.');
  if (POSTGRESQL_SECTIONS.includes(section)) {
    if (PATRONI_WRITTEN_RECOVERY.includes(key)) return `; ${key} is a recovery setting Patroni writes itself`;
    const guc = settingName(key);
    if (guc) return `; ${guc} is a PostgreSQL setting: it belongs in ${section}.parameters`;
    if (recoverySettingHistory(key)) return `; ${key} is a recovery setting: it belongs in postgresql.recovery_conf`;
  }
  const other = elsewhere(parent, key, value);
  if (other) return `; it belongs at ${other}`;
  const typo = closest(key, namedKeys(schemaAt(parent)));
  return typo ? `; did you mean '${typo}'?` : '';
}
