import assert from 'node:assert/strict';
import { test } from 'node:test';
import { posixJoin } from '../../src/py/path.js';

// Expected values are what CPython's posixpath.join returns for the same arguments.
test("posixJoin is Python's posixpath.join: no slash after a trailing one, an absolute part starts over", () => {
  assert.equal(posixJoin('/var/lib/pg/15/main/', 'standby.signal'), '/var/lib/pg/15/main/standby.signal');
  assert.equal(posixJoin('/var/lib/pg/15/main', 'standby.signal'), '/var/lib/pg/15/main/standby.signal');
  assert.equal(posixJoin('/var/lib/pg//', 'x'), '/var/lib/pg//x');
  assert.equal(posixJoin('', 'initdb'), 'initdb');
  assert.equal(posixJoin('/usr/bin', '/opt/initdb'), '/opt/initdb');
  assert.equal(posixJoin('a', 'b', 'c/'), 'a/b/c/');
});
