/**
 * The `initdb` and `basebackup` option forms (a map, a list of strings, a list of one-key
 * maps) become the argv elements Patroni's `process_user_options` would build, plus a record
 * of every entry it refused, dropped or choked on. The plan uses the arguments; the linter
 * uses the problems. Version differences come from the facts table.
 */
import { has, REFUSED_OPTIONS, type OptionTool } from '../facts/patroni-behaviour.js';
import type { PatroniVersion } from '../facts/patroni-versions.js';
import { shlexSplit, ShlexError } from '../py/shlex.js';
import { pyStr } from '../py/str.js';
import { pyTruthy } from '../py/truth.js';
import type { PyValue, Span } from '../py/value.js';

export interface UserOption {
  /** The argv element exactly as Patroni builds it, e.g. `--encoding=UTF8`. */
  arg: string;
  name: string;
  span?: Span;
}

export type OptionProblemKind =
  | 'refused' // Patroni refuses this option name
  | 'falsy-dropped' // map form: empty, false, 0 or null values are skipped
  | 'several-keys' // list form: a mapping with more or fewer than one key
  | 'not-a-string' // list form mapping value, or list item, that is not a string
  | 'map-value-not-string' // map form value that is not a string (reaches shlex.split)
  | 'not-list-or-map' // the whole option value is neither a list nor a mapping
  | 'compress-client-side'; // basebackup compress that is not server-side on PostgreSQL 15+

/** What Patroni does about a problem: stop the whole operation, skip the entry, or pass it anyway. */
export type OptionOutcome = 'abort' | 'dropped' | 'passed';

export interface OptionProblem {
  kind: OptionProblemKind;
  outcome: OptionOutcome;
  name?: string;
  span?: Span;
}

export interface NormalisedOptions {
  options: UserOption[];
  problems: OptionProblem[];
  /** Set when Patroni raises while reading the options: nothing after this runs. */
  aborted?: OptionProblem;
}

export interface OptionContext {
  tool: OptionTool;
  patroni: PatroniVersion;
  /** PostgreSQL major version as Patroni compares it: 15 for 15, 9.6 for 9.6. */
  pgMajor: number;
}

class Abort extends Error {
  constructor(readonly problem: OptionProblem) {
    super(problem.kind);
  }
}

export function normaliseUserOptions(value: PyValue | undefined, ctx: OptionContext): NormalisedOptions {
  const problems: OptionProblem[] = [];
  const options: UserOption[] = [];
  const report = (problem: Omit<OptionProblem, 'outcome'>, outcome: OptionOutcome): void => {
    // initdb's error handler raises; basebackup's only logs.
    if (ctx.tool === 'initdb' && outcome !== 'abort' && problem.kind !== 'falsy-dropped') throw new Abort({ ...problem, outcome: 'abort' });
    // An abort is recorded once, where it is caught.
    if (outcome === 'abort') throw new Abort({ ...problem, outcome });
    problems.push({ ...problem, outcome });
  };
  try {
    // A missing section means no options; initdb also reads any falsy value as `[]` (`config or []`).
    if (value === undefined || (ctx.tool === 'initdb' && !pyTruthy(value))) return { options, problems };
    if (value.kind === 'dict') readMap(value, ctx, options, report);
    else if (value.kind === 'list') readList(value.items, ctx, options, report);
    else report({ kind: 'not-list-or-map', ...spanOf(value) }, 'dropped');
  } catch (err) {
    if (!(err instanceof Abort)) throw err;
    problems.push(err.problem);
    return { options, problems, aborted: err.problem };
  }
  return { options: filterCompress(options, ctx, problems), problems };
}

type Report = (problem: Omit<OptionProblem, 'outcome'>, outcome: OptionOutcome) => void;

const spanOf = (v: PyValue | undefined): { span?: Span } => (v?.span ? { span: v.span } : {});

function refused(ctx: OptionContext, name: string): boolean {
  const list: readonly string[] = REFUSED_OPTIONS[ctx.tool];
  if (list.includes(name)) return true;
  return ctx.tool === 'basebackup' && name === 'compress' && compressRefused(ctx);
}

function compressRefused(ctx: OptionContext): boolean {
  return !has('basebackup.compress-by-pg-version', ctx.patroni) || compressMajor(ctx) < 15;
}

/** The PostgreSQL major the compress rule sees; some releases read it from the still empty data directory as 0. */
function compressMajor(ctx: OptionContext): number {
  return has('basebackup.pg-version-zero-on-empty-data-dir', ctx.patroni) ? 0 : ctx.pgMajor;
}

/** Python's shlex-based unquote: one token replaces the value; several, or a split error, keep it. */
function unquote(text: string): string {
  try {
    const tokens = shlexSplit(text);
    return tokens.length === 1 ? tokens[0]! : text;
  } catch (err) {
    if (err instanceof ShlexError) return text;
    throw err;
  }
}

function optionValue(value: PyValue, ctx: OptionContext, report: Report, name: string): string {
  if (!has('options.unquote', ctx.patroni)) return pyStr(value);
  // shlex.split only reads str; anything else raises out of Patroni's option parsing.
  if (value.kind !== 'str') report({ kind: 'map-value-not-string', name, ...spanOf(value) }, 'abort');
  return unquote((value as { value: string }).value);
}

function readMap(map: Extract<PyValue, { kind: 'dict' }>, ctx: OptionContext, out: UserOption[], report: Report): void {
  for (const { key, value } of map.entries) {
    const name = pyStr(key);
    if (!pyTruthy(key) || !pyTruthy(value)) {
      report({ kind: 'falsy-dropped', name, ...spanOf(key) }, 'dropped');
      continue;
    }
    if (has('options.map-refuses', ctx.patroni) && refused(ctx, name)) {
      report({ kind: 'refused', name, ...spanOf(key) }, 'dropped');
      continue;
    }
    out.push({ arg: optionArg(name, optionValue(value, ctx, report, name), ctx), name, ...spanOf(key) });
  }
}

function readList(items: PyValue[], ctx: OptionContext, out: UserOption[], report: Report): void {
  const passInvalid = !has('basebackup.list-drops-invalid', ctx.patroni);
  for (const item of items) {
    if (item.kind === 'str') {
      if (!refused(ctx, item.value)) out.push({ arg: `--${item.value}`, name: item.value, ...spanOf(item) });
      else report({ kind: 'refused', name: item.value, ...spanOf(item) }, 'dropped');
    } else if (item.kind === 'dict') {
      readListMapping(item, ctx, out, report, passInvalid);
    } else {
      report({ kind: 'not-a-string', ...spanOf(item) }, 'dropped');
    }
  }
}

function readListMapping(
  item: Extract<PyValue, { kind: 'dict' }>,
  ctx: OptionContext,
  out: UserOption[],
  report: Report,
  passInvalid: boolean,
): void {
  const first = item.entries[0];
  // Patroni's error message reads the first key's value, so an empty mapping raises.
  if (!first) return report({ kind: 'several-keys', ...spanOf(item) }, 'abort');
  const name = pyStr(first.key);
  const problem: Omit<OptionProblem, 'outcome'> | undefined =
    item.entries.length !== 1
      ? { kind: 'several-keys', name, ...spanOf(item) }
      : first.value.kind !== 'str'
        ? { kind: 'not-a-string', name, ...spanOf(first.value) }
        : refused(ctx, name)
          ? { kind: 'refused', name, ...spanOf(first.key) }
          : undefined;
  if (!problem) {
    out.push({ arg: optionArg(name, optionValue(first.value, ctx, report, name), ctx), name, ...spanOf(first.key) });
    return;
  }
  if (!passInvalid) return report(problem, 'dropped');
  report(problem, 'passed');
  // Before 3.3 the entry was logged and then passed anyway, first key only.
  out.push({ arg: optionArg(name, optionValue(first.value, ctx, report, name), ctx), name, ...spanOf(first.key) });
}

/**
 * Option names whose value is a password. Patroni refuses them, but 3.0–3.2 passed a refused
 * entry of the list form anyway (`- password: X` becomes `--password=X`, which pg_basebackup
 * then rejects: its -W takes no value). The plan keeps the argument's place and shape, with a
 * placeholder for the value, so no plan, diff or log shows it.
 */
const SECRET_OPTIONS: ReadonlySet<string> = new Set(['password']);
const OPTIONS_KEY: Record<OptionTool, string> = { initdb: 'bootstrap.initdb', basebackup: 'postgresql.basebackup' };

function optionArg(name: string, value: string, ctx: OptionContext): string {
  return SECRET_OPTIONS.has(name) ? `--${name}=\${secret:${OPTIONS_KEY[ctx.tool]}.${name}}` : `--${name}=${value}`;
}

function filterCompress(options: UserOption[], ctx: OptionContext, problems: OptionProblem[]): UserOption[] {
  if (ctx.tool !== 'basebackup' || compressRefused(ctx)) {
    return options;
  }
  return options.filter((o) => {
    const keep = !o.arg.startsWith('--compress=') || o.arg.startsWith('--compress=server');
    if (!keep) problems.push({ kind: 'compress-client-side', outcome: 'dropped', name: o.name, ...(o.span && { span: o.span }) });
    return keep;
  });
}

/** A problem in words, as the plan's notes and the linter's findings both say it. */
export function describeProblem(p: { kind: string; name?: string }): string {
  const what: Record<string, string> = {
    refused: 'is an option Patroni refuses',
    'falsy-dropped': 'has an empty or false value, so Patroni skips it',
    'several-keys': 'is a list entry that is not a mapping with exactly one key',
    'not-a-string': 'has a value that is not a string',
    'map-value-not-string': 'has a value that is not a string, which shlex.split cannot read',
    'not-list-or-map': 'is neither a list nor a mapping',
    'compress-client-side': 'asks for client-side compression, which Patroni drops',
  };
  return `${p.name ? `'${p.name}' ` : 'the value '}${what[p.kind] ?? p.kind}`;
}
