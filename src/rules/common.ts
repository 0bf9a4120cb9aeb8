/**
 * Small questions several rules ask of a configuration: where its commands are, which
 * replica methods it lists, and whether a release spec from the schema holds for a version.
 */
import { dictEntry, dictGet } from '../py/dict.js';
import { pyTruthy } from '../py/truth.js';
import type { PyDict, PyValue, Span } from '../py/value.js';
import { namedKeys, schemaAt } from '../validate/schema-index.js';
import type { RuleContext } from './rule.js';

export const at = (v: { span?: Span } | undefined): { span?: Span } => (v?.span ? { span: v.span } : {});

export { describeRelease, releasedBy } from '../facts/release-spec.js';

const isTruthy = (v: PyValue | undefined): boolean => v !== undefined && pyTruthy(v);

/** A value that names methods: its string items, each with its own position. */
export interface NamedMethod {
  name: string;
  value: PyValue;
  /** The config path of the list that named it. */
  where: string;
}

function listedNames(list: PyValue | undefined, where: string): NamedMethod[] {
  if (list?.kind !== 'list') return [];
  return list.items.filter((i) => i.kind === 'str').map((i) => ({ name: (i as { value: string }).value, value: i, where }));
}

/**
 * Every replica method a node may run: `create_replica_methods or create_replica_method` of
 * the effective postgresql section (local over bootstrap.dcs), plus a standby cluster's own
 * list, which its standby leader uses.
 */
export function replicaMethods(ctx: RuleContext): NamedMethod[] {
  const pg = ctx.config.postgresql;
  const plural = dictGet(pg, 'create_replica_methods');
  const chosen = isTruthy(plural) ? { v: plural, key: 'create_replica_methods' } : { v: dictGet(pg, 'create_replica_method'), key: 'create_replica_method' };
  const local = dictEntry(dictGet(ctx.root, 'postgresql'), chosen.key) ? 'postgresql' : 'bootstrap.dcs.postgresql';
  const standby = dictGet(dictGet(dictGet(ctx.config.bootstrap, 'dcs'), 'standby_cluster'), 'create_replica_methods');
  return [...listedNames(chosen.v, `${local}.${chosen.key}`), ...listedNames(standby, 'bootstrap.dcs.standby_cluster.create_replica_methods')];
}

/** The bootstrap method bootstrap.method names, when it names a custom one. */
export function bootstrapMethod(ctx: RuleContext): { name: string; value: PyValue } | undefined {
  const method = dictGet(ctx.config.bootstrap, 'method');
  if (method?.kind !== 'str' || method.value === 'initdb' || method.value === '') return undefined;
  return { name: method.value, value: method };
}

/** Mapping-valued keys of a section that the schema does not name: method sections. */
export function methodSections(section: PyValue | undefined, path: readonly string[]): { name: string; key: PyValue; value: PyDict }[] {
  if (section?.kind !== 'dict') return [];
  const named = new Set(namedKeys(schemaAt(path)));
  return section.entries
    .filter((e) => e.key.kind === 'str' && !named.has(e.key.value) && e.value.kind === 'dict')
    .map((e) => ({ name: (e.key as { value: string }).value, key: e.key, value: e.value as PyDict }));
}

export interface CommandSite {
  /** Config path shown in messages, e.g. `bootstrap.restore.command`. */
  where: string;
  value: PyValue;
}

/** Every command Patroni runs without a shell (shlex.split, then exec). */
export function commandSites(ctx: RuleContext): CommandSite[] {
  const out: CommandSite[] = [];
  const add = (where: string, v: PyValue | undefined): void => {
    if (v !== undefined && v.kind !== 'none') out.push({ where, value: v });
  };
  const bootstrap = dictGet(ctx.root, 'bootstrap');
  for (const key of ['post_bootstrap', 'post_init']) add(`bootstrap.${key}`, dictGet(bootstrap, key));
  for (const m of methodSections(bootstrap, ['bootstrap'])) add(`bootstrap.${m.name}.command`, dictGet(m.value, 'command'));
  for (const path of [['postgresql'], ['bootstrap', 'dcs', 'postgresql']]) {
    const section = path.reduce<PyValue | undefined>((v, k) => dictGet(v, k), ctx.root);
    const where = path.join('.');
    for (const m of methodSections(section, path)) add(`${where}.${m.name}.command`, dictGet(m.value, 'command'));
    for (const key of ['pre_promote', 'before_stop']) add(`${where}.${key}`, dictGet(section, key));
    const callbacks = dictGet(section, 'callbacks');
    if (callbacks?.kind === 'dict') for (const e of callbacks.entries) if (e.key.kind === 'str') add(`${where}.callbacks.${e.key.value}`, e.value);
  }
  return out;
}
