/**
 * A plan's JSON text and its hash. The hash covers the text patroni-plan renders, so `exec`
 * can tell a plan it made from one edited by hand.
 */
import { crypto } from '../lazy-builtin.js';
import type { Plan } from './plan-types.js';

type Unsealed = Omit<Plan, 'content_sha256'>;

/** Stable JSON: the plan's own key order, two-space indent, final newline. */
export function stablePlanJson(plan: Unsealed | Plan): string {
  return JSON.stringify(plan, null, 2) + '\n';
}

/** SHA-256 of the plan's JSON rendering without the hash field. */
export function planHash(plan: Unsealed | Plan): string {
  const { content_sha256: _hash, ...rest } = plan as Plan;
  return crypto().createHash('sha256').update(stablePlanJson(rest)).digest('hex');
}

export function sealPlan(plan: Unsealed): Plan {
  return { ...plan, content_sha256: planHash(plan) };
}
