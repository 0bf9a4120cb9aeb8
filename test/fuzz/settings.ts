/**
 * How long the property tests run: FUZZ_RUNS cases each (short by default, so `npm test`
 * stays quick; `npm run fuzz` asks for many), from FUZZ_SEED when set. fast-check prints the
 * seed and path of a failure, and FUZZ_SEED=<seed> replays it.
 */
import type { Parameters } from 'fast-check';

const count = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive whole number, not '${raw}'`);
  return n;
};

export const RUNS = count('FUZZ_RUNS', 60);

export function fuzzParameters<T>(weight = 1): Parameters<T> {
  const seed = process.env.FUZZ_SEED;
  return { numRuns: Math.max(1, Math.round(RUNS * weight)), ...(seed !== undefined && seed !== '' && { seed: Number(seed) }) };
}
