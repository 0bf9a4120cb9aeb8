/**
 * initdb and basebackup options that Patroni refuses, drops, or chokes on, for the chosen
 * Patroni and PostgreSQL versions (the normaliser decides; this rule reports).
 */
import { dictEntry } from '../py/dict.js';
import { normaliseUserOptions, type OptionProblem } from '../normalise/user-options.js';
import { describeProblem } from '../plan/bootstrap-branch.js';
import type { Finding, Rule, RuleContext } from './rule.js';

function findings(ctx: RuleContext, tool: 'initdb' | 'basebackup', where: string, value: Parameters<typeof normaliseUserOptions>[0]): Finding[] {
  if (value === undefined) return [];
  const result = normaliseUserOptions(value, { tool, patroni: ctx.patroni, pgMajor: ctx.pgMajor });
  return result.problems.filter((p) => p.kind !== 'falsy-dropped').map((p: OptionProblem) => ({
    message: `${where}: ${describeProblem(p)}${consequence(tool, p)}`,
    severity: p.outcome === 'abort' ? 'error' : 'warning',
    ...(p.span && { span: p.span }),
  }));
}

function consequence(tool: string, p: OptionProblem): string {
  if (p.outcome === 'abort') return tool === 'initdb' ? '; Patroni raises and the bootstrap fails' : '; Patroni raises and no replica is built with basebackup';
  if (p.outcome === 'passed') return '; Patroni logs an error and passes it anyway';
  return '; Patroni logs it and leaves it out';
}

export const userOptions: Rule = {
  id: 'user-options',
  severity: 'warning',
  description: 'initdb/basebackup options that Patroni refuses, drops or fails on for the chosen versions',
  check(ctx) {
    const initdb = dictEntry(ctx.config.bootstrap, 'initdb')?.value;
    const basebackup = dictEntry(ctx.config.postgresql, 'basebackup')?.value;
    return [...findings(ctx, 'initdb', 'bootstrap.initdb', initdb), ...findings(ctx, 'basebackup', 'postgresql.basebackup', basebackup)];
  },
};
