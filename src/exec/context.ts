/** Everything a runner needs while it performs a branch. */
import type { Plan } from '../plan/plan-types.js';
import type { BranchName } from './branch.js';
import type { Reporter } from './events.js';
import type { Interrupt } from './interrupt.js';
import type { Resolver } from './placeholders.js';
import type { RunState } from './run-state.js';

export interface RunOptions {
  /** Start PostgreSQL with pg_ctl where the plan starts it. */
  start: boolean;
  startTimeout: number;
  keepPgpass: boolean;
}

export interface ExecContext {
  plan: Plan;
  /** Whether exec was given a plan JSON or planned a configuration itself. */
  source: 'plan' | 'config';
  branch: BranchName;
  dataDir: string;
  /** The pgpass path with its placeholders filled. */
  pgpass: string;
  pgCtl: string | undefined;
  resolver: Resolver;
  reporter: Reporter;
  interrupt: Interrupt;
  state: RunState;
  options: RunOptions;
}

export type BranchOutcome =
  | { outcome: 'ok'; method?: string; reason?: string }
  | { outcome: 'failed'; reason: string }
  | { outcome: 'interrupted'; reason: string };
