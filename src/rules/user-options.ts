/**
 * initdb and basebackup options that Patroni refuses, drops, or chokes on, for the chosen
 * Patroni and PostgreSQL versions (the normaliser decides), plus what the program itself
 * then refuses: a switch given a value, an option without its value, the same option twice.
 */
import { dictEntry, dictGet, dictHas } from '../py/dict.js';
import type { PyValue } from '../py/value.js';
import { describeProblem, normaliseUserOptions, type OptionProblem } from '../normalise/user-options.js';
import { at } from './common.js';
import { toolName, toolOptions, type ToolOptions } from './option-lookup.js';
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

const failure = (t: ToolOptions): string => (t.tool === 'initdb' ? 'initdb stops and the bootstrap fails' : 'pg_basebackup stops and every basebackup attempt fails');

/** The value as the message quotes it; a password stays a placeholder in the plan and unnamed here. */
const givenValue = (v: string): string => (/\$\{secret:/.test(v) ? 'a value (a password, not shown)' : `the value '${v}'`);

/** A switch given a value, or an option that needs a value given none: getopt refuses both. */
function arity(t: ToolOptions): Finding[] {
  const out: Finding[] = [];
  for (const o of t.options) {
    if (!o.fact) continue;
    if (o.fact.arg === 'none' && o.value !== undefined) {
      out.push({ message: `${t.where}: --${o.fact.name} is a switch but is given ${givenValue(o.value)}: ${failure(t)}; write it as a list item without a value (- ${o.fact.name})`, severity: 'error', ...at(o.option) });
    } else if (o.fact.arg === 'required' && o.value === undefined) {
      out.push({ message: `${t.where}: --${o.fact.name} needs a value but is given none: ${failure(t)}`, severity: 'error', ...at(o.option) });
    }
  }
  return out;
}

/** The same option twice (aliases included), or an option Patroni already adds itself. */
function duplicates(ctx: RuleContext, t: ToolOptions): Finding[] {
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  for (const o of t.options) {
    if (!o.fact) continue;
    const canonical = [o.fact.name, ...(o.fact.aliases ?? [])].sort()[0]!;
    const first = seen.get(canonical);
    if (first !== undefined) out.push({ message: `${t.where}: --${o.fact.name} is given twice (first at line ${first}); ${toolName(t.pgTool)} uses the last one`, ...at(o.option) });
    else seen.set(canonical, o.option.span?.line ?? 0);
    if (t.tool === 'initdb' && canonical === 'username' && dictHas(dictGet(dictGet(ctx.config.postgresql, 'authentication'), 'superuser'), 'username')) {
      out.push({ message: `${t.where}: --username is also added by Patroni from postgresql.authentication.superuser.username; initdb uses the last one, Patroni's`, ...at(o.option) });
    }
  }
  return out;
}

/**
 * initdb written as a mapping: every release's process_user_options reads it (each truthy key
 * as --key=value, keys with an empty or false value skipped), but patroni --validate-config
 * (3.0.2 to 4.1.4) requires a list. A switch written `data-checksums:` is the usual casualty:
 * it is skipped, so one finding says both.
 */
function initdbMapping(ctx: RuleContext, key: PyValue, value: PyValue | undefined): Finding[] {
  if (value?.kind !== 'dict') return [];
  const skipped = normaliseUserOptions(value, { tool: 'initdb', patroni: ctx.patroni, pgMajor: ctx.pgMajor }).problems.filter((p) => p.kind === 'falsy-dropped' && p.name !== undefined).map((p) => p.name!);
  const lost = skipped.length ? `, skipping ${skipped.map((n) => `'${n}'`).join(', ')} (an empty or false value), so initdb runs without ${skipped.length > 1 ? 'them' : 'it'}` : '';
  const example = skipped.length ? `- ${skipped[0]}` : '- encoding: UTF8';
  return [{ message: `bootstrap.initdb is a mapping: patroni --validate-config refuses it (it takes a list); Patroni reads it anyway, passing each key as --key=value${lost}; write it as a list (${example})`, ...at(key) }];
}

export const userOptions: Rule = {
  id: 'user-options',
  severity: 'warning',
  description: 'initdb/basebackup options that Patroni refuses, drops or fails on, switches given values, options given twice',
  check(ctx) {
    const initdbEntry = dictEntry(ctx.config.bootstrap, 'initdb');
    const initdb = initdbEntry?.value;
    const basebackup = dictEntry(ctx.config.postgresql, 'basebackup')?.value;
    const parsed = toolOptions(ctx);
    const rest = [
      ...findings(ctx, 'initdb', 'bootstrap.initdb', initdb),
      ...findings(ctx, 'basebackup', 'postgresql.basebackup', basebackup),
      ...parsed.flatMap(arity),
      ...parsed.flatMap((t) => duplicates(ctx, t)),
    ];
    // A finding about one of its options already asks for the list form; the mapping itself then adds nothing,
    // unless keys were skipped, which is a loss of its own.
    const mapping = initdbEntry ? initdbMapping(ctx, initdbEntry.key, initdb) : [];
    const aboutInitdb = rest.some((f) => f.message.startsWith('bootstrap.initdb'));
    return [...(aboutInitdb && !mapping.some((f) => f.message.includes('skipping')) ? [] : mapping), ...rest];
  },
};
