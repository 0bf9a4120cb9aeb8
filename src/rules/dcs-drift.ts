/**
 * With `lint --cluster`: where the file and the running cluster's dynamic configuration
 * (GET /config) part ways. Patroni writes bootstrap.dcs to the DCS once, when it initializes
 * the cluster, and never reads it again (Patroni.load_dynamic_configuration, 3.0–4.1), so a
 * bootstrap.dcs value that differs from the DCS's is an edit with no effect. A local
 * postgresql.* setting wins over the DCS's on this node (Config._build_effective_configuration:
 * parameters merge over the dynamic ones, other keys replace them): one that repeats the DCS's
 * value changes nothing now and keeps the node at it when `patronictl edit-config` changes the
 * cluster; one that differs overrides the cluster on this node only. Cluster-wide settings in
 * the local parameters, and use_slots or the timeouts written at the wrong level, are reported
 * by cluster-wide-setting and unknown-key.
 */
import { jsonToPy } from '../cluster/json-to-py.js';
import { cmdlineOption } from '../facts/server-parameter-rules.js';
import { LOCAL_ONLY } from '../normalise/effective-config.js';
import { dictGet } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import type { PyDict, PyValue } from '../py/value.js';
import { looksSecret } from '../validate/secret-values.js';
import { at } from './common.js';
import type { Finding, Rule, RuleContext } from './rule.js';
import { validationScope } from './server-parameter-sites.js';

/**
 * Local postgresql keys with no counterpart to compare as a whole: those Patroni never takes from the dynamic
 * configuration, use_slots (dynamic only), and parameters (compared one by one).
 */
const NOT_OVERRIDES = new Set([...LOCAL_ONLY, 'use_slots', 'parameters']);

const NO_EFFECT = 'bootstrap.dcs applies only when a cluster is initialized: this edit has no effect on the running cluster; use patronictl edit-config';

export const dcsDrift: Rule = {
  id: 'dcs-drift',
  severity: 'warning',
  description: 'with lint --cluster: a bootstrap.dcs value the running cluster does not have (or the other way round), or a local postgresql setting that repeats or overrides its dynamic configuration',
  check(ctx) {
    if (!ctx.cluster) return [];
    const live = jsonToPy(ctx.cluster.config);
    const out: Finding[] = [];
    const bootstrap = ctx.root.entries.find((e) => e.key.kind === 'str' && e.key.value === 'bootstrap');
    const dcsEntry = bootstrap?.value.kind === 'dict' ? bootstrap.value.entries.find((e) => e.key.kind === 'str' && e.key.value === 'dcs') : undefined;
    if (dcsEntry?.value.kind === 'dict') {
      compareDcs(dcsEntry.value, live, 'bootstrap.dcs', false, out);
      // A file without bootstrap.dcs (a member that never initializes a cluster) makes no claim about it.
      missingInFile(live, dcsEntry.value, dcsEntry.key, 'bootstrap.dcs', false, out);
    }
    localOverrides(ctx, live, out);
    return out;
  },
};

/** Python's dict lookup, or the case-insensitive one Patroni uses for server parameters. */
function lookup(dict: PyValue | undefined, key: string, caseless: boolean): PyValue | undefined {
  if (dict?.kind !== 'dict') return undefined;
  if (!caseless) return dictGet(dict, key);
  return dict.entries.find((e) => e.key.kind === 'str' && e.key.value.toLowerCase() === key.toLowerCase())?.value;
}

/** How a value is shown: as Python's str() would write it, unless the key holds a secret. */
const show = (key: string, v: PyValue): string => (looksSecret(key) ? 'a different secret' : v.kind === 'dict' || v.kind === 'list' ? 'another value' : pyStr(v));

function compareDcs(file: PyDict, live: PyValue | undefined, where: string, caseless: boolean, out: Finding[]): void {
  for (const { key, value } of file.entries) {
    if (key.kind !== 'str') continue;
    const path = `${where}.${key.value}`;
    const theirs = lookup(live, key.value, caseless);
    if (value.kind === 'dict' && theirs?.kind === 'dict') {
      compareDcs(value, theirs, path, path === 'bootstrap.dcs.postgresql.parameters', out);
      continue;
    }
    if (theirs === undefined) {
      if (value.kind === 'none') continue;
      out.push({ message: `${path}: the running cluster's dynamic configuration has no ${key.value}: ${NO_EFFECT}`, ...at(key) });
    } else if (!sameValue(value, theirs)) {
      const said = looksSecret(key.value) ? 'a different value' : show(key.value, theirs);
      out.push({ message: `${path} is ${show(key.value, value)}, the running cluster's dynamic configuration has ${said}: ${NO_EFFECT}`, ...at(value) });
    }
  }
}

/**
 * The other direction: what the cluster's dynamic configuration sets and bootstrap.dcs does not (a
 * `patronictl edit-config` the file never caught up with). One finding per key, at the file's nearest
 * enclosing key; a section missing whole is one finding.
 */
function missingInFile(live: PyValue, file: PyDict, anchor: PyValue, where: string, caseless: boolean, out: Finding[]): void {
  if (live.kind !== 'dict') return;
  for (const { key, value } of live.entries) {
    if (key.kind !== 'str' || value.kind === 'none') continue;
    const path = `${where}.${key.value}`;
    // Patroni drops these from the dynamic postgresql section: nothing to add to bootstrap.dcs.
    if (where === 'bootstrap.dcs.postgresql' && LOCAL_ONLY.includes(key.value)) continue;
    const entry = file.entries.find((e) => e.key.kind === 'str' && (caseless ? e.key.value.toLowerCase() === key.value.toLowerCase() : e.key.value === key.value));
    if (entry === undefined) {
      const shown = looksSecret(key.value) ? '' : value.kind === 'dict' ? ' (a mapping)' : value.kind === 'list' ? ' (a list)' : ` = ${pyStr(value)}`;
      out.push({ message: `the running cluster's dynamic configuration sets ${path.replace(/^bootstrap\.dcs\./, '')}${shown}, which ${where} does not: a cluster initialized again from this file would not have it; add it to bootstrap.dcs (or remove it from the cluster with patronictl edit-config)`, severity: 'info', ...at(anchor) });
    } else if (value.kind === 'dict' && entry.value.kind === 'dict') {
      missingInFile(value, entry.value, entry.key, path, path === 'bootstrap.dcs.postgresql.parameters', out);
    }
  }
}

/** Equal as Patroni would use them: the same str() for scalars, the same items for lists and mappings. */
function sameValue(a: PyValue, b: PyValue): boolean {
  if (a.kind === 'dict' && b.kind === 'dict') return a.entries.length === b.entries.length && a.entries.every((e) => e.key.kind === 'str' && lookup(b, e.key.value, false) !== undefined && sameValue(e.value, lookup(b, e.key.value, false)!));
  if (a.kind === 'list' && b.kind === 'list') return a.items.length === b.items.length && a.items.every((x, i) => sameValue(x, b.items[i]!));
  if (a.kind === 'dict' || b.kind === 'dict' || a.kind === 'list' || b.kind === 'list') return false;
  return pyStr(a) === pyStr(b);
}

function localOverrides(ctx: RuleContext, live: PyValue, out: Finding[]): void {
  const local = dictGet(ctx.root, 'postgresql');
  const livePg = dictGet(live, 'postgresql');
  if (local?.kind !== 'dict' || livePg?.kind !== 'dict') return;
  const table = validationScope(ctx).table;
  const params = dictGet(local, 'parameters');
  if (params?.kind === 'dict') {
    for (const { key, value } of params.entries) {
      // Cluster-wide settings are ignored locally: cluster-wide-setting says so.
      if (key.kind !== 'str' || cmdlineOption(key.value, table)) continue;
      const theirs = lookup(dictGet(livePg, 'parameters'), key.value, true);
      if (theirs !== undefined) out.push(override(`postgresql.parameters.${key.value}`, key.value, value, theirs));
    }
  }
  for (const { key, value } of local.entries) {
    if (key.kind !== 'str' || NOT_OVERRIDES.has(key.value)) continue;
    const theirs = dictGet(livePg, key.value);
    if (theirs !== undefined) out.push(override(`postgresql.${key.value}`, key.value, value, theirs));
  }
}

function override(where: string, key: string, mine: PyValue, theirs: PyValue): Finding {
  if (sameValue(mine, theirs)) {
    return { message: `${where} repeats the running cluster's dynamic configuration (${show(key, theirs)}): it changes nothing now, and keeps this node at this value when patronictl edit-config changes it`, severity: 'info', ...at(mine) };
  }
  return { message: `${where} is ${show(key, mine)} on this node only: it overrides the running cluster's dynamic configuration (${show(key, theirs)}), and patronictl edit-config cannot change it here`, severity: 'info', ...at(mine) };
}
