import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';

interface Finding {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
}
interface CorpusScript {
  lintCorpus: () => Promise<Finding[]>;
  generate: () => Promise<string>;
  corpusFiles: () => string[];
}

const script = (): Promise<CorpusScript> => import(`${ROOT}scripts/corpus-findings.mjs`) as Promise<CorpusScript>;

/**
 * Errors per rule on the real-world corpus, each one read and judged a real problem
 * (docs/corpus-findings.md). A rule change that adds an error here must be judged too.
 */
const EXPECTED_ERRORS: Record<string, number> = {
  schema: 55,
  'deprecated-key': 61,
  'tool-default-params': 2,
  'user-options': 2,
  'replica-method-section': 1,
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
