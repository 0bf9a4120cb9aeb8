import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';

test('the TypeScript types generated from the schemas are up to date (npm run gen)', async () => {
  const { generate } = (await import(`${ROOT}scripts/gen-types.mjs`)) as { generate: () => Promise<{ out: string; ts: string }[]> };
  for (const r of await generate()) assert.equal(readFileSync(`${ROOT}${r.out}`, 'utf8'), r.ts, `${r.out} is stale: run npm run gen`);
});
