/**
 * Every fixable check's page: `fix` turns each bad example into the good one byte for byte
 * (an example labelled "not fixed by lint --fix" keeps its finding), and fixing again
 * changes nothing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fix } from '../../src/index.js';
import { BUILTIN_CHECKS, RULES } from '../../src/rules/index.js';
import { FIXERS } from '../../src/fix/fixers.js';
import { ROOT } from '../helpers.js';
import { examplePairs, exampleVersion } from './doc-examples.js';

const fixable = [...BUILTIN_CHECKS, ...RULES].filter((c) => c.fixable).map((c) => c.id);

test('a check is marked fixable exactly when it has a fix, its page says what the fix does, and the catalogue lists it', () => {
  assert.deepEqual([...fixable].sort(), FIXERS.map((f) => f.ruleId).sort());
  const catalogue = readFileSync(`${ROOT}docs/rules/README.md`, 'utf8');
  const section = catalogue.slice(catalogue.indexOf('## What `lint --fix` repairs'));
  const listed = [...section.slice(0, section.indexOf('\n## ', 3)).matchAll(/\[`([a-z0-9-]+)`\]/g)].map((m) => m[1]);
  assert.deepEqual([...listed].sort(), [...fixable].sort());
  for (const id of fixable) assert.match(readFileSync(`${ROOT}docs/rules/${id}.md`, 'utf8'), /\nFixed by `lint --fix`/, id);
});

for (const id of fixable) {
  test(`${id}: the fix of each bad example is its good example, and fixing is idempotent`, () => {
    const pairs = examplePairs(id);
    assert.ok(pairs.length > 0, `${id} has a bad/good pair`);
    for (const { label, bad, good } of pairs) {
      const patroniVersion = exampleVersion(label);
      const once = fix(bad, { file: 'patroni.yml', patroniVersion });
      if (/not fixed by/.test(label)) {
        assert.ok(once.remaining.some((d) => d.ruleId === id), `${id} ${label}: the finding stays`);
        continue;
      }
      assert.equal(once.text, good, `${id} ${label}`);
      assert.ok(once.applied.some((a) => a.ruleId === id), `${id} ${label}: a ${id} fix was applied`);
      assert.ok(!once.remaining.some((d) => d.ruleId === id), `${id} ${label}: no ${id} finding is left`);
      const twice = fix(once.text, { file: 'patroni.yml', patroniVersion });
      assert.equal(twice.text, once.text, `${id} ${label}: idempotent`);
      assert.deepEqual(twice.applied, []);
    }
  });
}
