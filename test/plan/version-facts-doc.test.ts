import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ROOT } from '../helpers.js';

test('docs/version-facts.md is generated from the current fact tables (npm run docs:facts)', async () => {
  const { render } = (await import(`${ROOT}scripts/gen-facts-doc.mjs`)) as { render: () => Promise<string> };
  assert.equal(readFileSync(`${ROOT}docs/version-facts.md`, 'utf8'), await render());
});
