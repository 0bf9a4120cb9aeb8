#!/usr/bin/env node
// Generates src/generated/schema-key-names.ts: the key names schema/patroni.schema.json names, and those it marks
// secret (x-secret) somewhere, for masking secrets in text that did not parse. Worked out by the schema index's own
// walk (schemaKeyNames in src/validate/schema-index.ts), so it needs tsc's output: `npm run gen` builds first.
// `--check` (used by the tests) fails when the committed file is stale.
import { writeOrCheck } from './generated-files.mjs';

const OUT = 'src/generated/schema-key-names.ts';

export async function generate(root = new URL('../', import.meta.url)) {
  const { schemaKeyNames } = await import(new URL('dist/src/validate/schema-index.js', root).href);
  const { secret, all } = schemaKeyNames();
  const list = (names) => names.map((n) => `  ${JSON.stringify(n)},`).join('\n');
  const ts = `/* Generated from schema/patroni.schema.json by scripts/gen-schema-key-names.mjs (npm run gen). Do not edit. */
/** Every key name the schema marks secret somewhere. */
export const SECRET_KEY_NAMES: ReadonlySet<string> = new Set([
${list(secret)}
]);

/** Every key name the schema names, secret or not. */
export const SCHEMA_KEY_NAMES: ReadonlySet<string> = new Set([
${list(all)}
]);
`;
  return [{ out: OUT, ts }];
}

if (import.meta.url === `file://${process.argv[1]}`) writeOrCheck(await generate());
