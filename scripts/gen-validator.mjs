#!/usr/bin/env node
// Generates ajv's standalone validation code for the configuration schema, so lint does not
// compile the schema at start-up (about 250 ms of every cold run). The module is committed,
// like src/generated/: `npm run gen` writes it, `--check` (used by the tests) fails when stale.
// The options must stay those validate-config.ts documents: the error objects come from them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeOrCheck } from './generated-files.mjs';

const require = createRequire(import.meta.url);
const { Ajv } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;

const SCHEMA = 'schema/patroni.schema.json';
const OUT = 'src/generated/patroni-schema-validator.ts';

export async function generate(root = new URL('../', import.meta.url)) {
  const schema = JSON.parse(readFileSync(new URL(SCHEMA, root), 'utf8'));
  // allErrors: every problem of a file in one run. strict: false: the x-* keywords carry documentation.
  // inlineRefs: false: a definition used in several places is one function, not a copy at each (a quarter
  // less code, and a cold run compiles only the definitions its config reaches). messages: false: the
  // findings are worded from keyword and params (schema-message.ts), never from ajv's English.
  const ajv = new Ajv({ allErrors: true, strict: false, inlineRefs: false, messages: false, code: { source: true, esm: true, lines: true } });
  const code = standaloneCode(ajv, ajv.compile(withoutAnnotations(schema)));
  if (/\brequire\(/.test(code)) throw new Error('the standalone validator needs ajv at run time: import its runtime helpers in the generated module');
  const banner = `/* Generated from ${SCHEMA} by scripts/gen-validator.mjs (npm run gen). Do not edit. */\n// @ts-nocheck\n`;
  return [{ out: OUT, ts: `${banner}${code.replace(/^"use strict";\n/, '')}\n` }];
}

/** Keywords that only document: the validator never reads them (schema-index.ts reads them from the schema file). */
const ANNOTATION = /^(description|markdownDescription|errorMessage|\$comment|title|examples|deprecated|x-.*)$/;
/** Keywords whose value is a schema, a list of schemas, or a map of names to schemas. */
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'additionalItems']);
const SCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_MAP = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);

/**
 * The schema without its documentation. ajv's standalone code carries, as object literals, the schema objects
 * its checks refer to (a closed object's property table, for one): with the descriptions, 120 KB of literals
 * that every run would build before the first check. The errors are the same: they hold no annotation.
 */
function withoutAnnotations(s) {
  if (typeof s !== 'object' || s === null || Array.isArray(s)) return s;
  const out = {};
  for (const [k, v] of Object.entries(s)) {
    if (ANNOTATION.test(k)) continue;
    if (SUBSCHEMA.has(k)) out[k] = Array.isArray(v) ? v.map(withoutAnnotations) : withoutAnnotations(v);
    else if (SCHEMA_LIST.has(k)) out[k] = v.map(withoutAnnotations);
    else if (SCHEMA_MAP.has(k)) out[k] = Object.fromEntries(Object.entries(v).map(([name, sub]) => [name, Array.isArray(sub) ? sub : withoutAnnotations(sub)]));
    else out[k] = v;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) writeOrCheck(await generate());
