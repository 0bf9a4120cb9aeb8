/**
 * A replica method listed in create_replica_methods that has no section under postgresql:
 * Patroni then runs the method's name itself as the command (with --scope, --role,
 * --datadir and --connstring), which is rarely what the author meant, typically because
 * the section was written under bootstrap or at the top level.
 */
import { has } from '../facts/patroni-behaviour.js';
import { dictGet } from '../py/dict.js';
import { pyTruthy } from '../py/truth.js';
import type { PyValue } from '../py/value.js';
import { at, replicaMethods } from './common.js';
import type { Finding, Rule, RuleContext } from './rule.js';

/** Places where a replica method section is sometimes written by mistake. */
function misplaced(ctx: RuleContext, name: string): string | undefined {
  const candidates: [string, PyValue | undefined][] = [
    [`bootstrap.${name}`, dictGet(dictGet(ctx.root, 'bootstrap'), name)],
    [`bootstrap.dcs.${name}`, dictGet(dictGet(dictGet(ctx.root, 'bootstrap'), 'dcs'), name)],
    [name, dictGet(ctx.root, name)],
  ];
  return candidates.find(([, v]) => v?.kind === 'dict')?.[0];
}

function check(ctx: RuleContext, name: string, value: PyValue, where: string): Finding | undefined {
  if (name === 'basebackup') return undefined;
  const section = dictGet(ctx.config.postgresql, name);
  if (section !== undefined && !pyTruthy(section)) return emptySection(ctx, name, section, value);
  if (section === undefined) {
    const other = misplaced(ctx, name);
    const hint = other ? `; there is a ${other} section, but Patroni reads replica method sections from postgresql (or bootstrap.dcs.postgresql)` : '';
    return { message: `${where} lists '${name}' but there is no postgresql.${name} section: Patroni runs '${name}' itself as the command, with --scope, --role, --datadir and --connstring${hint}`, ...at(value) };
  }
  if (section.kind === 'dict' && dictGet(section, 'command') === undefined) {
    return { message: `postgresql.${name} has no command: Patroni runs '${name}' itself as the command`, severity: 'warning', ...at(value) };
  }
  return undefined;
}

/** 3.0.3+ read an empty or false section as none; before, only an empty mapping was read that way. */
function emptySection(ctx: RuleContext, name: string, section: PyValue, value: PyValue): Finding {
  if (section.kind !== 'dict' && !has('replica.empty-section-as-none', ctx.patroni)) {
    return { message: `postgresql.${name} is empty (${section.kind === 'none' ? 'null' : `a ${section.kind}`}): this Patroni raises when it reaches the method, so neither it nor the methods after it run (3.0.3 and later read it as no section)`, ...at(value) };
  }
  return { message: `postgresql.${name} is empty: Patroni reads it as no section and runs '${name}' itself as the command, with --scope, --role, --datadir and --connstring`, ...at(value) };
}

export const replicaMethodSection: Rule = {
  id: 'replica-method-section',
  severity: 'error',
  description: 'a replica method with no section (its name becomes the command) or with its section in the wrong place',
  fixable: true,
  check(ctx) {
    return replicaMethods(ctx).flatMap((m) => check(ctx, m.name, m.value, m.where) ?? []);
  },
};
