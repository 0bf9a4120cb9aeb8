/**
 * The bootstrap branch: initdb or the custom method, the recovery files, the start and
 * post_bootstrap. On failure or interruption it stops what it started and removes what it
 * created, as Patroni removes the data directory of a failed bootstrap.
 */
import type { Step } from '../plan/plan-types.js';
import { stopServer } from './cleanup.js';
import type { BranchOutcome, ExecContext } from './context.js';
import { removeCreated, snapshotDataDir, type DataDirSnapshot } from './data-dir.js';
import { runningPostmaster } from './data-dir-state.js';
import { performStep } from './steps.js';

export async function runBootstrap(ctx: ExecContext): Promise<BranchOutcome> {
  const before = snapshotDataDir(ctx.dataDir);
  const steps = ctx.plan.bootstrap.steps;
  let outcome: BranchOutcome = { outcome: 'ok', reason: 'bootstrap finished' };
  for (const [i, step] of steps.entries()) {
    const serverNeeded = steps.slice(i + 1).some((s) => s.action === 'run');
    const result = await performStep(ctx, step, { serverNeeded });
    if (result.status === 'interrupted') {
      outcome = { outcome: 'interrupted', reason: result.reason };
      break;
    }
    if (result.status !== 'failed') continue;
    if (step.on_failure === 'ignored') {
      ctx.reporter.emit({ event: 'note', message: `step ${step.id} failed, and Patroni ignores that` });
      continue;
    }
    outcome = { outcome: 'failed', reason: `bootstrap step ${step.id} failed: ${result.reason}` };
    await runAlwaysSteps(ctx, steps.slice(i + 1));
    break;
  }
  if (outcome.outcome !== 'ok') await undo(ctx, before);
  return outcome;
}

/** After a failure, later steps the plan marks `always` (clean-up Patroni does whatever happened) still run. */
async function runAlwaysSteps(ctx: ExecContext, rest: Step[]): Promise<void> {
  for (const step of rest) if ((step as Step & { always?: boolean }).always === true) await performStep(ctx, step);
}

async function undo(ctx: ExecContext, before: DataDirSnapshot): Promise<void> {
  const say = (message: string): void => ctx.reporter.emit({ event: 'cleanup', message });
  if (ctx.state.startedServer) await stopServer(ctx, ctx.state.startedServer);
  const pid = runningPostmaster(ctx.dataDir);
  if (pid !== undefined) {
    say(`a server exec did not start (pid ${pid}) is running on ${ctx.dataDir}: left in place; stop it and remove the data directory yourself`);
    return;
  }
  try {
    removeCreated(ctx.dataDir, before, say, 'grant' in ctx.wipe ? ctx.wipe.grant : undefined);
  } catch (err) {
    say(`could not remove what the bootstrap created in ${ctx.dataDir}: ${(err as Error).message}`);
  }
}
