/**
 * The replica branch: the methods in order until one exits 0, with the plan's clean-ups and
 * pg_basebackup's retry, then the standby settings of the first start. Which method won is
 * reported; when all fail, the plan's after_all_failed steps run (Patroni removes the data directory).
 */
import type { ReplicaMethodPlan, Step } from '../plan/plan-types.js';
import type { BranchOutcome, ExecContext } from './context.js';
import { createSlot } from './slot.js';
import { performStep } from './steps.js';

type MethodOutcome = 'ok' | 'failed' | { stop: BranchOutcome };

export async function runReplica(ctx: ExecContext): Promise<BranchOutcome> {
  const replica = ctx.plan.replica;
  const prepared = await runPlain(ctx, replica.prepare, 'preparing the replica');
  if (prepared) return prepared;
  let winner: string | undefined;
  for (const [i, method] of replica.methods.entries()) {
    ctx.reporter.emit({ event: 'method', method: method.name, kind: method.kind, index: i + 1, count: replica.methods.length });
    const result = await runMethod(ctx, method);
    if (typeof result === 'object') return result.stop;
    ctx.reporter.emit({ event: 'method_end', method: method.name, outcome: result });
    if (result === 'ok') {
      winner = method.name;
      break;
    }
    const after = await runPlain(ctx, method.after_failure, `cleaning up after method ${method.name}`);
    if (after) return after;
  }
  if (winner === undefined) return (await runPlain(ctx, replica.after_all_failed, 'cleaning up after every method failed')) ?? { outcome: 'failed', reason: noWinner(ctx) };
  if (ctx.options.createSlot) {
    const slot = await createSlot(ctx);
    if (slot.status === 'interrupted') return { outcome: 'interrupted', reason: slot.reason };
    if (slot.status === 'failed') return { outcome: 'failed', reason: `the replica was built by method '${winner}', but the slot was not created: ${slot.reason}` };
  }
  const started = await runPlain(ctx, replica.first_start.steps, 'writing the standby settings');
  return started ?? { outcome: 'ok', method: winner };
}

function noWinner(ctx: ExecContext): string {
  const r = ctx.plan.replica;
  if (r.methods.length === 0) {
    const why = r.skipped.map((s) => `${s.name}: ${s.reason}`).join('; ');
    return `no replica method can run${why ? ` (${why})` : ''}`;
  }
  return `every replica method failed; Patroni then: ${r.on_all_failed}`;
}

async function runMethod(ctx: ExecContext, method: ReplicaMethodPlan): Promise<MethodOutcome> {
  for (const [a, attempt] of method.attempts.entries()) {
    if (method.attempts.length > 1) ctx.reporter.emit({ event: 'attempt', method: method.name, attempt: a + 1, count: method.attempts.length });
    const result = await runAttempt(ctx, attempt);
    if (result !== 'retry') return result;
  }
  return 'failed';
}

async function runAttempt(ctx: ExecContext, steps: Step[]): Promise<MethodOutcome | 'retry'> {
  for (const step of steps) {
    const result = await performStep(ctx, step);
    if (result.status === 'interrupted') return { stop: { outcome: 'interrupted', reason: result.reason } };
    if (result.status !== 'failed') continue;
    switch (step.on_failure) {
      case 'retry':
        return 'retry';
      case 'next_method':
        return 'failed';
      case 'ignored':
        continue;
      default:
        return { stop: { outcome: 'failed', reason: `step ${step.id} failed: ${result.reason}` } };
    }
  }
  return 'ok';
}

/** Steps outside the methods: any failure ends the branch. */
async function runPlain(ctx: ExecContext, steps: Step[], what: string): Promise<BranchOutcome | undefined> {
  for (const step of steps) {
    const result = await performStep(ctx, step);
    if (result.status === 'interrupted') return { outcome: 'interrupted', reason: result.reason };
    if (result.status === 'failed' && step.on_failure !== 'ignored') return { outcome: 'failed', reason: `${what}: step ${step.id} failed: ${result.reason}` };
  }
  return undefined;
}
