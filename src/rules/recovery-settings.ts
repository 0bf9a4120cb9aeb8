/**
 * Recovery settings that do not exist for the chosen PostgreSQL major, that are not
 * recovery settings at all, or that Patroni ignores where they are written.
 */
import { has } from '../facts/patroni-behaviour.js';
import { CONVERTED, overriddenForReplica, PATRONI_RECOVERY_PARAMETERS, recoveryParameter } from '../facts/patroni-recovery.js';
import { pgSettingNamed } from '../facts/pg-setting-lookup.js';
import { dictEntry, dictGet } from '../py/dict.js';
import type { PyDict, PyEntry, PyValue } from '../py/value.js';
import { pyStr } from '../py/str.js';
import { closest } from '../validate/schema-index.js';
import { at, bootstrapMethod } from './common.js';
import type { Finding, Rule, RuleContext } from './rule.js';

interface Site {
  where: string;
  entries: PyEntry[];
  /** Settings of a replica, from which Patroni removes what it sets itself. */
  replica: boolean;
}

const isSetting = (name: string): boolean => pgSettingNamed(name) !== undefined;

function existence(ctx: RuleContext, where: string, e: PyEntry): Finding | undefined {
  const name = (e.key as { value: string }).value;
  const lower = name.toLowerCase();
  if (lower in CONVERTED) return undefined;
  const validated = has('recovery.validated-by-pg-version', ctx.patroni);
  const dropped = validated ? 'Patroni drops it' : `Patroni writes it anyway and PostgreSQL ${ctx.pgMajor} refuses to start`;
  const severity = validated ? ('warning' as const) : ('error' as const);
  const p = recoveryParameter(lower);
  if (!p) {
    if (isSetting(lower)) return { message: `${where}.${name} is a server setting, not a recovery setting: ${dropped}; put it in postgresql.parameters`, severity, ...at(e.key) };
    const typo = closest(lower, PATRONI_RECOVERY_PARAMETERS.map((r) => r.name));
    return { message: `${where}.${name} is not a recovery setting: ${dropped}${typo ? `; did you mean ${typo}?` : ''}`, severity, ...at(e.key) };
  }
  const trigger = lower === 'trigger_file' || lower === 'promote_trigger_file';
  if (trigger) {
    // Patroni renames the trigger file setting to the major's own name, which 16 no longer has.
    return ctx.pgMajor >= 16 ? { message: `${where}.${name}: PostgreSQL ${ctx.pgMajor} has no promote trigger file, ${dropped}; promote with patronictl or pg_ctl promote`, severity, ...at(e.key) } : undefined;
  }
  if (ctx.pgMajor < p.since || (p.until !== undefined && ctx.pgMajor >= p.until)) {
    return { message: `${where}.${name} does not exist in PostgreSQL ${ctx.pgMajor}: ${dropped}`, severity, ...at(e.key) };
  }
  return undefined;
}

/** What Patroni writes for a replica whatever recovery_conf says (config.py, 3.0.2 to 4.1.4). */
const FORCED: Readonly<Record<string, string>> = { standby_mode: 'on', recovery_target_timeline: 'latest' };

/** The value as PostgreSQL reads it: standby_mode is a boolean (on, true, yes, 1), the timeline a word. */
function sameAsForced(name: string, value: PyValue): boolean {
  const text = pyStr(value).trim().toLowerCase();
  return name === 'standby_mode' ? ['on', 'true', 'yes', '1'].includes(text) : Object.hasOwn(FORCED, name) && text === FORCED[name];
}

function overridden(where: string, e: PyEntry): Finding | undefined {
  const name = (e.key as { value: string }).value;
  if (!overriddenForReplica(name)) return undefined;
  const forced = Object.hasOwn(FORCED, name.toLowerCase()) ? FORCED[name.toLowerCase()] : undefined;
  if (forced && sameAsForced(name.toLowerCase(), e.value)) {
    return { message: `${where}.${name} is not needed: Patroni writes ${name} = '${forced}' itself for a replica, the value given here; remove it`, severity: 'info', ...at(e.key) };
  }
  return { message: `${where}.${name} is ignored: Patroni sets ${name.toLowerCase().startsWith('recovery_target') ? 'the recovery targets of a replica' : name} itself when it builds a replica's recovery settings`, ...at(e.key) };
}

function strEntries(d: PyDict | undefined): PyEntry[] {
  return d ? d.entries.filter((e) => e.key.kind === 'str') : [];
}

function asDict(v: ReturnType<typeof dictGet>): PyDict | undefined {
  return v?.kind === 'dict' ? v : undefined;
}

function sites(ctx: RuleContext): Site[] {
  const out: Site[] = [];
  const localPg = dictGet(ctx.root, 'postgresql');
  const recovery = asDict(dictGet(ctx.config.postgresql, 'recovery_conf'));
  const recoveryWhere = dictEntry(localPg, 'recovery_conf') ? 'postgresql.recovery_conf' : 'bootstrap.dcs.postgresql.recovery_conf';
  out.push({ where: recoveryWhere, entries: strEntries(recovery), replica: true });
  const params = asDict(dictGet(ctx.config.postgresql, 'parameters'));
  out.push({ where: 'postgresql.parameters', entries: strEntries(params).filter((e) => recoveryParameter((e.key as { value: string }).value)), replica: true });
  const method = bootstrapMethod(ctx);
  const methodRecovery = method && asDict(dictGet(dictGet(ctx.config.bootstrap, method.name), 'recovery_conf'));
  if (method && methodRecovery) out.push({ where: `bootstrap.${method.name}.recovery_conf`, entries: strEntries(methodRecovery), replica: false });
  return out;
}

/** Recovery settings in postgresql.parameters replace postgresql.recovery_conf as a whole. */
function replaced(ctx: RuleContext, all: Site[]): Finding[] {
  const [recovery, params] = all;
  if (!recovery!.entries.length || !params!.entries.length) return [];
  const key = dictEntry(dictGet(ctx.root, 'postgresql'), 'recovery_conf')?.key ?? dictEntry(dictGet(dictGet(dictGet(ctx.root, 'bootstrap'), 'dcs'), 'postgresql'), 'recovery_conf')?.key;
  const names = params!.entries.map((e) => (e.key as { value: string }).value).join(', ');
  return [{ message: `${recovery!.where} is ignored as a whole: postgresql.parameters holds recovery settings (${names}), and Patroni replaces recovery_conf with them`, ...at(key) }];
}

export const recoverySettings: Rule = {
  id: 'recovery-settings',
  severity: 'warning',
  description: 'recovery settings that the chosen PostgreSQL version does not have, or that Patroni ignores where they are',
  check(ctx) {
    const all = sites(ctx);
    const out: Finding[] = replaced(ctx, all);
    for (const site of all) {
      for (const e of site.entries) {
        const f = existence(ctx, site.where, e) ?? (site.replica ? overridden(site.where, e) : undefined);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
