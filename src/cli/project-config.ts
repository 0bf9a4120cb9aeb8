/**
 * The project config file, `.patroni-plan.yml` (or `.yaml`), found in the working directory
 * or the nearest directory above it. It holds defaults for lint; options on the command line
 * win. Paths in it are relative to the file. Documented in docs/configuration.md.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { UsageError } from '../api.js';
import type { SeverityOverride } from '../lint/lint-options.js';
import { readSideFile } from '../load/read-input.js';

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
      case 'env-file': out.patroniEnv = resolve(dirname(file), scalar(file, key, v)); break;
      case 'select': out.select = stringList(file, key, v); break;
      case 'ignore': out.ignore = stringList(file, key, v); break;
      case 'rules': out.rules = rules(file, v); break;
      default: throw new UsageError(`${file}: unknown setting '${key}' (known: patroni-version, pg-version, format, strict, host-checks, patroni-env, select, ignore, rules)`);
    }
  }
  return out;
}
