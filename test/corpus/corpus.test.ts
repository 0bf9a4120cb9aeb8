import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderDiagnosticsGithub } from '../../src/render/diagnostics-github.js';
import { renderDiagnosticsGitlab } from '../../src/render/diagnostics-gitlab.js';
import { renderDiagnosticsJson } from '../../src/render/diagnostics-json.js';
import { renderDiagnosticsSarif } from '../../src/render/diagnostics-sarif.js';
import { renderDiagnosticsText } from '../../src/render/diagnostics-text.js';
import { BUILTIN_CHECKS, RULES } from '../../src/rules/index.js';
import type { Diagnostic } from '../../src/diagnostic.js';
import { ROOT } from '../helpers.js';

interface Finding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
}
interface CorpusScript {
  lintCorpus: () => Promise<(Finding & Diagnostic)[]>;
  generate: () => Promise<string>;
  corpusFiles: () => string[];
}

const script = (): Promise<CorpusScript> => import(`${ROOT}scripts/corpus-findings.mjs`) as Promise<CorpusScript>;

/**
 * Errors per rule on the real-world corpus, each one read and judged a real problem
 * (docs/corpus-findings.md). A rule change that adds an error here must be judged too.
 */
const EXPECTED_ERRORS: Record<string, number> = {
  schema: 8,
  'deprecated-key': 61,
  'tool-default-params': 2,
  'user-options': 2,
  'replica-method-section': 1,
  'command-shell': 1,
  'server-setting-unknown': 3,
  'server-setting-value': 2,
};

test('the real-world corpus lints without a crash, and its errors are exactly the judged ones', async () => {
  const { lintCorpus, corpusFiles } = await script();
  assert.equal(corpusFiles().length, 139);
  const list = await lintCorpus();
  const errors: Record<string, number> = {};
  for (const d of list.filter((x) => x.severity === 'error')) errors[d.ruleId] = (errors[d.ruleId] ?? 0) + 1;
  assert.deepEqual(errors, EXPECTED_ERRORS);
});

test('docs/corpus-findings.md is up to date (node scripts/corpus-findings.mjs)', async () => {
  const { generate } = await script();
  assert.equal(readFileSync(`${ROOT}docs/corpus-findings.md`, 'utf8'), await generate());
});

/** JSON Schema's and Ajv's own wording, which names the schema instead of the configuration. */
const RAW_SCHEMA_PHRASES = [/must match a schema in anyOf/, /must match pattern/, /must be equal to one of the allowed values/, /must be (?:object|array|string|number|integer|boolean|null)\b/, /must have required property/, /must NOT have/, /must match "then" schema/, /must be >=|must be <=/];

test('no diagnostic on the corpus, in any output format, speaks JSON Schema instead of Patroni', async () => {
  const { lintCorpus } = await script();
  const list = await lintCorpus();
  const outputs = {
    text: renderDiagnosticsText(list),
    json: renderDiagnosticsJson(list),
    github: renderDiagnosticsGithub(list),
    gitlab: renderDiagnosticsGitlab(list),
    sarif: renderDiagnosticsSarif(list, { rules: [...BUILTIN_CHECKS, ...RULES], toolVersion: '0.0.0' }),
  };
  for (const [format, text] of Object.entries(outputs)) {
    for (const phrase of RAW_SCHEMA_PHRASES) assert.doesNotMatch(text, phrase, `${format} output`);
  }
});
