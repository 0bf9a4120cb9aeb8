/** The steps of one branch of a plan, in the order they can run. */
import type { Plan, Step } from '../plan/plan-types.js';

export type BranchName = 'bootstrap' | 'replica' | 'rejoin';

export function branchSteps(plan: Plan, branch: BranchName): Step[] {
  if (branch === 'bootstrap') return plan.bootstrap.steps;
  if (branch === 'rejoin') return rejoinSteps(plan);
  return replicaSteps(plan);
}

/** The checks, every case's steps, and the replica branch when a case images the node anew. */
function rejoinSteps(plan: Plan): Step[] {
  const r = plan.rejoin;
  if (!r) return [];
  const anew = r.cases.some((c) => c.then_replica) ? replicaSteps(plan) : [];
  return [...r.checks, ...r.cases.flatMap((c) => c.steps), ...anew];
}

function replicaSteps(plan: Plan): Step[] {
  const r = plan.replica;
  return [...r.prepare, ...r.methods.flatMap((m) => [...m.attempts.flat(), ...m.after_failure]), ...r.after_all_failed, ...r.first_start.steps];
}
