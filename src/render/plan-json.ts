import type { Plan } from '../plan/plan-types.js';

/** Stable JSON: the plan's own key order, two-space indent, final newline. */
export function renderPlanJson(plan: Plan): string {
  return JSON.stringify(plan, null, 2) + '\n';
}
