/**
 * A plan JSON is only run as patroni-plan wrote it: a format this version knows, a hash
 * that matches its content (so no hand edits), and the shape the plan schema describes.
 */
import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import { PLAN_FORMAT_VERSION, type Plan } from '../plan/plan-types.js';
import { planHash } from '../plan/seal.js';

export class RefusedPlan extends Error {}

let validator: ValidateFunction | undefined;

function validatePlan(): ValidateFunction {
  const schema = JSON.parse(readFileSync(new URL('../../../schema/plan.schema.json', import.meta.url), 'utf8')) as object;
  validator ??= new Ajv({ strict: false, allErrors: true }).compile(schema);
  return validator;
}

/** Checks a parsed plan JSON; returns it typed, or throws RefusedPlan saying why. */
export function verifyPlan(value: unknown, origin: string): Plan {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new RefusedPlan(`${origin}: not a plan (a JSON object is expected)`);
  const plan = value as Record<string, unknown>;
  const format = plan['format_version'];
  if (typeof format !== 'number' || !Number.isInteger(format)) throw new RefusedPlan(`${origin}: not a plan written by patroni-plan (format_version is missing or not an integer)`);
  if (format > PLAN_FORMAT_VERSION) {
    throw new RefusedPlan(`${origin}: made by a newer plan format (format_version ${format}); this patroni-plan reads format ${PLAN_FORMAT_VERSION}: upgrade patroni-plan, or plan again with this one`);
  }
  if (format !== PLAN_FORMAT_VERSION) throw new RefusedPlan(`${origin}: unknown plan format_version ${format}; this patroni-plan reads format ${PLAN_FORMAT_VERSION}`);
  const sha = plan['content_sha256'];
  if (typeof sha !== 'string') throw new RefusedPlan(`${origin}: the plan has no content_sha256, so it cannot be checked: write it with 'patroni-plan plan --format json'`);
  if (planHash(plan as unknown as Plan) !== sha) {
    throw new RefusedPlan(`${origin}: the plan was edited after patroni-plan wrote it (content_sha256 does not match its content); exec runs only plans as written: plan again from the configuration`);
  }
  const validate = validatePlan();
  if (!validate(plan)) {
    const first = validate.errors?.[0];
    throw new RefusedPlan(`${origin}: the plan does not fit plan.schema.json (${first ? `${first.instancePath || '/'} ${first.message}` : 'invalid'})`);
  }
  return plan as unknown as Plan;
}
