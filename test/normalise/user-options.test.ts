import assert from 'node:assert/strict';
import { test } from 'node:test';
import { resolvePatroniVersion } from '../../src/facts/patroni-versions.js';
import { loadConfigText } from '../../src/load/load-config.js';
import { normaliseUserOptions, type OptionContext } from '../../src/normalise/user-options.js';
import { dictGet } from '../../src/py/dict.js';

const v = (x: string) => resolvePatroniVersion(x)!.version;
const opts = (yaml: string, ctx: OptionContext) => normaliseUserOptions(dictGet(loadConfigText('o.yml', yaml).root!, 'o'), ctx);
const initdb41: OptionContext = { tool: 'initdb', patroni: v('4.1'), pgMajor: 16 };
const bb = (ver: string, pgMajor = 16): OptionContext => ({ tool: 'basebackup', patroni: v(ver), pgMajor });

test('map and list forms give the same arguments, in YAML order', () => {
  const map = opts("o:\n  encoding: UTF8\n  locale: \"'en_US.UTF-8'\"\n", initdb41);
  const list = opts("o:\n  - encoding: UTF8\n  - locale: \"'en_US.UTF-8'\"\n", initdb41);
  assert.deepEqual(map.options.map((o) => o.arg), ['--encoding=UTF8', '--locale=en_US.UTF-8']);
  assert.deepEqual(list.options.map((o) => o.arg), map.options.map((o) => o.arg));
});

test('3.0.2 keeps quotes that 3.0.3 and later strip', () => {
  const r = opts("o:\n  locale: \"'en_US.UTF-8'\"\n", { ...initdb41, patroni: v('3.0') });
  assert.deepEqual(r.options.map((o) => o.arg), ["--locale='en_US.UTF-8'"]);
});

test('falsy map values are dropped; a refused initdb option aborts the bootstrap', () => {
  const r = opts('o:\n  data-checksums: ""\n  encoding: UTF8\n', initdb41);
  assert.deepEqual(r.options.map((o) => o.arg), ['--encoding=UTF8']);
  const refused = opts('o:\n  - pgdata: /x\n', initdb41);
  assert.equal(refused.aborted?.kind, 'refused');
  assert.equal(refused.aborted?.span?.line, 2);
});

test('a non-string map value makes Patroni raise from 3.0.3 on, but is passed by 3.0.2', () => {
  assert.equal(opts('o:\n  max-rate: 100\n', bb('4.1')).aborted?.kind, 'map-value-not-string');
  assert.deepEqual(opts('o:\n  max-rate: 100\n', bb('3.0')).options.map((o) => o.arg), ['--max-rate=100']);
  assert.deepEqual(opts('o:\n  data-checksums: true\n', { ...initdb41, patroni: v('3.0') }).options.map((o) => o.arg), ['--data-checksums=True']);
});

test('basebackup list: an invalid mapping is passed by 3.0 and dropped by 3.3+', () => {
  const yaml = 'o:\n  - verbose\n  - {a: x, b: y}\n';
  assert.deepEqual(opts(yaml, bb('3.0')).options.map((o) => o.arg), ['--verbose', '--a=x']);
  assert.deepEqual(opts(yaml, bb('4.1')).options.map((o) => o.arg), ['--verbose']);
  assert.equal(opts(yaml, bb('4.1')).problems[0]!.kind, 'several-keys');
});

test('compress: refused but still passed by 3.0.2 (list mappings), refused by PostgreSQL version from 4.1.1', () => {
  const yaml = 'o:\n  - compress: server-gzip\n  - compress: gzip\n';
  assert.deepEqual(opts(yaml, bb('3.0')).options.map((o) => o.arg), ['--compress=server-gzip', '--compress=gzip']);
  assert.deepEqual(opts(yaml, bb('3.0')).problems.map((p) => p.outcome), ['passed', 'passed']);
  assert.deepEqual(opts(yaml, bb('4.1', 14)).options.map((o) => o.arg), []);
  assert.deepEqual(opts(yaml, bb('4.1', 15)).options.map((o) => o.arg), ['--compress=server-gzip']);
  assert.deepEqual(opts(yaml, bb('4.1.0', 15)).options.map((o) => o.arg), []);
});

test('normalising is idempotent: the arguments read back as a list give the same arguments', () => {
  const first = opts("o:\n  encoding: UTF8\n  auth-local: peer\n  locale: \"'C'\"\n", initdb41).options.map((o) => o.arg);
  const asList = 'o:\n' + first.map((a) => `  - ${JSON.stringify(a.slice(2).replace('=', '\u0000')).replace('\\u0000', '": "')}`).map((l) => l.replace('- "', '- {"') + '}').join('\n') + '\n';
  assert.deepEqual(opts(asList, initdb41).options.map((o) => o.arg), first);
});
