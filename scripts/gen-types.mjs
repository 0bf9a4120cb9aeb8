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

/**
 * A key's own description beside its $ref (`{ "$ref": ..., "description": ... }`, which yaml-language-server shows in
 * hover) is given to json-schema-to-typescript as `allOf: [{ $ref }]` with the description: the form it turns into a
 * reference to the named type with the key's comment, where a $ref with siblings would be inlined as a copy.
 */
function refsWrapped(node) {
  if (Array.isArray(node)) return node.map(refsWrapped);
  if (!node || typeof node !== 'object') return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, refsWrapped(v)]));
  if (typeof out.$ref !== 'string' || Object.keys(out).length === 1) return out;
  const { $ref, ...siblings } = out;
  return { ...siblings, allOf: [{ $ref }] };
}

export async function generate(root = new URL('../', import.meta.url)) {
  const results = [];
  for (const t of TARGETS) {
    // The root type's name comes from here, not from a title in the schema: yaml-language-server shows the
    // nearest title above a key as the heading of every hover and in its type errors ("object(PatroniConfig)").
    const schema = { ...refsWrapped(JSON.parse(readFileSync(new URL(t.schema, root), 'utf8'))), title: t.name };
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
