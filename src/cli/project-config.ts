/**
 * The project config file, `.patroni-plan.yml` (or `.yaml`), found in the working directory
 * or the nearest directory above it. It holds defaults for lint; options on the command line
 * win. Paths in it are relative to the file and may not leave its directory. A file found
 * (not named with --config) applies only if nobody else could have written it
 * (project-trust.ts). Documented in docs/configuration.md.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../api.js';
import type { SeverityOverride } from '../lint/lint-options.js';
import { readSideFile } from '../load/read-input.js';
import { fileProblem, untrustedReason } from './project-trust.js';

export const PROJECT_CONFIG_NAMES = ['.patroni-plan.yml', '.patroni-plan.yaml'];

export interface ProjectConfig {
  file: string;
  patroniVersion?: string;
  pgVersion?: string;
  format?: string;
  strict?: boolean;
  hostChecks?: boolean;
  patroniEnv?: string;
  select?: string[];
  ignore?: string[];
  rules?: Record<string, SeverityOverride>;
}

/** The nearest project config file from `dir` upwards, if any. */
export function findProjectConfig(dir: string): string | undefined {
  for (let at = resolve(dir); ; at = dirname(at)) {
    for (const name of PROJECT_CONFIG_NAMES) if (existsSync(join(at, name))) return join(at, name);
    if (dirname(at) === at) return undefined;
  }
}

const LEVELS = ['error', 'warning', 'info', 'off'];

function stringList(file: string, key: string, v: unknown): string[] {
  const list = typeof v === 'string' ? v.split(',') : v;
  if (!Array.isArray(list) || !list.every((x) => typeof x === 'string')) throw new UsageError(`${file}: ${key} must be a list of rule ids`);
  return list.map((x) => x.trim()).filter(Boolean);
}

function scalar(file: string, key: string, v: unknown): string {
  if (typeof v !== 'string' && typeof v !== 'number') throw new UsageError(`${file}: ${key} must be a string`);
  return String(v);
}

function flag(file: string, key: string, v: unknown): boolean {
  if (typeof v !== 'boolean') throw new UsageError(`${file}: ${key} must be true or false`);
  return v;
}

function rules(file: string, v: unknown): Record<string, SeverityOverride> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new UsageError(`${file}: rules must map rule ids to error, warning, info or off`);
  const out: Record<string, SeverityOverride> = {};
  for (const [id, level] of Object.entries(v)) {
    const text = level === false ? 'off' : String(level);
    if (!LEVELS.includes(text)) throw new UsageError(`${file}: rules.${id} must be error, warning, info or off, not '${text}'`);
    out[id] = text as SeverityOverride;
  }
  return out;
}

/** How the run's project file was chosen: what --print-config reports. */
export interface ProjectChoice {
  /** The project file that applies. */
  config?: ProjectConfig;
  /** A file found and not applied, with the reason (the run warns). */
  skipped?: { file: string; reason: string };
  how: 'named' | 'found' | 'none' | 'no-config';
}

/** --config FILE, --no-config (false), or the nearest file from `cwd` up, if it may be applied. */
export function chooseProjectConfig(named: string | false | undefined, cwd: string, me: number | undefined = process.geteuid?.()): ProjectChoice {
  if (named === false) return { how: 'no-config' };
  if (named !== undefined) return { how: 'named', config: readProjectConfig(named) };
  const file = findProjectConfig(cwd);
  if (file === undefined) return { how: 'none' };
  // Without user ids (Windows) there is no owner to compare.
  if (me === undefined) return { how: 'found', config: readProjectConfig(file) };
  const before = untrustedReason(file, me);
  if (before) return { how: 'found', skipped: { file, reason: before } };
  const { text, stat } = readSideFile(file, 'the project config');
  // The descriptor read is checked again: the path may have been swapped since.
  const after = fileProblem(stat, me);
  if (after) return { how: 'found', skipped: { file, reason: after } };
  return { how: 'found', config: parseProjectConfig(file, text) };
}

/**
 * A path setting, resolved against the file's directory, which it may not leave, not even
 * through a symlink: a project file may make lint read (and quote in findings) its own
 * repository's files, not `../outside/host.env`.
 */
function inside(file: string, key: string, value: string): string {
  const base = dirname(resolve(file));
  const path = resolve(base, value);
  if (leaves(base, path)) throw new UsageError(`${file}: ${key} '${value}' is outside the directory of the project file: paths in it may not leave that directory`);
  let real: string | undefined;
  try {
    real = realpathSync(path);
  } catch {
    return path; // a missing file: reading it says so
  }
  if (leaves(realpathSync(base), real)) throw new UsageError(`${file}: ${key} '${value}' leads outside the directory of the project file through a symlink: paths in it may not leave that directory`);
  return path;
}

function leaves(from: string, to: string): boolean {
  const rel = relative(from, to);
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

export function readProjectConfig(file: string): ProjectConfig {
  // Bounded and regular only: a project file that is /dev/zero or a FIFO must not hang lint.
  return parseProjectConfig(file, readSideFile(file, 'the project config').text);
}

export function parseProjectConfig(file: string, text: string): ProjectConfig {
  let data: unknown;
  try {
    data = parse(text);
  } catch (err) {
    throw new UsageError(`${file}: cannot read the project config (${(err as Error).message.split('\n')[0]})`);
  }
  if (data === null || data === undefined) return { file };
  if (typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`${file}: the project config must be a mapping`);
  const out: ProjectConfig = { file };
  for (const [key, v] of Object.entries(data)) {
    switch (key) {
      case 'patroni-version': out.patroniVersion = scalar(file, key, v); break;
      case 'pg-version': out.pgVersion = scalar(file, key, v); break;
      case 'format': out.format = scalar(file, key, v); break;
      case 'strict': out.strict = flag(file, key, v); break;
      case 'host-checks': out.hostChecks = flag(file, key, v); break;
      // env-file is the setting's first name: safe here (only patroni-plan reads this file), so still accepted.
      case 'patroni-env':
      case 'env-file': out.patroniEnv = inside(file, key, scalar(file, key, v)); break;
      case 'select': out.select = stringList(file, key, v); break;
      case 'ignore': out.ignore = stringList(file, key, v); break;
      case 'rules': out.rules = rules(file, v); break;
      default: throw new UsageError(`${file}: unknown setting '${key}' (known: patroni-version, pg-version, format, strict, host-checks, patroni-env, select, ignore, rules)`);
    }
  }
  return out;
}
