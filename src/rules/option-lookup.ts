/**
 * initdb and pg_basebackup options as the rules see them: the argv element Patroni builds
 * (`--name` or `--name=value`) resolved against the PostgreSQL tables of the chosen major,
 * the way getopt_long reads it (a unique prefix of a long option is that option).
 */
import { isPgMajor, optionHistory, optionsFor, pgOption, type PgMajor, type PgOptionFact, type PgTool } from '../facts/pg-options.js';
import { normaliseUserOptions, type UserOption } from '../normalise/user-options.js';
import { dictEntry } from '../py/dict.js';
import type { PyValue } from '../py/value.js';
import type { RuleContext } from './rule.js';

export interface ParsedOption {
  option: UserOption;
  /** The long name as written, without dashes. */
  name: string;
  value?: string;
  /** The option getopt_long would take it for in this major, if any. */
  fact?: PgOptionFact;
  ambiguous?: string[];
}

export interface ToolOptions {
  tool: 'initdb' | 'basebackup';
  pgTool: PgTool;
  where: string;
  options: ParsedOption[];
}

export function parseArg(arg: string): { name: string; value?: string } {
  const body = arg.replace(/^--/, '');
  const eq = body.indexOf('=');
  return eq < 0 ? { name: body } : { name: body.slice(0, eq), value: body.slice(eq + 1) };
}

function resolve(tool: PgTool, name: string, major: PgMajor): Pick<ParsedOption, 'fact' | 'ambiguous'> {
  const exact = pgOption(tool, name, major);
  if (exact) return { fact: exact };
  if (name === '') return {};
  const matches = optionsFor(tool, major).filter((f) => f.name.startsWith(name));
  const distinct = matches.filter((f, i) => !matches.slice(0, i).some((g) => g.aliases?.includes(f.name) || f.aliases?.includes(g.name)));
  if (distinct.length === 1) return { fact: distinct[0]! };
  return distinct.length > 1 ? { ambiguous: distinct.map((f) => f.name) } : {};
}

/** The options Patroni passes to initdb and pg_basebackup, parsed; nothing when Patroni raises first. */
export function toolOptions(ctx: RuleContext): ToolOptions[] {
  const major = ctx.pgMajor;
  if (!isPgMajor(major)) return [];
  const sources: [ToolOptions['tool'], PgTool, string, PyValue | undefined][] = [
    ['initdb', 'initdb', 'bootstrap.initdb', dictEntry(ctx.config.bootstrap, 'initdb')?.value],
    ['basebackup', 'pg_basebackup', 'postgresql.basebackup', dictEntry(ctx.config.postgresql, 'basebackup')?.value],
  ];
  const out: ToolOptions[] = [];
  for (const [tool, pgTool, where, value] of sources) {
    if (value === undefined) continue;
    const n = normaliseUserOptions(value, { tool, patroni: ctx.patroni, pgMajor: major });
    if (n.aborted) continue;
    out.push({ tool, pgTool, where, options: n.options.map((option) => ({ option, ...parseArg(option.arg), ...resolve(pgTool, parseArg(option.arg).name, major) })) });
  }
  return out;
}

export function historyText(tool: PgTool, name: string): string | undefined {
  const spans = optionHistory(tool, name);
  if (!spans.length) return undefined;
  const since = Math.min(...spans.map((s) => s.since));
  const untils = spans.map((s) => s.until);
  const until = untils.some((u) => u === undefined) ? undefined : Math.max(...(untils as number[]));
  const successor = spans.find((s) => s.replacedBy)?.replacedBy;
  const instead = successor ? `; use --${successor}` : '';
  return until === undefined ? `added in PostgreSQL ${since}` : since === 9.6 ? `removed in PostgreSQL ${until}${instead}` : `only in PostgreSQL ${since} to ${until - 1}${instead}`;
}

export const toolName = (t: PgTool): string => (t === 'initdb' ? 'initdb' : 'pg_basebackup');
