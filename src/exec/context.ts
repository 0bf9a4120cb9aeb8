/** Everything a runner needs while it performs a branch. */
import type { Plan } from '../plan/plan-types.js';
import type { BranchName } from './branch.js';
import type { Reporter } from './events.js';
import type { Interrupt } from './interrupt.js';
import type { CloneValues, Resolver } from './placeholders.js';
import type { RunState } from './run-state.js';
import type { WipeGrant } from './wipe-policy.js';

export interface RunOptions {
  /** Start PostgreSQL with pg_ctl where the plan starts it. */
  start: boolean;
  startTimeout: number;
  keepPgpass: boolean;
  /** Directories the user named with --allow-wipe: exec may remove them whatever they hold. */
  allowWipe: string[];
  /** Create the slot primary_slot_name names on the primary (what Patroni's leader does). */
  createSlot: boolean;
  /** The user the run acts as (process.getuid(); tests pass their own). */
  uid: number;
}

export interface ExecContext {
  plan: Plan;
  /** Whether exec was given a plan JSON or planned a configuration itself. */
  source: 'plan' | 'config';
  branch: BranchName;
  /** The plan's data directory without trailing slashes. */
  dataDir: string;
  /** The pgpass path with its placeholders filled. */
  pgpass: string;
  pgCtl: string | undefined;
  resolver: Resolver;
  /** The member to clone from, when --clone-from filled a plan's placeholders. */
  clone?: CloneValues;
  /** Whether the data directory may be removed, decided before the run (wipe-policy.ts). */
  wipe: { grant: WipeGrant } | { problem: string };
  reporter: Reporter;
  interrupt: Interrupt;
  state: RunState;
  options: RunOptions;
}

export type BranchOutcome =
  | { outcome: 'ok'; method?: string; reason?: string }
  | { outcome: 'failed'; reason: string }
  | { outcome: 'interrupted'; reason: string };
