/**
 * initdb and pg_basebackup options that the chosen PostgreSQL major does not have, or
 * values it does not accept: the program stops with a usage error, so the bootstrap (initdb)
 * or every basebackup attempt fails.
 */
import { optionsFor, optionValues, type PgMajor } from '../facts/pg-options.js';
import { closest } from '../validate/schema-index.js';
import { at } from './common.js';
import { historyText, toolName, toolOptions, type ParsedOption, type ToolOptions } from './option-lookup.js';
import type { Finding, Rule, RuleContext } from './rule.js';

function unknown(ctx: RuleContext, t: ToolOptions, o: ParsedOption): Finding {
  const program = toolName(t.pgTool);
  const head = `${t.where}: ${program} of PostgreSQL ${ctx.pgMajor} has no option --${o.name}`;
  if (o.ambiguous) return { message: `${t.where}: --${o.name} is ambiguous for ${program} (${o.ambiguous.map((n) => `--${n}`).join(', ')})`, ...at(o.option) };
  const history = historyText(t.pgTool, o.name);
  if (history) return { message: `${head} (${history})`, ...at(o.option) };
  const typo = closest(o.name, optionsFor(t.pgTool, ctx.pgMajor as PgMajor).map((f) => f.name));
  return { message: `${head}${typo ? `; did you mean --${typo}?` : ''}`, ...at(o.option) };
}

function badValue(ctx: RuleContext, t: ToolOptions, o: ParsedOption): Finding | undefined {
  if (!o.fact || o.value === undefined) return undefined;
  const allowed = optionValues(o.fact, ctx.pgMajor as PgMajor);
  if (!allowed || allowed.includes(o.value)) return undefined;
  return { message: `${t.where}: --${o.fact.name}=${o.value} is not accepted by ${toolName(t.pgTool)} of PostgreSQL ${ctx.pgMajor} (it takes ${allowed.join(', ')})`, ...at(o.option) };
}

export const pgOptionVersion: Rule = {
  id: 'pg-option-version',
  severity: 'error',
  description: 'initdb/pg_basebackup options or option values that the chosen PostgreSQL major does not have',
  check(ctx) {
    const out: Finding[] = [];
    for (const t of toolOptions(ctx)) {
      for (const o of t.options) {
        const f = o.fact ? badValue(ctx, t, o) : unknown(ctx, t, o);
        if (f) out.push(f);
      }
    }
    return out;
  },
};
