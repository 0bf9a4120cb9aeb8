import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';

test('the precompiled schema validator is up to date with the schema and ajv (npm run gen)', async () => {
  const { generate } = (await import(`${ROOT}scripts/gen-validator.mjs`)) as { generate: () => Promise<{ out: string; ts: string }[]> };
  for (const r of await generate()) assert.ok(readFileSync(`${ROOT}${r.out}`, 'utf8') === r.ts, `${r.out} is stale: run npm run gen`);
});
