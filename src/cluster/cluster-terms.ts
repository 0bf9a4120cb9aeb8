/**
 * The plan builder explains the server parameters of a new cluster, whose dynamic
 * configuration is bootstrap.dcs. For a member of a running cluster the same reasons hold of
 * the DCS's configuration: they are reworded so that the plan does not send a reader to edit
 * bootstrap.dcs, which no longer applies.
 */
import { sealPlan } from '../plan/seal.js';
import type { Plan, Step } from '../plan/plan-types.js';

const REWORDINGS: [RegExp, string][] = [
  [/the dynamic configuration \(bootstrap\.dcs\)/g, "the dynamic configuration (the cluster's, GET /config)"],
  [/bootstrap\.dcs value/g, 'the dynamic configuration\'s value'],
  [/the whole bootstrap\.dcs configuration/g, 'the whole dynamic configuration'],
];

const reword = (text: string): string => REWORDINGS.reduce((t, [from, to]) => t.replace(from, to), text);

function rewordStep(step: Step): Step {
  const sp = step.server_parameters;
  if (!sp) return step;
  return { ...step, server_parameters: { ...sp, changes: sp.changes.map((c) => ({ ...c, reason: reword(c.reason) })) } };
}

export function inClusterTerms(plan: Plan): Plan {
  const { content_sha256: _hash, ...rest } = plan;
  const first_start = { ...rest.replica.first_start, steps: rest.replica.first_start.steps.map(rewordStep) };
  return sealPlan({ ...rest, replica: { ...rest.replica, first_start } });
}
