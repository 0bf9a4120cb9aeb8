import { readFileSync } from 'node:fs';
import { UsageError } from '../api.js';
import type { RestFlags } from '../cluster/rest-options.js';
import type { BranchName } from '../exec/branch.js';
import { runExec } from '../exec/exec.js';
import { loadInput, UnreadableInput } from '../load/read-input.js';
import { readClusterOption } from './plan-input.js';

export interface ExecCommandOptions extends RestFlags {
  cluster?: string;
  patroniEnv?: string;
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

export async function runExecCommand(file: string, opts: ExecCommandOptions): Promise<number> {
  const startTimeout = Number(opts.startTimeout);
  if (!Number.isInteger(startTimeout) || startTimeout <= 0) throw new UsageError(`--start-timeout must be a whole number of seconds, not '${opts.startTimeout}'`);
  // The configuration's ctl and restapi sections say how to reach the member, as they do for patronictl.
  const cluster = opts.cluster === undefined ? undefined : await readClusterOption(opts.cluster, file === '-' ? undefined : loadInput(opts.config ?? file).root ?? undefined, opts);
  return runExec({
    ...(cluster && { cluster }),
    ...(opts.patroniEnv !== undefined && { env: { path: opts.patroniEnv, text: readEnvFile(opts.patroniEnv) } }),
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

function readEnvFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new UnreadableInput(`${path}: cannot read the env file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The arguments as typed after the program name, for the command a refusal suggests instead. */
function commandLine(): string[] {
  const at = process.argv.indexOf('exec', 2);
  return at < 0 ? ['exec', '...'] : process.argv.slice(at);
}
