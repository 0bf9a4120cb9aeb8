/** The steps of one branch of a plan, in the order they can run. */
import type { Plan, Step } from '../plan/plan-types.js';

export type BranchName = 'bootstrap' | 'replica';

export function branchSteps(plan: Plan, branch: BranchName): Step[] {
  if (branch === 'bootstrap') return plan.bootstrap.steps;
  const r = plan.replica;
  return [...r.prepare, ...r.methods.flatMap((m) => [...m.attempts.flat(), ...m.after_failure]), ...r.after_all_failed, ...r.first_start.steps];
}
