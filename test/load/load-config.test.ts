import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadConfigPath, loadConfigSources, loadConfigText } from '../../src/load/load-config.js';
import { dictGet, dictPath } from '../../src/py/dict.js';

test('values keep file, line and column', () => {
  const loaded = loadConfigText('a.yml', 'scope: demo\npostgresql:\n  data_dir: /data\n');
  const v = dictPath(loaded.root!, 'postgresql', 'data_dir')!;
  assert.deepEqual([v.span?.file, v.span?.line, v.span?.col], ['a.yml', 3, 13]);
});

test('a duplicate key keeps its first position, takes the last value, and is reported', () => {
  const loaded = loadConfigText('d.yml', 'a: 1\nb: 2\na: 3\n');
  assert.deepEqual(loaded.root!.entries.map((e) => [(e.key as { value: string }).value, String((e.value as { value: bigint }).value)]), [['a', '3'], ['b', '2']]);
  const d = loaded.diagnostics.find((x) => x.ruleId === 'duplicate-key')!;
  assert.deepEqual([d.line, d.col, d.severity], [3, 1, 'warning']);
});

test('merge keys follow PyYAML: merged pairs first, own keys win, first merged map wins', () => {
  const loaded = loadConfigText('m.yml', 'x: &x {a: 1, b: 1}\ny: &y {b: 2, c: 2}\nz:\n  <<: [*x, *y]\n  c: 3\n');
  const z = dictGet(loaded.root!, 'z')!;
  assert.equal(z.kind, 'dict');
  const pairs = (z as { entries: { key: { value: string }; value: { value: bigint } }[] }).entries.map((e) => `${e.key.value}=${e.value.value}`);
  assert.deepEqual(pairs, ['b=1', 'c=3', 'a=1']);
});

test('a top-level key with no value disappears, as Patroni\'s patch_config drops it', () => {
  const loaded = loadConfigText('n.yml', 'scope: demo\nbootstrap:\nname: n1\n');
  assert.equal(dictGet(loaded.root!, 'bootstrap'), undefined);
  assert.equal(loaded.root!.entries.length, 2);
});

test('a directory is read file by file in sorted order and merged', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pp-dir-'));
  try {
    writeFileSync(join(dir, '10-base.yml'), 'scope: demo\npostgresql:\n  data_dir: /a\n  listen: 0.0.0.0:5432\n');
    writeFileSync(join(dir, '20-local.yaml'), 'postgresql:\n  data_dir: /b\n');
    writeFileSync(join(dir, 'notes.txt'), 'not: read\n');
    const loaded = loadConfigPath(dir);
    assert.equal(loaded.sources.length, 2);
    const dataDir = dictPath(loaded.root!, 'postgresql', 'data_dir')!;
    assert.equal((dataDir as { value: string }).value, '/b');
    assert.ok(dataDir.span?.file.endsWith('20-local.yaml'));
    assert.ok(dictPath(loaded.root!, 'postgresql', 'listen'));
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('syntax errors, non-UTF-8 bytes, tags PyYAML refuses and alias bombs are diagnostics, not exceptions', () => {
  const syntax = loadConfigText('s.yml', 'a: [1, 2\nb: 3\n');
  assert.equal(syntax.root, null);
  assert.ok(syntax.diagnostics[0]!.line >= 1 && syntax.diagnostics[0]!.ruleId === 'yaml-syntax');

  const bytes = loadConfigSources('b.yml', [{ file: 'b.yml', bytes: Buffer.from([0x61, 0x3a, 0x20, 0x0a, 0x62, 0x3a, 0x20, 0xff, 0x0a]) }]);
  assert.deepEqual([bytes.diagnostics[0]!.ruleId, bytes.diagnostics[0]!.line, bytes.diagnostics[0]!.col], ['encoding', 2, 4]);

  const tag = loadConfigText('t.yml', 'a: 1\nb: !Ref x\n');
  assert.deepEqual([tag.diagnostics[0]!.ruleId, tag.diagnostics[0]!.line], ['yaml-tag', 2]);

  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
  // Refused, not expanded (a billion values would never return; test/load/limits.test.ts runs it in a child
  // that a hang detector stops).
  const bombed = loadConfigText('bomb.yml', bomb.join('\n') + '\n');
  assert.equal(bombed.diagnostics[0]!.ruleId, 'input-too-large');
});

test('a document that is not a mapping is an error at its position', () => {
  const loaded = loadConfigText('l.yml', '- a\n- b\n');
  assert.equal(loaded.root, null);
  assert.equal(loaded.diagnostics[0]!.ruleId, 'config-not-mapping');
});

test('a syntax error at the end of a file with carriage-return line ends points inside its line (found by npm run fuzz)', () => {
  // an unclosed quote is reported at the end of the input, after the final CR: one line to the line counter
  const text = "' unclosed\rscope: s\rname: n\r";
  const [d] = loadConfigText('cr.yml', text).diagnostics;
  assert.equal(d?.ruleId, 'yaml-syntax');
  assert.deepEqual([d?.line, d?.col], [1, text.length]);
});

test('a syntax error that makes the parser run out of stack reads the same at any depth of the caller (found by the fuzz test)', () => {
  // the yaml parser recurses over a long flow mapping after a plain scalar; how many errors it reported before the
  // stack ran out depended on the caller's stack, and the message counted them
  const text = `scope: delivery {${Array.from({ length: 1500 }, (_, i) => `k${i}: v${i}`).join(', ')}}\nname: n\n`;
  const at = (depth: number): unknown => (depth > 0 ? at(depth - 1) : loadConfigText('deep.yml', text).diagnostics);
  const shallow = at(0);
  assert.deepEqual(at(3000), shallow);
  assert.match(JSON.stringify(shallow), /a long run of further errors follows from this one, or the parser runs out of stack/);
});

test('a long cascade reads the same whether the parser ran out of stack or not (found by the fuzz test, seed -1277801953)', () => {
  // 360 keys and then 383 more: one path of reading YAML counted 955 errors, the other ran out of stack
  const map = (n: number): string => `{${Array.from({ length: n }, (_, i) => `k${i}: v${i}`).join(', ')}}`;
  const text = `scope: alfdb ${map(360)} ${map(383)} ${map(144)}\nname: n\n`;
  const [d] = loadConfigText('long.yml', text).diagnostics;
  assert.equal(d?.ruleId, 'yaml-syntax');
  assert.match(d!.message, /a long run of further errors follows from this one, or the parser runs out of stack; they are not shown\)$/);
  assert.doesNotMatch(d!.message, /\d+ further errors/);
});
