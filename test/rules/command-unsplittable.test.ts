import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

test('an unbalanced quote or a trailing backslash cannot be split', () => {
  assert.deepEqual(findings('command-unsplittable', "bootstrap:\n  post_bootstrap: \"/bin/x 'a\"\n"), [[2, 19, 'error', 'bootstrap.post_bootstrap cannot be split by shlex (No closing quotation)']]);
  assert.equal(findings('command-unsplittable', 'postgresql:\n  x:\n    command: "/bin/x \\\\"\n').length, 1);
});

test('a command that is not a string cannot be split; a balanced one is fine', () => {
  assert.match(findings('command-unsplittable', 'bootstrap:\n  r:\n    command: [a, b]\n')[0]![3], /is a list, not a string/);
  assert.deepEqual(findings('command-unsplittable', "bootstrap:\n  post_init: \"/bin/x 'a b'\"\n"), []);
});
