import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePatroniVersion } from '../../src/facts/patroni-versions.js';
import { loadConfigText } from '../../src/load/load-config.js';
import { nofailoverCause, nostream } from '../../src/normalise/node-tags.js';

const v = (x: string) => resolvePatroniVersion(x)!.version;
const root = (tags: string) => loadConfigText('t.yml', `tags:\n${tags}`).root!;

test('failover_priority of 0 or less counts as nofailover from 3.2.0, read with parse_int', () => {
  for (const tags of ['  failover_priority: 0\n', "  failover_priority: '-1'\n", '  failover_priority: 0.4\n']) {
    assert.equal(nofailoverCause(root(tags), v('3.2.0')), 'failover_priority', tags);
    assert.equal(nofailoverCause(root(tags), v('4.1.4')), 'failover_priority', tags);
    assert.equal(nofailoverCause(root(tags), v('3.1.2')), undefined, `3.1 does not know the tag: ${tags}`);
  }
  for (const tags of ['  failover_priority: 1\n', '  failover_priority: high\n', '  failover_priority: true\n']) assert.equal(nofailoverCause(root(tags), v('4.1.4')), undefined, tags);
});

test('an explicit nofailover: false beats failover_priority from 3.2.2 and 3.3.0, not in 3.2.0-3.2.1', () => {
  const tags = root('  nofailover: false\n  failover_priority: 0\n');
  assert.equal(nofailoverCause(tags, v('3.2.1')), 'failover_priority');
  assert.equal(nofailoverCause(tags, v('3.2.2')), undefined);
  assert.equal(nofailoverCause(tags, v('3.3.0')), undefined);
  assert.equal(nofailoverCause(root('  nofailover: yes\n  failover_priority: 5\n'), v('4.0.10')), 'nofailover');
  assert.equal(nofailoverCause(root("  nofailover: 'off'\n"), v('3.0.2')), 'nofailover', 'a non-empty text is true');
  assert.equal(nofailoverCause(root('  nofailover: null\n  failover_priority: 0\n'), v('4.1.4')), 'failover_priority', 'None falls through to the priority');
});

test('nostream: parse_bool from 3.3.0, unknown before', () => {
  assert.equal(nostream(root("  nostream: 'on'\n"), v('3.3.0')), true);
  assert.equal(nostream(root('  nostream: true\n'), v('3.2.2')), false);
  assert.equal(nostream(root("  nostream: 'off'\n"), v('4.1.4')), false, "'off' survives the filter but parse_bool reads it as false");
  assert.equal(nostream(root("  nostream: 'maybe'\n"), v('4.1.4')), false);
  assert.equal(nostream(root('  nostream: 1\n'), v('4.1.4')), true);
});
