/**
 * PATRONI_* environment overrides, from an env file (`KEY=value` lines, as docker and
 * systemd write them), turned into configuration and patched over the loaded files the
 * way Patroni does it (facts and order in src/facts/patroni-environment.ts). Every value
 * made from a variable carries the span of that variable's line in the env file, marked
 * with the variable's name, so diagnostics point there.
 */
import type { Diagnostic } from '../diagnostic.js';
import {
  ENV_BASIC_AUTH,
  ENV_BIN_NAMES,
  ENV_BOOTSTRAP_USERS,
  ENV_DCS_SUFFIXES,
  ENV_LOG_RENAMES,
  ENV_PG_AUTH_KEYS,
  ENV_PG_USERS,
  ENV_SECTIONS,
  ENV_TOP_LEVEL,
  type EnvKey,
} from '../facts/patroni-environment.js';
import { formatVersion, type PatroniVersion } from '../facts/patroni-versions.js';
import { releasedBy } from '../facts/release-spec.js';
import { dictGet, dictSet } from '../py/dict.js';
import { INT_MAX_STR_DIGITS } from '../py/str.js';
import type { PyDict, PyValue, Span } from '../py/value.js';
import type { LoadedConfig } from './load-config.js';
import { parseSource } from './parse-source.js';
import { decimalDigitsOver } from './pyyaml-scalars.js';
import { patchConfig } from './patch-config.js';

export interface EnvVar {
  name: string;
  value: string;
  span: Span;
}

const PREFIX = 'PATRONI_';

/** Reads `NAME=value` lines: `export` allowed, `#` comments, single or double quotes around the value. */
export function parseEnvFile(file: string, text: string): { vars: EnvVar[]; diagnostics: Diagnostic[] } {
  const vars: EnvVar[] = [];
  const diagnostics: Diagnostic[] = [];
  let offset = 0;
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.replace(/\r$/, '');
    const start = offset;
    offset += raw.length + 1;
    if (/^\s*(#|$)/.test(line)) continue;
    const m = /^(\s*(?:export\s+)?)([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (!m) {
      diagnostics.push({ ruleId: 'env-file', severity: 'error', message: 'expected NAME=value', file, line: i + 1, col: 1 });
      continue;
    }
    const col = m[1]!.length + 1;
    const span: Span = { file, line: i + 1, col, endLine: i + 1, endCol: line.length + 1, offset: start + col - 1, endOffset: start + line.length, envVar: m[2]! };
    vars.push({ name: m[2]!, value: unquote(m[3]!), span });
  }
  return { vars, diagnostics };
}

function unquote(v: string): string {
  const t = v.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0]) {
    const body = t.slice(1, -1);
    return t[0] === '"' ? body.replace(/\\(["\\$`])/g, '$1').replace(/\\n/g, '\n') : body;
  }
  return t.replace(/\s+#.*$/, '');
}

/** The environment Patroni would read, consumed variable by variable as Patroni pops them. */
class Environment {
  private readonly vars = new Map<string, EnvVar>();
  constructor(list: EnvVar[]) {
    for (const v of list) this.vars.set(v.name, v);
  }
  pop(name: string): EnvVar | undefined {
    const v = this.vars.get(name);
    this.vars.delete(name);
    return v;
  }
  has(name: string): boolean {
    return this.vars.has(name);
  }
  rename(from: string, to: string): void {
    const v = this.pop(from);
    if (v && v.value && !this.vars.has(to)) this.vars.set(to, { ...v, name: to });
  }
  remaining(): EnvVar[] {
    return [...this.vars.values()];
  }
}

const str = (key: string, span?: Span): PyValue => ({ kind: 'str', value: key, ...(span && { span }) });

/** Gives every value of a tree the variable's span, since its text has no place of its own in the file. */
function relocate(v: PyValue, span: Span): PyValue {
  if (v.kind === 'dict') return { ...v, span, entries: v.entries.map((e) => ({ key: relocate(e.key, span), value: relocate(e.value, span) })) };
  if (v.kind === 'list') return { ...v, span, items: v.items.map((i) => relocate(i, span)) };
  return { ...v, span };
}

function yamlValue(text: string, span: Span): PyValue | undefined {
  const parsed = parseSource(span.file, text);
  return parsed.value && !parsed.diagnostics.some((d) => d.severity === 'error') ? relocate(parsed.value, span) : undefined;
}

/** Patroni's parse_bool. */
function parseBool(text: string): boolean | undefined {
  const t = text.toLowerCase();
  if (['on', 'true', 'yes', '1'].includes(t)) return true;
  if (['off', 'false', 'no', '0'].includes(t)) return false;
  return undefined;
}

/** Patroni's parse_int for values without a unit: C strtol (decimal, 0x hex, 0 octal), else a rounded float. */
function parseInt_(text: string): bigint | undefined {
  const t = text.trim();
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(t);
  if (m) {
    const body = m[2]!;
    const n = /^0[xX]/.test(body) ? BigInt(body) : body.length > 1 && body.startsWith('0') ? BigInt(`0o${body.slice(1)}`) : BigInt(body);
    // An int Python cannot print breaks Patroni later on; treat it as one Patroni cannot use.
    return decimalDigitsOver(n, INT_MAX_STR_DIGITS) ? undefined : m[1] === '-' ? -n : n;
  }
  if (/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(t)) {
    const x = Math.round(Number(t));
    // round() of an infinite float raises in Python; BigInt() of one throws here.
    return Number.isFinite(x) ? BigInt(x) : undefined;
  }
  return undefined;
}

/** A YAML flow list or mapping the way Patroni's _parse_list / _parse_dict wrap bare text. */
function converted(type: EnvKey['type'], v: EnvVar): PyValue | undefined {
  switch (type) {
    case 'bool': {
      const b = parseBool(v.value);
      return b === undefined ? undefined : { kind: 'bool', value: b, span: v.span };
    }
    case 'int': {
      const n = parseInt_(v.value);
      return n === undefined ? undefined : { kind: 'int', value: n, span: v.span };
    }
    case 'list':
    case 'logformat': {
      if (type === 'logformat' && /%\(\w+\)/.test(v.value)) return str(v.value, v.span);
      const text = v.value.trim().startsWith('-') || v.value.includes('[') ? v.value : `[${v.value}]`;
      const list = yamlValue(text, v.span);
      if (type === 'logformat' && (!list || (list.kind === 'list' && !list.items.length))) return str(v.value, v.span);
      return list;
    }
    case 'dict':
      return yamlValue(v.value.trim().startsWith('{') ? v.value : `{${v.value}}`, v.span);
    default:
      return str(v.value, v.span);
  }
}

class Builder {
  root: PyDict = { kind: 'dict', entries: [] };
  readonly diagnostics: Diagnostic[] = [];
  /** A variable Patroni reads but then drops, because its value does not convert. */
  dropped(v: EnvVar, what: string): void {
    this.diagnostics.push({ ruleId: 'unknown-env', severity: 'warning', message: `${v.name} is not ${what}: Patroni drops it`, file: v.span.file, line: v.span.line, col: v.span.col });
  }
  set(path: string[], value: PyValue): void {
    this.root = setPath(this.root, path, value, value.span);
  }
  has(section: string): boolean {
    return dictGet(this.root, section) !== undefined;
  }
}

/** Sets a value at a path, creating the sections on the way; new keys get the variable's span. */
function setPath(dict: PyDict, path: string[], value: PyValue, span: Span | undefined): PyDict {
  const [head, ...rest] = path;
  if (!rest.length) return dictSet(dict, str(head!, span), value);
  const child = dictGet(dict, head!);
  const section: PyDict = child?.kind === 'dict' ? child : { kind: 'dict', entries: [], ...(span && { span }) };
  return dictSet(dict, str(head!, span), setPath(section, rest, value, span));
}

const TYPE_NAMES: Record<NonNullable<EnvKey['type']>, string> = {
  bool: 'a boolean (on/off, true/false, yes/no, 1/0)',
  int: 'an integer',
  list: 'a list Patroni can read',
  dict: 'a mapping Patroni can read',
  logformat: 'a log format Patroni can read',
};

const known = (k: EnvKey, v: PatroniVersion): boolean => !k.since || releasedBy(k.since, v);

function topAndSections(env: Environment, out: Builder, version: PatroniVersion): void {
  for (const k of ENV_TOP_LEVEL.filter((k) => known(k, version))) {
    const v = env.pop(PREFIX + k.key.toUpperCase());
    if (v?.value) out.set([k.key], str(v.value, v.span));
  }
  for (const [oldName, newName] of ENV_LOG_RENAMES) env.rename(PREFIX + oldName, PREFIX + newName);
  for (const [section, keys] of Object.entries(ENV_SECTIONS)) {
    for (const k of keys.filter((k) => known(k, version))) {
      const v = env.pop(`${PREFIX}${section.toUpperCase()}_${k.key.toUpperCase()}`);
      if (!v?.value) continue;
      const value = converted(k.type, v);
      if (value !== undefined && !(value.kind === 'list' && !value.items.length) && !(value.kind === 'dict' && !value.entries.length)) out.set([section, k.key], value);
      else out.dropped(v, TYPE_NAMES[k.type ?? 'list']);
    }
  }
  if (releasedBy(ENV_BIN_NAMES.since, version)) {
    for (const program of ENV_BIN_NAMES.programs) {
      const v = env.pop(`${PREFIX}POSTGRESQL_BIN_${program.toUpperCase()}`);
      if (v?.value) out.set(['postgresql', 'bin_name', program], str(v.value, v.span));
    }
  }
}

function authentication(env: Environment, section: string, keys: readonly EnvKey[], version: PatroniVersion): PyDict | undefined {
  let auth: PyDict = { kind: 'dict', entries: [] };
  for (const k of keys.filter((k) => known(k, version))) {
    const v = env.pop(`${PREFIX}${section.toUpperCase()}_${k.key.toUpperCase()}`);
    if (v?.value) auth = dictSet(auth, str(k.key, v.span), str(v.value, v.span));
  }
  return auth.entries.length ? auth : undefined;
}

function auths(env: Environment, out: Builder, version: PatroniVersion): void {
  const basic = [{ key: 'username' }, { key: 'password' }];
  for (const s of ENV_BASIC_AUTH.filter((k) => known(k, version))) {
    const auth = authentication(env, s.key, basic, version);
    if (auth) out.set([s.key, 'authentication'], auth);
  }
  for (const user of ENV_PG_USERS) {
    const auth = authentication(env, user, ENV_PG_AUTH_KEYS, version);
    if (auth) out.set(['postgresql', 'authentication', user], auth);
  }
}

function dcsSettings(env: Environment, out: Builder, version: PatroniVersion): void {
  const suffixes = ENV_DCS_SUFFIXES.filter((k) => known(k, version));
  for (const v of env.remaining()) {
    if (!v.name.startsWith(PREFIX)) continue;
    const rest = v.name.slice(PREFIX.length);
    const cut = rest.indexOf('_');
    const [name, suffix] = cut < 0 ? [rest, ''] : [rest.slice(0, cut), rest.slice(cut + 1)];
    const fact = suffixes.find((k) => k.key === suffix);
    if (!fact || !name) continue;
    env.pop(v.name);
    let value: PyValue | undefined;
    if (name === 'CITUS') {
      if (suffix === 'GROUP') value = converted('int', v);
      else if (suffix === 'DATABASE') value = str(v.value, v.span);
      else continue;
    } else {
      // Empty text is kept as it is, except where a mapping is parsed (it becomes {}).
      value = v.value === '' && fact.type !== 'dict' ? str('', v.span) : converted(fact.type, v);
    }
    if (value !== undefined) out.set([name.toLowerCase(), suffix.toLowerCase()], value);
    else out.dropped(v, TYPE_NAMES[name === 'CITUS' ? 'int' : fact.type ?? 'list']);
  }
  for (const dcs of ['etcd', 'etcd3']) {
    if (!out.has(dcs)) continue;
    const auth = authentication(env, dcs, [{ key: 'username' }, { key: 'password' }], version);
    for (const e of auth?.entries ?? []) out.set([dcs, (e.key as { value: string }).value], e.value);
  }
}

function bootstrapUsers(env: Environment, out: Builder, version: PatroniVersion): void {
  if (releasedBy(ENV_BOOTSTRAP_USERS.until, version)) return;
  for (const v of env.remaining()) {
    if (!v.name.startsWith(PREFIX) || !v.name.endsWith('_PASSWORD')) continue;
    const name = v.name.slice(PREFIX.length, -'_PASSWORD'.length);
    env.pop(v.name);
    if (!name || !v.value) continue;
    out.set(['bootstrap', 'users', name, 'password'], str(v.value, v.span));
    const options = env.pop(`${PREFIX}${name}_OPTIONS`);
    const list = options?.value ? converted('list', options) : undefined;
    if (list?.kind === 'list' && list.items.length) out.set(['bootstrap', 'users', name, 'options'], list);
  }
}

/** The configuration Patroni builds from these variables, and the variables it ignores or drops. */
export function environmentConfiguration(vars: EnvVar[], version: PatroniVersion): { config: PyDict; diagnostics: Diagnostic[] } {
  const env = new Environment(vars);
  const out = new Builder();
  topAndSections(env, out, version);
  auths(env, out, version);
  dcsSettings(env, out, version);
  bootstrapUsers(env, out, version);
  for (const v of env.remaining().filter((x) => x.name.startsWith(PREFIX))) {
    out.diagnostics.push({ ruleId: 'unknown-env', severity: 'warning', message: `${v.name} is not a variable Patroni ${formatVersion(version)} reads: it ignores it`, file: v.span.file, line: v.span.line, col: v.span.col });
  }
  return { config: out.root, diagnostics: out.diagnostics };
}

/** The loaded configuration with the env file's PATRONI_* overrides applied, as Patroni applies them. */
export function applyEnvironment(loaded: LoadedConfig, envFile: string, text: string, version: PatroniVersion): LoadedConfig {
  const { vars, diagnostics } = parseEnvFile(envFile, text);
  const env = environmentConfiguration(vars, version);
  const root = loaded.root ? patchConfig(loaded.root, env.config) : null;
  return { ...loaded, root, diagnostics: [...loaded.diagnostics, ...diagnostics, ...env.diagnostics], sources: [...loaded.sources, { file: envFile, text, value: null, diagnostics: [] }] };
}
