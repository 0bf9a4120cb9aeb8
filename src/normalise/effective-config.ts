/**
 * The configuration Patroni's Postgresql object actually sees, built as Patroni's
 * Config._build_effective_configuration does it (3.0–4.1 alike):
 * - the dynamic configuration is `bootstrap.dcs` (what the first node writes to the DCS;
 *   we assume the DCS holds this file's), of which `postgresql.*` is copied except the
 *   node-local keys;
 * - every local `postgresql.*` key then replaces it (parameters merge; use_slots stays global);
 * - authentication entries keep only the libpq keys Patroni allows.
 */
import type { PatroniVersion } from '../facts/patroni-versions.js';
import { dictGet, dictSet, dictWithout } from '../py/dict.js';
import type { PyDict, PyEntry, PyValue } from '../py/value.js';
import { dynamicConfigRejection, type DynamicRejection } from './dynamic-config.js';

/**
 * Keys of `bootstrap.dcs.postgresql` that Patroni never takes from the dynamic configuration
 * (Config._safe_copy_dynamic_configuration drops them, 3.0-4.1).
 */
export const LOCAL_ONLY: readonly string[] = ['connect_address', 'proxy_address', 'listen', 'config_dir', 'data_dir', 'pgpass', 'authentication'];

/** libpq keys Patroni keeps in `postgresql.authentication.*`. */
export const AUTH_ALLOWED = [
  'username',
  'password',
  'sslmode',
  'sslcert',
  'sslkey',
  'sslpassword',
  'sslrootcert',
  'sslcrl',
  'sslcrldir',
  'gssencmode',
  'channel_binding',
  'sslnegotiation',
];

export interface EffectiveConfig {
  root: PyDict;
  /** The effective `postgresql` section. */
  postgresql: PyDict;
  scope: PyValue | undefined;
  name: PyValue | undefined;
  /** The `bootstrap` section as Patroni passes it to Bootstrap.bootstrap(). */
  bootstrap: PyDict;
  /** Why Patroni ignores the whole bootstrap.dcs, when it does (then `bootstrap.dcs` above is empty). */
  dynamicRejected?: DynamicRejection;
}

const empty = (): PyDict => ({ kind: 'dict', entries: [] });

/**
 * With a Patroni version, a bootstrap.dcs that Patroni cannot apply (dynamicConfigRejection) counts as
 * empty: the node runs with the built-in defaults and its local settings only.
 */
export function effectiveConfig(root: PyDict, patroni?: PatroniVersion): EffectiveConfig {
  const rejected = patroni && dynamicConfigRejection(root, patroni);
  const given = asDict(dictGet(root, 'bootstrap'));
  const bootstrap = rejected ? dictSet(given, { kind: 'str', value: 'dcs' }, empty()) : given;
  const dynamicPg = asDict(dictGet(asDict(dictGet(bootstrap, 'dcs')), 'postgresql'));
  let postgresql: PyDict = { kind: 'dict', entries: [{ key: { kind: 'str', value: 'use_slots' }, value: { kind: 'bool', value: true } }] };
  for (const entry of dynamicPg.entries) {
    const key = entry.key.kind === 'str' ? entry.key.value : undefined;
    if (key !== undefined && LOCAL_ONLY.includes(key)) continue;
    postgresql = dictSet(postgresql, entry.key, entry.value);
  }
  for (const entry of asDict(dictGet(root, 'postgresql')).entries) {
    if (entry.key.kind === 'str' && entry.key.value === 'use_slots') continue;
    const dynamicParameters = entry.key.kind === 'str' && entry.key.value === 'parameters' ? dictGet(postgresql, 'parameters') : undefined;
    const value = dynamicParameters?.kind === 'dict' && entry.value.kind === 'dict' ? mergeParameters(dynamicParameters, entry.value) : entry.value;
    postgresql = dictSet(postgresql, entry.key, value);
  }
  postgresql = withAuthentication(postgresql);
  const name = dictGet(root, 'name') ?? dictGet(postgresql, 'name');
  return { root, postgresql, scope: dictGet(root, 'scope'), name, bootstrap, ...(rejected && { dynamicRejected: rejected }) };
}

/**
 * Local parameters update the dynamic ones in Patroni's CaseInsensitiveDict: a name keeps the
 * place it first had and takes the spelling and value of the last writer.
 */
function mergeParameters(dynamic: PyDict, local: PyDict): PyDict {
  const entries = [...dynamic.entries];
  // Where each lower-cased name first is: a search per local name made n parameters cost n^2 steps.
  const firstAt = new Map<string, number>();
  const nameOf = (e: PyEntry): string | undefined => (e.key.kind === 'str' ? e.key.value.toLowerCase() : undefined);
  entries.forEach((e, i) => {
    const name = nameOf(e);
    if (name !== undefined && !firstAt.has(name)) firstAt.set(name, i);
  });
  for (const entry of local.entries) {
    const name = nameOf(entry);
    const at = name === undefined ? undefined : firstAt.get(name);
    if (at !== undefined) entries[at] = entry;
    else {
      if (name !== undefined) firstAt.set(name, entries.length);
      entries.push(entry);
    }
  }
  return { ...local, entries };
}

function asDict(v: PyValue | undefined): PyDict {
  return v?.kind === 'dict' ? v : empty();
}

/** Legacy layouts put replication/superuser directly under postgresql; Patroni moves them. */
function withAuthentication(pg: PyDict): PyDict {
  let auth = dictGet(pg, 'authentication');
  if (auth === undefined) {
    auth = { kind: 'dict', entries: pg.entries.filter((e) => e.key.kind === 'str' && ['replication', 'superuser'].includes(e.key.value)) };
  }
  if (auth.kind !== 'dict') return pg;
  const filtered: PyDict = {
    ...auth,
    entries: auth.entries.map((e) => ({
      key: e.key,
      value: e.value.kind === 'dict' ? { ...e.value, entries: e.value.entries.filter((x) => x.key.kind === 'str' && AUTH_ALLOWED.includes(x.key.value)) } : e.value,
    })),
  };
  return dictSet(dictWithout(pg, 'authentication'), { kind: 'str', value: 'authentication' }, filtered);
}
