import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normpath, posixJoin } from '../../src/py/path.js';

/** posixpath.normpath(input), recorded with Debian's /usr/bin/python3 (3.11). */
const RECORDED: Record<string, string> = {
  '': '.',
  '.': '.',
  './': '.',
  'pgpass': 'pgpass',
  './pgpass': 'pgpass',
  './secrets/../pgpass-rpp': 'pgpass-rpp',
  'a/b/../../..': '..',
  '../x': '../x',
  '../../x/./y': '../../x/y',
  'a//b': 'a/b',
  'a/b/': 'a/b',
  '/': '/',
  '//': '//',
  '///': '/',
  '//a/../b': '//b',
  '///a/./b/..': '/a',
  '/..': '/',
  '/../a': '/a',
  'a/./b/.': 'a/b',
  '..': '..',
  'x/..': '.',
  'x/../..': '..',
};

test('normpath gives what Python posixpath.normpath gives', () => {
  for (const [input, expected] of Object.entries(RECORDED)) assert.equal(normpath(input), expected, JSON.stringify(input));
});

// Expected values are what CPython's posixpath.join returns for the same arguments.
test("posixJoin is Python's posixpath.join: no slash after a trailing one, an absolute part starts over", () => {
  assert.equal(posixJoin('/var/lib/pg/15/main/', 'standby.signal'), '/var/lib/pg/15/main/standby.signal');
  assert.equal(posixJoin('/var/lib/pg/15/main', 'standby.signal'), '/var/lib/pg/15/main/standby.signal');
  assert.equal(posixJoin('/var/lib/pg//', 'x'), '/var/lib/pg//x');
  assert.equal(posixJoin('', 'initdb'), 'initdb');
  assert.equal(posixJoin('/usr/bin', '/opt/initdb'), '/opt/initdb');
  assert.equal(posixJoin('a', 'b', 'c/'), 'a/b/c/');
});
