import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { RULES } from '../../src/rules/index.js';
import { ROOT } from '../helpers.js';

const DOCUMENTED_BUILTINS = ['duplicate-key', 'schema', 'unknown-key', 'unknown-env'];

test('every rule has a doc page with a bad and a good example, a test file, and a row in the catalogue', () => {
  const catalogue = readFileSync(`${ROOT}docs/rules/README.md`, 'utf8');
  for (const id of [...RULES.map((r) => r.id), ...DOCUMENTED_BUILTINS]) {
    const page = readFileSync(`${ROOT}docs/rules/${id}.md`, 'utf8');
    assert.match(page, new RegExp(`^# ${id}\\n`), id);
    assert.match(page, /\nBad[^\n]*:\n\n```/, `${id}: bad example`);
    assert.match(page, /\nGood[^\n]*:\n\n```/, `${id}: good example`);
    assert.ok(catalogue.includes(`[\`${id}\`](${id}.md)`), `${id} in docs/rules/README.md`);
  }
  for (const r of RULES) assert.ok(existsSync(`${ROOT}test/rules/${r.id}.test.ts`), `test/rules/${r.id}.test.ts`);
});

test('rule ids are unique and kebab-case', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ids) assert.match(id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/);
});
