/**
 * What exec was given: a plan JSON written by `plan --format json`, or a configuration
 * (file, directory or `-`) that it plans on the spot exactly as `plan` would.
 */
import { statSync } from 'node:fs';
import { planLoaded, UsageError, type PlanOptions } from '../api.js';
import { DEFAULT_PROFILE, resolvePatroniVersion, type PatroniVersion } from '../facts/patroni-versions.js';
import { applyEnvironment } from '../load/environment.js';
import { UnreadableInput, loadInput } from '../load/read-input.js';
import { loadConfigSources, type LoadedConfig } from '../load/load-config.js';
import { DEFAULT_PARSE_LIMITS, tooLargeMessage } from '../load/parse-source.js';
import { NotRegularFile, readBounded, type BoundedRead } from '../load/read-bounded.js';
import type { Plan } from '../plan/plan-types.js';
import { RefusedPlan, verifyPlan } from './plan-verify.js';

export interface ExecInput {
  plan: Plan;
  source: 'plan' | 'config';
  /** The configuration, when exec was given one; secrets then come from it. */
  config?: LoadedConfig;
}

/** A --patroni-env file as read: applied to a configuration the way the planned Patroni release applies its environment. */
export interface EnvFile {
  path: string;
  text: string;
}

/** A file is a plan when its text is a JSON object with format_version; anything else is read as a configuration. */
export function readExecInput(path: string, options: PlanOptions, env?: EnvFile): ExecInput {
  const bytes = readBytes(path);
  const origin = path === '-' ? '<stdin>' : path;
  const json = bytes === undefined ? undefined : parsePlanJson(bytes, origin);
  if (json !== undefined) {
    if (options.cluster || env) throw new UsageError(`${options.cluster ? '--cluster' : '--patroni-env'} is for a configuration: a plan JSON was planned already (plan it with that option)`);
    return { plan: verifyPlan(json, origin), source: 'plan' };
  }
  const loaded = bytes !== undefined && path === '-' ? loadConfigSources('-', [{ file: '<stdin>', bytes }]) : loadInput(path);
  const config = env ? applyEnvironment(loaded, env.path, env.text, envRelease(options)) : loaded;
  return { plan: planLoaded(config, options), source: 'config', config };
}

/** The release whose environment handling applies: the one planned for (the flag, else the cluster's, else the default). */
function envRelease(options: PlanOptions): PatroniVersion {
  const wanted = options.patroniVersion ?? options.cluster?.patroni.patroni.version ?? DEFAULT_PROFILE;
  return (resolvePatroniVersion(wanted) ?? resolvePatroniVersion(DEFAULT_PROFILE)!).version;
}

/**
 * The bytes of a file or standard input; undefined for a directory (always a configuration).
 * Never more than lint and plan read, and by the same rules (`exec /dev/zero` is refused as a device).
 */
function readBytes(path: string): Buffer | undefined {
  let read: BoundedRead;
  try {
    if (path !== '-' && statSync(path).isDirectory()) return undefined;
    read = readBounded(path === '-' ? 0 : path, DEFAULT_PARSE_LIMITS.maxBytes);
  } catch (err) {
    if (err instanceof NotRegularFile) throw new UnreadableInput(err.message);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UnreadableInput(`${path}: no such file or directory`);
    if (code === 'EACCES') throw new UnreadableInput(`${path}: permission denied`);
    throw new UnreadableInput(`${path}: cannot read (${code ?? 'error'})`);
  }
  if (read.tooLarge) throw new UnreadableInput(`${path === '-' ? '<stdin>' : path}: ${tooLargeMessage(DEFAULT_PARSE_LIMITS.maxBytes, read.size)}`);
  return read.bytes;
}

function parsePlanJson(bytes: Buffer, origin: string): unknown {
  const text = bytes.toString('utf8');
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && 'format_version' in value ? value : undefined;
  } catch (err) {
    // A truncated plan must not be read as a configuration that happens to parse as YAML.
    if (text.includes('"format_version"')) throw new RefusedPlan(`${origin}: looks like a plan but is not valid JSON (${(err as Error).message})`);
    return undefined;
  }
}
