import { UsageError } from '../api.js';
import type { BranchName } from '../exec/branch.js';
import { runExec } from '../exec/exec.js';

export interface ExecCommandOptions {
  branch: BranchName;
  config?: string;
  cloneFrom?: string;
  patroniVersion?: string;
  pgVersion?: string;
  start?: boolean;
  startTimeout: string;
  keepPgpass?: boolean;
  createSlot?: boolean;
  allowWipe?: string[];
  dryRun?: boolean;
  logFormat: 'text' | 'json';
}

export function runExecCommand(file: string, opts: ExecCommandOptions): Promise<number> {
  const startTimeout = Number(opts.startTimeout);
  if (!Number.isInteger(startTimeout) || startTimeout <= 0) throw new UsageError(`--start-timeout must be a whole number of seconds, not '${opts.startTimeout}'`);
  return runExec({
    file,
    branch: opts.branch,
    config: opts.config,
    cloneFrom: opts.cloneFrom,
    patroniVersion: opts.patroniVersion,
    pgVersion: opts.pgVersion,
    start: opts.start ?? false,
    startTimeout,
    keepPgpass: opts.keepPgpass ?? false,
    createSlot: opts.createSlot ?? false,
    allowWipe: opts.allowWipe ?? [],
    commandLine: commandLine(),
    dryRun: opts.dryRun ?? false,
    logFormat: opts.logFormat,
  });
}

/** The arguments as typed after the program name, for the command a refusal suggests instead. */
function commandLine(): string[] {
  const at = process.argv.indexOf('exec', 2);
  return at < 0 ? ['exec', '...'] : process.argv.slice(at);
}
