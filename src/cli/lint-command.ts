/**
 * `patroni-plan lint`: options from the command line over the project config file, each
 * path linted as one configuration (a directory merged as Patroni merges it), PATRONI_*
 * overrides from --patroni-env applied first, output in the chosen format.
 */
import { readFileSync } from 'node:fs';
import { toolVersion } from './version.js';
import { resolveVersions, UsageError } from '../api.js';
import { sortDiagnostics, type Diagnostic, type Severity } from '../diagnostic.js';
import { checkIds, failed, UnknownCheckError, type LintOptions, type SeverityOverride } from '../lint/lint-options.js';
import { loadInput, readSideFile } from '../load/read-input.js';
import type { RestFlags } from '../cluster/rest-options.js';
import type { ClusterSnapshot } from '../cluster/snapshot.js';
import type { LintFileContext } from './lint-file.js';
import { writeOutputFile } from './output-file.js';
import { refuseOutputOverInput } from './output-over-input.js';
import { LINT_FORMATS } from './lint-flags.js';
import { chooseProjectConfig, type ProjectChoice, type ProjectConfig } from './project-config.js';
import { lintPaths } from './lint-parallel.js';
import type { EffectiveSettings } from './print-config.js';

export interface LintCommandOptions extends RestFlags {
  format?: string;
  patroniVersion?: string;
  pgVersion?: string;
  patroniEnv?: string;
  /** The old name of --patroni-env, refused: see ENV_FILE_REFUSED. */
  envFile?: string;
  select?: string[];
  ignore?: string[];
  severity?: string[];
  strict?: boolean;
  hostChecks?: boolean;
  /** A project config file, or false for --no-config. */
  config?: string | false;
  color?: boolean;
  output?: string;
  /** Rewrite the files with the fixes first (lint-fix.ts). */
  fix?: boolean;
  /** Print the fixes as a diff instead; --diff is the same. */
  fixDryRun?: boolean;
  diff?: boolean;
  /** --jobs: worker threads for many paths (default: the number of cores). */
  jobs?: string;
  /** Print the settings and the project file that applied, and lint nothing. */
  printConfig?: boolean;
  /** --cluster URL|STATE.json; how to reach it is in RestFlags. */
  cluster?: string;
}

/** The project file that applies; one that was found and not applied is a warning, and the run goes on without it. */
function project(opts: LintCommandOptions): ProjectChoice {
  const choice = chooseProjectConfig(opts.config, process.cwd());
  if (choice.skipped) process.stderr.write(`warning: ${choice.skipped.file}: project file not applied: ${choice.skipped.reason}\n`);
  return choice;
}

function severities(list: string[] | undefined): Record<string, SeverityOverride> {
  const out: Record<string, SeverityOverride> = {};
  for (const item of list ?? []) {
    const m = /^([a-z0-9-]+)=(error|warning|info|off)$/.exec(item);
    if (!m) throw new UsageError(`--severity takes RULE=error|warning|info|off, not '${item}'`);
    out[m[1]!] = m[2] as Severity | 'off';
  }
  return out;
}

function lintOptions(opts: LintCommandOptions, p: ProjectConfig | undefined): LintOptions {
  const o: LintOptions = {
    select: opts.select ?? p?.select,
    ignore: [...(p?.ignore ?? []), ...(opts.ignore ?? [])],
    severity: { ...p?.rules, ...severities(opts.severity) },
    strict: opts.strict ?? p?.strict ?? false,
    hostChecks: opts.hostChecks ?? p?.hostChecks ?? false,
  };
  try {
    checkIds([...(o.select ?? []), ...(o.ignore ?? []), ...Object.keys(o.severity ?? {})], p ? `options (or ${p.file})` : 'options');
  } catch (err) {
    if (err instanceof UnknownCheckError) throw new UsageError(err.message);
    throw err;
  }
  return o;
}

/**
 * Node 20 (measured on 20.20.2) takes an `--env-file` anywhere on its command line, even
 * after the script name, as its own option: it loads the file into the process environment
 * before any of our code runs, and a NODE_OPTIONS=--require ./x.cjs line in it runs x.cjs.
 * An env file under review in a pull request must not run code in CI, so the option is named
 * otherwise and the old name is refused on every runtime, with the new one to use.
 */
const ENV_FILE_REFUSED =
  'lint: --env-file is now --patroni-env FILE (Node 20 reads --env-file itself and loads the file into its own environment, NODE_OPTIONS included, before patroni-plan runs: see docs/security.md)';

/** The cluster for every path; a single configuration file also says how to reach it (ctl, restapi). */
async function lintCluster(arg: string, files: string[], opts: LintCommandOptions): Promise<ClusterSnapshot> {
  const { readClusterOption } = await import('./plan-input.js');
  const root = files.length === 1 && files[0] !== '-' ? loadInput(files[0]!).root ?? undefined : undefined;
  return readClusterOption(arg, root, opts);
}

/** By the rules of the configuration's reader: an env file's lines are quoted under diagnostics too. */
function readEnvFile(path: string): string {
  return readSideFile(path, 'the env file').text;
}

async function render(format: string, list: Diagnostic[], sources: Map<string, string>, opts: LintCommandOptions): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../render/diagnostics-json.js')).renderDiagnosticsJson(list);
    case 'github':
      return (await import('../render/diagnostics-github.js')).renderDiagnosticsGithub(list);
    case 'gitlab':
      return (await import('../render/diagnostics-gitlab.js')).renderDiagnosticsGitlab(list);
    case 'sarif': {
      const { renderDiagnosticsSarif } = await import('../render/diagnostics-sarif.js');
      const { BUILTIN_CHECKS, RULES } = await import('../rules/index.js');
      return renderDiagnosticsSarif(list, { rules: [...BUILTIN_CHECKS, ...RULES], toolVersion: toolVersion() });
    }
    default: {
      const color = opts.color ?? (!opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR);
      return (await import('../render/diagnostics-text.js')).renderDiagnosticsText(list, { sources, color });
    }
  }
}

async function printConfig(choice: ProjectChoice, settings: EffectiveSettings, opts: LintCommandOptions): Promise<number> {
  const text = (await import('./print-config.js')).renderSettings(choice, settings);
  if (opts.output) writeOutputFile(opts.output, text);
  else process.stdout.write(text);
  return 0;
}

export async function runLint(files: string[], opts: LintCommandOptions): Promise<number> {
  const choice = project(opts);
  const p = choice.config;
  const format = opts.format ?? p?.format ?? 'text';
  if (!(LINT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`format must be one of ${LINT_FORMATS.join(', ')}, not '${format}'`);
  const cluster = opts.cluster === undefined ? undefined : await lintCluster(opts.cluster, files, opts);
  // The versions the cluster runs, unless the flags or the project config say otherwise.
  const running = cluster && (await import('../cluster/cluster-target.js')).knownRunningVersions(cluster);
  const versions = resolveVersions({ patroniVersion: opts.patroniVersion ?? p?.patroniVersion ?? running?.patroniVersion, pgVersion: opts.pgVersion ?? p?.pgVersion ?? running?.pgVersion });
  const options = lintOptions(opts, p);
  if (opts.envFile !== undefined) throw new UsageError(ENV_FILE_REFUSED);
  const envFile = opts.patroniEnv ?? p?.patroniEnv;
  if (opts.printConfig) return printConfig(choice, { versions, format, options, patroniEnv: envFile }, opts);
  const envText = envFile === undefined ? undefined : readEnvFile(envFile);
  const dryRun = opts.fixDryRun === true || opts.diff === true;
  if (opts.fix && dryRun) throw new UsageError('--fix rewrites the files and --fix-dry-run only shows the diff: give one of them');
  // Before --fix rewrites anything: the report must not then replace a file it is about.
  refuseOutputOverInput(opts.output, [...files, envFile]);
  const fixed = opts.fix || dryRun ? (await import('./lint-fix.js')).fixInputs(files, { dryRun, patroniVersion: opts.patroniVersion ?? p?.patroniVersion, pgVersion: opts.pgVersion ?? p?.pgVersion, lint: options, envFile }) : undefined;
  const all: Diagnostic[] = [];
  const sources = new Map<string, string>();
  // Only the text format quotes source lines.
  const ctx: LintFileContext = { versions, options, envFile, envText, quoteSources: format === 'text', fixedTexts: fixed, ...(cluster && { cluster }) };
  for (const linted of await lintPaths(files.length ? files : ['-'], ctx, opts.jobs)) {
    for (const [file, text] of linted.sources) sources.set(file, text);
    all.push(...linted.diagnostics);
  }
  const list = sortDiagnostics(all);
  const text = await render(format, list, sources, opts);
  if (opts.output) writeOutputFile(opts.output, text);
  else process.stdout.write(text);
  return failed(list, options) ? 1 : 0;
}
