#!/usr/bin/env node
// Generates the TypeScript types from the JSON Schemas, so the schemas stay the one source
// of truth. `npm run gen` writes them; `--check` (used by the tests) fails when they are stale.
import { readFileSync } from 'node:fs';
import { compile } from 'json-schema-to-typescript';
import { writeOrCheck } from './generated-files.mjs';

const TARGETS = [
  { schema: 'schema/patroni.schema.json', out: 'src/generated/patroni-config-types.ts', name: 'PatroniConfig' },
  { schema: 'schema/plan.schema.json', out: 'src/generated/plan-types.ts', name: 'Plan' },
];

export async function generate(root = new URL('../', import.meta.url)) {
  const results = [];
  for (const t of TARGETS) {
    const schema = JSON.parse(readFileSync(new URL(t.schema, root), 'utf8'));
    const ts = await compile(schema, t.name, {
      bannerComment: `/* Generated from ${t.schema} by scripts/gen-types.mjs (npm run gen). Do not edit. */`,
      additionalProperties: false,
      unreachableDefinitions: true,
      // minItems would turn argv into a tuple type; the schema still checks it at run time.
      ignoreMinAndMaxItems: true,
      style: { singleQuote: true, printWidth: 120 },
      format: true,
    });
    results.push({ ...t, ts });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) writeOrCheck(await generate());
