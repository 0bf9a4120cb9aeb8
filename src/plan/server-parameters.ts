/**
 * The server parameters PostgreSQL starts with: what Patroni writes into the postgresql.conf it manages and
 * passes on the postgres command line at a start (Config._build_effective_configuration and
 * _process_postgresql_parameters, ConfigHandler.get_server_parameters, effective_configuration,
 * write_postgresql_conf, Postgresql.start), with a note for every setting Patroni drops or overrides.
 * Values are the text Patroni writes: Python's str() of the value (a YAML `on` is the boolean True).
 */
import { pgVersionNum } from '../facts/pg-major.js';
import { pgSettingNamed } from '../facts/pg-setting-lookup.js';
import { cmdlineOption, cmdlineOptions, parameterTableIndex, validatorVersion, type CmdlineOptionFact } from '../facts/server-parameter-rules.js';
import { dynamicConfigRejection, shown } from '../normalise/dynamic-config.js';
import { dictGet, dictPath } from '../py/dict.js';
import { pyInt } from '../py/int.js';
import { parsePgBool, parsePgInt } from '../py/pg-values.js';
import { pyStr } from '../py/str.js';
import { pyTruthy } from '../py/truth.js';
import type { PyValue } from '../py/value.js';
import { isSecretKey } from '../validate/secret-values.js';
import { adjustCitusGucs, citusEnabled } from './citus.js';
import { localHost, splitHostPort } from './local-connection.js';
import { absPath, pathJoin, type PlanContext } from './plan-context.js';
import type { ServerParameters } from './plan-types.js';
import { validateSetting } from './parameter-validation.js';
import { standbyCluster } from './standby-cluster.js';

export interface StartKind {
  /** a custom bootstrap is still running (Patroni keeps its own hba_file) */
  customBootstrap: boolean;
  /** Patroni starts with hot_standby off (a custom bootstrap whose recovery ends in promote) */
  hotStandbyOff: boolean;
}

type Note = ServerParameters['changes'][number];

/** What the computation needs of a plan's context (the lint rules build it from theirs). */
/** `used` collects the placeholders (`${cwd}`) the parameters name, when a plan is being built. */
export type ParameterContext = Pick<PlanContext, 'patroni' | 'pgMajor' | 'config'> & { used?: Set<string> };
type Ctx = ParameterContext;
const pg = (ctx: Ctx, key: string) => dictGet(ctx.config.postgresql, key);
const clusterScope = (ctx: Ctx) => (ctx.config.scope === undefined ? '' : pyStr(ctx.config.scope));

/** A case-insensitive dict keeping the last spelling, as Patroni's CaseInsensitiveDict. */
class Params {
  /** values the config gave for settings Patroni always sets itself (listen_addresses, port, cluster_name) */
  readonly given = new Map<string, string>();
  /** Patroni 3.0 could not apply bootstrap.dcs at all */
  dynamicIgnored = false;
  readonly entries = new Map<string, { name: string; value: PyValue }>();
  get(name: string) {
    return this.entries.get(name.toLowerCase());
  }
  set(name: string, value: PyValue) {
    this.entries.set(name.toLowerCase(), { name, value });
  }
  delete(name: string) {
    const e = this.get(name);
    this.entries.delete(name.toLowerCase());
    return e;
  }
}

const str = (value: string): PyValue => ({ kind: 'str', value });
const int = (value: number): PyValue => ({ kind: 'int', value: BigInt(value) });

export function serverParameters(ctx: Ctx, start: StartKind): ServerParameters {
  const table = parameterTableIndex(ctx.patroni);
  const changes: Note[] = [];
  const params = clusterParameters(ctx, table, changes);
  serverParameterAdjustments(ctx, params, start, changes);
  if (start.hotStandbyOff) {
    params.set('hot_standby', str('off'));
    changes.push({ name: 'hot_standby', action: 'overridden', value: 'off', reason: 'a custom bootstrap whose recovery ends in promote starts with hot_standby off' });
  }
  const commandLine = cmdlineOptions(table)
    .filter(([name]) => params.get(name) && name !== 'wal_keep_segments' && name !== 'wal_keep_size')
    .map(([name]) => `--${name}=${text(ctx, name, params.get(name)!.value)}`);
  const conf = writtenConf(ctx, params, start, table, changes);
  return { conf, command_line: commandLine, changes };
}

function text(ctx: Ctx, name: string, value: PyValue): string {
  return isSecretKey(name, undefined) ? `\${secret:postgresql.parameters.${name}}` : pyStr(value);
}

/**
 * postgresql.parameters as the effective configuration has it: the cluster-wide options' defaults, then
 * bootstrap.dcs.postgresql.parameters (the cluster-wide options checked), then the local ones without the
 * cluster-wide options.
 */
function clusterParameters(ctx: Ctx, table: number, changes: Note[]): Params {
  const params = new Params();
  for (const [name, fact] of cmdlineOptions(table)) {
    if (fact.default !== null && name !== 'wal_keep_segments' && name !== 'wal_keep_size') params.set(name, defaultValue(fact));
  }
  const dynamic = dictPath(ctx.config.root, 'bootstrap', 'dcs', 'postgresql', 'parameters');
  const dynamicEntries = dynamic?.kind === 'dict' ? dynamic.entries : [];
  const rejected = dynamicConfigRejection(ctx.config.root, ctx.patroni);
  if (rejected) {
    params.dynamicIgnored = true;
    // Config.set_dynamic_configuration catches the exception and keeps the configuration built without the
    // dynamic part: none of bootstrap.dcs applies.
    const name = rejected.path.replace(/^postgresql\.parameters\./, '');
    changes.push({ name, action: 'ignored', value: shown(rejected.value), reason: `${rejected.why}, so the whole bootstrap.dcs configuration is ignored (defaults and local settings only)` });
  }
  for (const e of rejected ? [] : dynamicEntries) {
    const name = pyStr(e.key);
    const fact = cmdlineOption(name, table);
    if (!fact) {
      params.set(name, e.value);
      continue;
    }
    const accepted = acceptedDynamicValue(fact, e.value, table);
    if (accepted !== undefined) params.set(name, accepted);
    else if (['listen_addresses', 'port', 'cluster_name'].includes(name.toLowerCase())) params.given.set(name.toLowerCase(), pyStr(e.value));
    else {
      const fallback = fact.default === null ? 'nothing' : pyStr(renamedWalLevel(ctx, name, defaultValue(fact)));
      changes.push({ name, action: 'ignored', value: pyStr(e.value), reason: `bootstrap.dcs value ${pyStr(e.value)} fails Patroni's check (${describeCheck(fact)}): ${fallback} is used` });
    }
  }
  const local = dictGet(ctx.config.root, 'postgresql');
  const localParams = dictGet(local, 'parameters');
  for (const e of localParams?.kind === 'dict' ? localParams.entries : []) {
    const name = pyStr(e.key);
    if (!cmdlineOption(name, table)) {
      params.set(name, e.value);
    } else if (['listen_addresses', 'port', 'cluster_name'].includes(name.toLowerCase())) {
      params.given.set(name.toLowerCase(), pyStr(e.value));
    } else {
      const used = params.get(name);
      changes.push({
        name,
        action: 'ignored',
        value: pyStr(e.value),
        reason: `cluster-wide setting: Patroni takes it only from the dynamic configuration (bootstrap.dcs), so the local ${pyStr(e.value)} is ignored and ${used ? pyStr(renamedWalLevel(ctx, name, used.value)) : "Patroni's conversion"} is used`,
      });
    }
  }
  return params;
}

function defaultValue(fact: CmdlineOptionFact): PyValue {
  return typeof fact.default === 'number' ? int(fact.default) : str(String(fact.default));
}

/** What the effective configuration keeps of a cluster-wide option from the DCS; undefined when refused. */
function acceptedDynamicValue(fact: CmdlineOptionFact, value: PyValue, table: number): PyValue | undefined {
  const c = fact.check;
  const t = pyStr(value);
  switch (c.kind) {
    case 'never':
      return undefined;
    case 'bool':
      return parsePgBool(t) !== undefined ? value : undefined;
    case 'bool_is_true':
      return parsePgBool(t) === true ? value : undefined;
    case 'enum':
      return value.kind === 'str' && c.values.some((v) => v.toLowerCase() === t.toLowerCase()) ? value : undefined;
    case 'int': {
      if (table === 0) {
        // 3.0: int(value) (or parse_int(value, 'MB')) >= min, the value kept as written
        const n = c.base_unit ? parsePgInt(t, c.base_unit) : pyInt(value);
        return n !== undefined && n >= c.min ? value : undefined;
      }
      const n = parsePgInt(t, c.base_unit);
      if (n === undefined || n < c.min) return undefined;
      const plain = parsePgInt(t, null);
      return plain !== undefined ? int(plain) : value;
    }
  }
}

/**
 * Whether `name: value` written in bootstrap.dcs.postgresql.parameters reaches PostgreSQL as written (the
 * cluster-wide-setting fix moves a local value there only then): Patroni's check keeps it, Patroni 3.0 does not
 * ignore the whole bootstrap.dcs over a value already there, the PostgreSQL major has the setting under this name
 * (Patroni would convert wal_keep_segments to wal_keep_size, assuming 16MB segments), and the validator writes it
 * as it is (neither clamped nor dropped), and Citus does not override it. wal_level hot_standby and replica are the
 * same level.
 */
export function dynamicValueReachesServer(ctx: Ctx, name: string, value: PyValue): boolean {
  const table = parameterTableIndex(ctx.patroni);
  const fact = cmdlineOption(name, table);
  const accepted = fact && acceptedDynamicValue(fact, value, table);
  if (!fact || accepted === undefined || fact.since > pgVersionNum(ctx.pgMajor)) return false;
  const lower = name.toLowerCase();
  // the major's own settings table: wal_keep_segments is gone from 13 (Patroni would convert it, assuming 16MB segments)
  const setting = pgSettingNamed(name);
  if (setting && (ctx.pgMajor < setting[1] || ctx.pgMajor > setting[2])) return false;
  // Citus writes wal_level logical, and replaces a max_prepared_transactions of 0 with twice max_connections
  if (citusEnabled(ctx.config.root) && ((lower === 'wal_level' && pyStr(accepted) !== 'logical') || lower === 'max_prepared_transactions')) return false;
  if (dynamicConfigRejection(ctx.config.root, ctx.patroni)) return false;
  const scope = { patroni: ctx.patroni, table, versionNum: validatorVersion(ctx.patroni, ctx.pgMajor) };
  return validateSetting(scope, name, renamedWalLevel(ctx, name, accepted)).kind === 'keep';
}

function describeCheck(fact: CmdlineOptionFact): string {
  const c = fact.check;
  switch (c.kind) {
    case 'never':
      return 'Patroni sets it itself';
    case 'bool':
      return 'a boolean';
    case 'bool_is_true':
      return 'only on';
    case 'enum':
      return `one of ${c.values.join(', ')}`;
    case 'int':
      return `an integer of at least ${c.min}${c.base_unit ?? ''}`;
  }
}

/** ConfigHandler.get_server_parameters: forced values, renames and conversions by PostgreSQL major. */
function serverParameterAdjustments(ctx: Ctx, params: Params, start: StartKind, changes: Note[]): void {
  const table = parameterTableIndex(ctx.patroni);
  const forced = (name: string, value: string, why: string) => {
    const given = params.given.get(name);
    if (given !== undefined && given !== value) changes.push({ name, action: 'overridden', value: given, reason: `${why}: Patroni writes ${value}` });
    params.set(name, str(value));
  };
  const listen = pg(ctx, 'listen');
  if (listen !== undefined && listen.kind !== 'none') {
    const [addresses, port] = splitHostPort(pyStr(listen), '5432');
    forced('cluster_name', clusterScope(ctx), 'always the scope');
    forced('listen_addresses', addresses, 'always from postgresql.listen');
    forced('port', port, 'always from postgresql.listen');
  } else {
    forced('cluster_name', clusterScope(ctx), 'always the scope');
  }
  synchronousStandbyNames(ctx, params, start, table, changes);
  const wal = params.get('wal_level');
  const renamed = wal && renamedWalLevel(ctx, wal.name, wal.value);
  if (wal && renamed !== wal.value) {
    params.set(wal.name, renamed!);
    if (dictPath(ctx.config.root, 'bootstrap', 'dcs', 'postgresql', 'parameters', wal.name)) {
      changes.push({ name: 'wal_level', action: 'renamed', value: pyStr(wal.value), reason: `PostgreSQL ${ctx.pgMajor} calls this level ${pyStr(renamed!)}` });
    }
  }
  walKeep(ctx, params, changes);
  if (citusEnabled(ctx.config.root)) {
    const gucs = { get: (name: string) => params.get(name)?.value, set: (name: string, value: PyValue) => params.set(name, value) };
    for (const c of adjustCitusGucs(gucs, ctx.patroni, localHost(ctx))) changes.push({ name: c.name, action: 'overridden', ...(c.value && { value: c.value }), reason: c.reason });
  }
  for (const [name, fact] of cmdlineOptions(table)) {
    if (fact.since > pgVersionNum(ctx.pgMajor)) params.delete(name);
  }
  for (const name of ['hba_file', 'ident_file']) {
    const e = params.get(name);
    if (e) params.set(e.name, str(pathJoin(configDir(ctx), pyStr(e.value))));
  }
}

/** The wal_level a major calls the value: hot_standby became replica in 9.6 (Patroni renames either way). */
function renamedWalLevel(ctx: Ctx, name: string, value: PyValue): PyValue {
  if (name.toLowerCase() !== 'wal_level' || value.kind !== 'str') return value;
  const [from, to] = ctx.pgMajor >= 9.6 ? ['hot_standby', 'replica'] : ['replica', 'hot_standby'];
  return value.value === from ? str(to) : value;
}


/**
 * ConfigHandler's config dir: `os.path.abspath(config_dir or data_dir)` (every release 3.0-4.1), so a relative
 * one is resolved against Patroni's working directory, shown as ${cwd}.
 */
export function configDir(ctx: Ctx): string {
  const dir = pg(ctx, 'config_dir');
  const data = pg(ctx, 'data_dir');
  const raw = dir !== undefined && pyTruthy(dir) ? pyStr(dir) : data ? pyStr(data) : '';
  return raw === '' ? '' : absPath(ctx, raw);
}

function synchronousStandbyNames(ctx: Ctx, params: Params, start: StartKind, table: number, changes: Note[]): void {
  let on: boolean;
  let strict: boolean;
  // a valid citus section makes Patroni default bootstrap.dcs.synchronous_mode to true (every release)
  const mode = dictPath(ctx.config.root, 'bootstrap', 'dcs', 'synchronous_mode') ?? (citusEnabled(ctx.config.root) ? ({ kind: 'bool', value: true } as const) : undefined);
  if (table === 0) {
    // 3.0 copies the modes from the dynamic configuration into the postgresql section and, in strict mode,
    // writes '*' whatever the role
    on = mode !== undefined && pyTruthy(mode);
    const s = dictPath(ctx.config.root, 'bootstrap', 'dcs', 'synchronous_mode_strict');
    strict = s !== undefined && pyTruthy(s);
  } else {
    const quorum = table >= 2 && mode !== undefined && pyStr(mode).toLowerCase() === 'quorum';
    on = ((mode !== undefined && parsePgBool(pyStr(mode)) === true) || quorum) && !standbyCluster(ctx);
    const s = dictPath(ctx.config.root, 'bootstrap', 'dcs', 'synchronous_mode_strict');
    strict = s !== undefined && parsePgBool(pyStr(s)) === true;
  }
  if (!on || params.dynamicIgnored) return;
  const given = params.get('synchronous_standby_names');
  // 3.3+ write '*' only for a server already running as primary; at these starts the parameters were computed
  // before the role was known (after initdb, or for a replica), so Patroni drops the setting (recorded).
  if (strict && table === 0) {
    params.set('synchronous_standby_names', str('*'));
    changes.push({ name: 'synchronous_standby_names', action: 'overridden', ...(given && { value: pyStr(given.value) }), reason: "synchronous_mode_strict: Patroni 3.0 starts with '*' until it picks the synchronous standbys" });
  } else if (given) {
    params.delete('synchronous_standby_names');
    changes.push({ name: 'synchronous_standby_names', action: 'dropped', value: pyStr(given.value), reason: 'synchronous_mode: Patroni manages this setting itself' });
  }
}

/** wal_keep_segments <-> wal_keep_size, assuming 16MB segments (Patroni does). */
function walKeep(ctx: Ctx, params: Params, changes: Note[]): void {
  if (ctx.pgMajor >= 13) {
    const segs = params.delete('wal_keep_segments');
    const segValue = segs ? pyInt(segs.value) ?? 8 : 8;
    if (!params.get('wal_keep_size')) {
      params.set('wal_keep_size', str(`${segValue * 16}MB`));
      if (segs) changes.push({ name: 'wal_keep_segments', action: 'renamed', value: pyStr(segs.value), reason: `PostgreSQL ${ctx.pgMajor} has wal_keep_size instead: Patroni writes wal_keep_size = ${segValue * 16}MB` });
    } else if (segs) {
      changes.push({ name: 'wal_keep_segments', action: 'dropped', value: pyStr(segs.value), reason: `PostgreSQL ${ctx.pgMajor} has wal_keep_size instead, which is also set` });
    }
  } else {
    const size = params.delete('wal_keep_size');
    const mb = parsePgInt(size ? pyStr(size.value) : '128MB', 'MB') ?? 0;
    if (!params.get('wal_keep_segments')) {
      params.set('wal_keep_segments', int(Math.trunc((mb + 8) / 16)));
      if (size) changes.push({ name: 'wal_keep_size', action: 'renamed', value: pyStr(size.value), reason: `PostgreSQL ${ctx.pgMajor} has wal_keep_segments instead: Patroni writes wal_keep_segments = ${Math.trunc((mb + 8) / 16)}` });
    } else if (size) {
      changes.push({ name: 'wal_keep_size', action: 'dropped', value: pyStr(size.value), reason: `PostgreSQL ${ctx.pgMajor} has wal_keep_segments instead, which is also set` });
    }
  }
}

/** write_postgresql_conf: sorted names, each through the validator, then hba_file and ident_file. */
function writtenConf(ctx: Ctx, params: Params, start: StartKind, table: number, changes: Note[]): Record<string, string> {
  const scope = { patroni: ctx.patroni, table, versionNum: validatorVersion(ctx.patroni, ctx.pgMajor) };
  const conf: Record<string, string> = {};
  const sorted = [...params.entries.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const { name, value } of sorted) {
    const verdict = validateSetting(scope, name, value);
    if (verdict.kind === 'drop') {
      changes.push({ name, action: verdict.cause === 'recovery' ? 'moved' : 'dropped', value: text(ctx, name, value), reason: verdict.reason });
      continue;
    }
    if (name === 'hba_file' && start.customBootstrap) {
      changes.push({ name, action: 'overridden', value: pyStr(value), reason: "during a custom bootstrap Patroni uses its own pg_hba.conf" });
      continue;
    }
    if (verdict.kind === 'clamp') {
      changes.push({ name, action: 'clamped', value: pyStr(value), reason: verdict.reason });
      conf[name] = verdict.text;
      continue;
    }
    conf[name] = text(ctx, name, value);
    if (value.kind === 'bool') changes.push({ name, action: 'converted', value: pyStr(value), reason: `a YAML boolean: Patroni writes Python's ${pyStr(value)}` });
  }
  const dir = configDir(ctx);
  if (start.customBootstrap || !params.get('hba_file')) conf['hba_file'] = pathJoin(dir, 'pg_hba.conf');
  if (!params.get('ident_file')) conf['ident_file'] = pathJoin(dir, 'pg_ident.conf');
  return conf;
}
