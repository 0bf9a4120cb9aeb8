import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';

test('the precompiled schema validator is up to date with the schema and ajv (npm run gen)', async () => {
  const { generate } = (await import(`${ROOT}scripts/gen-validator.mjs`)) as { generate: () => Promise<{ out: string; ts: string }[]> };
  for (const r of await generate()) assert.ok(readFileSync(`${ROOT}${r.out}`, 'utf8') === r.ts, `${r.out} is stale: run npm run gen`);
});

test('the schema key names used to mask secrets are up to date with the schema (npm run gen)', async () => {
  const { generate } = (await import(`${ROOT}scripts/gen-schema-key-names.mjs`)) as { generate: () => Promise<{ out: string; ts: string }[]> };
  for (const r of await generate()) assert.ok(readFileSync(`${ROOT}${r.out}`, 'utf8') === r.ts, `${r.out} is stale: run npm run gen`);
});

test('every key name the schema marks secret has a secret word, which is what masking a line looks for first', async () => {
  const { SECRET_KEY_NAMES } = await import('../../src/generated/schema-key-names.js');
  const { hasSecretWord } = await import('../../src/validate/secret-values.js');
  assert.ok(SECRET_KEY_NAMES.size > 0);
  for (const name of SECRET_KEY_NAMES) assert.ok(hasSecretWord(name), `${name} is marked x-secret in the schema but has no secret word: widen SECRET_WORDS in src/validate/secret-values.ts`);
});
