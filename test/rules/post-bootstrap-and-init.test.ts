import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findings } from './helpers.js';

test('both hooks set: the one Patroni skips is reported', () => {
  assert.deepEqual(findings('post-bootstrap-and-init', 'bootstrap:\n  post_bootstrap: /a\n  post_init: /b\n'), [[3, 3, 'warning', 'bootstrap.post_bootstrap and bootstrap.post_init are both set: they name the same hook and Patroni runs only post_bootstrap; keep one']]);
  assert.deepEqual(findings('post-bootstrap-and-init', "bootstrap:\n  post_bootstrap: ''\n  post_init: /b\n").map((f) => f[0]), [2]);
  assert.deepEqual(findings('post-bootstrap-and-init', 'bootstrap:\n  post_init: /b\n'), []);
});
