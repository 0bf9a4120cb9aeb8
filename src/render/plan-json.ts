import type { Plan } from '../plan/plan-types.js';
import { stablePlanJson } from '../plan/seal.js';

export function renderPlanJson(plan: Plan): string {
  return stablePlanJson(plan);
}
