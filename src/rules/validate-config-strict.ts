/**
 * Values `patroni --validate-config` refuses although Patroni runs with them: an empty
 * list, a switch that is not a YAML boolean, both tags of a pair that contradict each
 * other. Worth fixing so that the check operators run before a deployment stays green.
 */
import { EXCLUSIVE_TAGS, NON_EMPTY_LISTS, NON_EMPTY_MAPPINGS, REFUSED_BOOLEANS, STRICT_BOOLEANS, STRICT_STRINGS } from '../facts/patroni-validate-config.js';
import { dictEntry, dictGet, dictPath } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import type { PyValue } from '../py/value.js';
import { acceptedTypes, jsonType, schemaAt } from '../validate/schema-index.js';
import { at, releasedBy } from './common.js';
import type { Finding, Rule, RuleContext } from './rule.js';

const holds = (since: string | undefined, ctx: RuleContext): boolean => !since || releasedBy(since, ctx.patroni);

function emptyLists(ctx: RuleContext): Finding[] {
  return NON_EMPTY_LISTS.flatMap((path) => {
    const v = dictPath(ctx.root, ...path.split('.'));
    return v?.kind === 'list' && v.items.length === 0 ? [{ message: `${path} is an empty list: patroni --validate-config refuses it (Patroni itself reads it as not set); remove the key`, ...at(v) }] : [];
  });
}

function booleans(ctx: RuleContext): Finding[] {
  return STRICT_BOOLEANS.filter((b) => holds(b.since, ctx)).flatMap(({ path }) => {
    const v = dictPath(ctx.root, ...path.split('.'));
    if (v === undefined || v.kind === 'bool' || v.kind === 'none') return [];
    // A value Patroni itself cannot use is the schema's to report.
    const types = acceptedTypes(schemaAt(path.split('.')) ?? {});
    if (types && !types.has(jsonType(v))) return [];
    if (isQuorum(path, v)) return releasedBy(QUORUM_SINCE, ctx.patroni) ? [{ message: QUORUM_MESSAGE(path), ...at(v) }] : [];
    return [{ message: `${path} is ${v.kind === 'str' ? `the string '${v.value}'` : pyStr(v)}, not true or false: patroni --validate-config refuses it; write true or false`, ...at(v) }];
  });
}

function refusedBooleans(ctx: RuleContext): Finding[] {
  return REFUSED_BOOLEANS.filter((b) => !releasedBy(b.until, ctx.patroni)).flatMap(({ path, value, meaning, write }) => {
    const v = dictPath(ctx.root, ...path.split('.'));
    if (v?.kind !== 'bool' || v.value !== value) return [];
    return [{ message: `${path} is the YAML boolean ${value} (${value ? 'on, yes or true' : 'off, no or false'} without quotes): ${meaning}, but patroni --validate-config refuses it before 3.0.3; write ${write}`, ...at(v) }];
  });
}

/**
 * global_config.GlobalConfig.is_quorum_commit_mode (4.0.0 on) reads synchronous_mode 'quorum'
 * in any letter case; validator.py of 4.0.10 and 4.1.4 still types the key as bool. Advice to
 * write true or false would silently turn quorum commit off.
 */
const QUORUM_SINCE = '4.0';
const isQuorum = (path: string, v: PyValue): boolean => path.endsWith('.synchronous_mode') && v.kind === 'str' && v.value.toLowerCase() === 'quorum';
const QUORUM_MESSAGE = (path: string): string =>
  `${path} is 'quorum', which patroni --validate-config refuses because its schema allows only true or false; the validator is wrong here: Patroni 4.0 and later read quorum and run quorum commit, so keep it (true or false would turn quorum commit off) and expect this one refusal from --validate-config`;

function strings(ctx: RuleContext): Finding[] {
  return STRICT_STRINGS.filter((b) => holds(b.since, ctx)).flatMap(({ path }) => {
    const v = dictPath(ctx.root, ...path.split('.'));
    if (v?.kind !== 'int' && v?.kind !== 'float') return [];
    return [{ message: `${path} is a number, not a string: patroni --validate-config refuses it (Patroni itself turns it into text); quote it`, ...at(v) }];
  });
}

function emptyMappings(ctx: RuleContext): Finding[] {
  if (ctx.parsed?.length !== 1) return [];
  const file = ctx.parsed[0];
  return NON_EMPTY_MAPPINGS.filter((m) => holds(m.since, ctx)).flatMap(({ path }) => {
    const parts = path.split('.');
    const entry = dictEntry(dictPath(file ?? undefined, ...parts.slice(0, -1)), parts[parts.length - 1]!);
    return entry?.value.kind === 'none' ? [{ message: `${path} is empty: patroni --validate-config refuses it, as it is not a mapping (Patroni itself reads it as no parameters); remove the key or give it a setting`, ...at(entry.key) }] : [];
  });
}

function exclusiveTags(ctx: RuleContext): Finding[] {
  const tags = dictGet(ctx.root, 'tags');
  return EXCLUSIVE_TAGS.filter((t) => holds(t.since, ctx)).flatMap(({ keys: [flag, priority] }) => {
    const a = dictEntry(tags, flag);
    const b = dictEntry(tags, priority);
    if (!a || !b) return [];
    return [{ message: `tags.${flag} and tags.${priority} are both set: patroni --validate-config accepts only one of them, and Patroni follows ${flag} when they disagree`, ...at(b.key) }];
  });
}

export const validateConfigStrict: Rule = {
  id: 'validate-config-strict',
  severity: 'warning',
  description: 'values patroni --validate-config refuses although Patroni runs with them (empty lists, non-boolean switches, both tags of a pair)',
  check(ctx) {
    return [...emptyLists(ctx), ...emptyMappings(ctx), ...booleans(ctx), ...refusedBooleans(ctx), ...strings(ctx), ...exclusiveTags(ctx)];
  },
};
