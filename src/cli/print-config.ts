/**
 * `lint --print-config`: the settings the run would use, after the project file and the
 * command line, as a YAML mapping a project file could hold, under a comment naming the project
 * file that applied (or why none did). Nothing is linted.
 */
import { stringify } from 'yaml';
import type { ResolvedVersions } from '../api.js';
import { formatVersion } from '../facts/patroni-versions.js';
import type { LintOptions } from '../lint/lint-options.js';
import type { ProjectChoice } from './project-config.js';

export interface EffectiveSettings {
  versions: ResolvedVersions;
  format: string;
  options: LintOptions;
  patroniEnv?: string;
}

export function projectFileLine(choice: ProjectChoice): string {
  if (choice.config) return `# project file: ${choice.config.file}${choice.how === 'named' ? ' (--config)' : ''}`;
  if (choice.skipped) return `# project file: none applied; ${choice.skipped.file} not applied: ${choice.skipped.reason}`;
  return choice.how === 'no-config' ? '# project file: none (--no-config)' : '# project file: none found';
}

export function renderSettings(choice: ProjectChoice, s: EffectiveSettings): string {
  const settings = {
    'patroni-version': formatVersion(s.versions.patroni),
    'pg-version': String(s.versions.pgVersion),
    format: s.format,
    strict: s.options.strict ?? false,
    'host-checks': s.options.hostChecks ?? false,
    'patroni-env': s.patroniEnv ?? null,
    select: [...(s.options.select ?? [])],
    ignore: [...(s.options.ignore ?? [])],
    rules: { ...s.options.severity },
  };
  return `${projectFileLine(choice)}\n${stringify(settings)}`;
}
