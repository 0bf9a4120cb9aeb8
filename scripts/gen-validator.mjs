#!/usr/bin/env node
// Generates ajv's standalone validation code for the configuration schema, so lint does not
// compile the schema at start-up (about 250 ms of every cold run). The module is committed,
// like src/types/: `npm run gen` writes it, `--check` (used by the tests) fails when stale.
// The options must stay those validate-config.ts documents: the error objects come from them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { writeOrCheck } from './generated-files.mjs';

const require = createRequire(import.meta.url);
const { Ajv } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;

const SCHEMA = 'schema/patroni.schema.json';
const OUT = 'src/validate/patroni-schema-validator.ts';

export async function generate(root = new URL('../', import.meta.url)) {
  const schema = JSON.parse(readFileSync(new URL(SCHEMA, root), 'utf8'));
  // allErrors: every problem of a file in one run. strict: false: the x-* keywords carry documentation.
  const ajv = new Ajv({ allErrors: true, strict: false, code: { source: true, esm: true, lines: true } });
  const code = standaloneCode(ajv, ajv.compile(schema));
  if (/\brequire\(/.test(code)) throw new Error('the standalone validator needs ajv at run time: import its runtime helpers in the generated module');
  const banner = `/* Generated from ${SCHEMA} by scripts/gen-validator.mjs (npm run gen). Do not edit. */\n// @ts-nocheck\n`;
  return [{ out: OUT, ts: `${banner}${code.replace(/^"use strict";\n/, '')}\n` }];
}

if (import.meta.url === `file://${process.argv[1]}`) writeOrCheck(await generate());
