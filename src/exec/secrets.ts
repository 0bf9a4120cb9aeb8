/**
 * Secrets are never in a plan: a step names the configuration key (`secret`, and
 * `${secret:<key>}` inside file content) and exec reads the value at run time from the
 * configuration, the one it was given, `--config FILE`, or the files the plan names.
 */
import { UnreadableInput, loadInput } from '../load/read-input.js';
import { formatDiagnostic } from '../diagnostic.js';
import { loadConfigSources, readSource, type LoadedConfig } from '../load/load-config.js';
import { NotRegularFile } from '../load/read-bounded.js';
import { effectiveConfig } from '../normalise/effective-config.js';
import { dictPath } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import type { Plan, Step } from '../plan/plan-types.js';
import { RefusedPlan } from './plan-verify.js';

export const SECRET_REF = /\$\{secret:([^}]+)\}/g;

/** The keys whose values the steps need. */
export function secretKeys(steps: Step[]): string[] {
  const keys = new Set<string>();
  for (const s of steps) {
    if (s.secret) keys.add(s.secret);
    for (const m of (s.content ?? '').matchAll(SECRET_REF)) keys.add(m[1]!);
  }
  return [...keys].sort();
}

/** Where secrets come from: the configuration exec planned from, else --config, else the plan's config_files. */
export function secretSource(plan: Plan, given: LoadedConfig | undefined, configOption: string | undefined): LoadedConfig {
  if (given) return given;
  if (configOption) return checked(loadInput(configOption));
  const files = plan.config_files;
  if (files.length === 0 || files.includes('<stdin>')) {
    throw new RefusedPlan('the plan needs secrets and was made from standard input: give the configuration with --config FILE');
  }
  const raw = files.map((file) => {
    try {
      // Bounded and regular files only: the plan JSON names these paths, and may be anyone's.
      return readSource(file);
    } catch (err) {
      const code = err instanceof NotRegularFile ? `${err.kind}, not a regular file` : ((err as NodeJS.ErrnoException).code ?? 'error');
      throw new UnreadableInput(`${file}: cannot read the configuration file the plan names, for its secrets (${code}): give it with --config FILE`);
    }
  });
  return checked(loadConfigSources(files.length === 1 ? files[0]! : files.join(', '), raw));
}

function checked(config: LoadedConfig): LoadedConfig {
  const errors = config.diagnostics.filter((d) => d.severity === 'error');
  if (!config.root || errors.length) throw new UnreadableInput(`the configuration for the plan's secrets cannot be read:\n${errors.map(formatDiagnostic).join('\n')}`);
  return config;
}

/** Each key's value as Python's str() gives it, read from the effective configuration as the plan was built from it. */
export function resolveSecrets(keys: string[], config: LoadedConfig): Map<string, string> {
  const effective = effectiveConfig(config.root!);
  const values = new Map<string, string>();
  for (const key of keys) {
    const [head, ...rest] = key.split('.');
    const value = head === 'postgresql' ? dictPath(effective.postgresql, ...rest) : dictPath(effective.root, head!, ...rest);
    if (value === undefined || value.kind === 'none') throw new RefusedPlan(`the plan needs the secret ${key}, but ${config.origin} does not set it`);
    values.set(key, pyStr(value));
  }
  return values;
}
