/**
 * Where a configuration sets server parameters (postgresql.parameters, bootstrap.dcs.postgresql.parameters), and
 * what the rules about them share: the validator scope of the chosen Patroni release and PostgreSQL major.
 */
import { parameterTableIndex, validatorVersion } from '../facts/server-parameter-rules.js';
import { dictPath } from '../py/dict.js';
import type { PyEntry } from '../py/value.js';
import type { ValidationScope } from '../plan/parameter-validation.js';
import type { RuleContext } from './rule.js';

export interface ParameterSite {
  /** the config path of the entry, e.g. postgresql.parameters.work_mem */
  where: string;
  name: string;
  entry: PyEntry;
  /** local postgresql.parameters (true) or bootstrap.dcs.postgresql.parameters (false) */
  local: boolean;
}

export function parameterSites(ctx: RuleContext): ParameterSite[] {
  const out: ParameterSite[] = [];
  for (const [prefix, local] of [['bootstrap.dcs.postgresql.parameters', false], ['postgresql.parameters', true]] as const) {
    const dict = dictPath(ctx.root, ...prefix.split('.'));
    if (dict?.kind !== 'dict') continue;
    for (const entry of dict.entries) {
      if (entry.key.kind !== 'str') continue;
      out.push({ where: `${prefix}.${entry.key.value}`, name: entry.key.value, entry, local });
    }
  }
  return out;
}

export function validationScope(ctx: RuleContext): ValidationScope {
  return { patroni: ctx.patroni, table: parameterTableIndex(ctx.patroni), versionNum: validatorVersion(ctx.patroni, ctx.pgMajor) };
}

export const pgLabel = (m: number) => (m < 10 ? m.toFixed(1) : String(m));
