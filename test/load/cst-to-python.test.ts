/**
 * The CST path of parseSource (src/load/cst-to-python.ts) against the Document path: the same
 * values, spans, key order and diagnostics for every real-world config and every fixture,
 * and for each kind of input it leaves to the Document, that it does leave it and that the
 * answer is still right.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { decodeUtf8 } from '../../src/load/decode.js';
import { DEFAULT_PARSE_LIMITS, parseSource } from '../../src/load/parse-source.js';
import { pyRepr } from '../../src/py/str.js';
import { ROOT, SHARED } from '../helpers.js';
import { assertSamePaths, cstTakes, ordered, viaCst, viaDocument } from './yaml-paths.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []))
    .sort();
}

function decoded(path: string): string | undefined {
  const d = decodeUtf8(path, readFileSync(path));
  return 'text' in d ? d.text : undefined;
}

test('every real-world corpus config reads the same on both paths, and the CST path takes nearly all of them', () => {
  const files = yamlFiles(`${SHARED}corpus/real/`);
  assert.ok(files.length >= 130);
  let taken = 0;
  for (const f of files) {
    const text = decoded(f);
    if (text === undefined) continue;
    try {
      if (assertSamePaths(text, DEFAULT_PARSE_LIMITS, f)) taken++;
    } catch (err) {
      assert.fail(`${f}: ${(err as Error).message}`);
    }
  }
  // Anchors are the only reason a corpus config goes the long way (3 of 138 when written).
  assert.ok(taken >= files.length * 0.9, `the CST path took ${taken} of ${files.length}`);
});

test('every YAML file of the repository (fixtures, examples, bench) reads the same on both paths', () => {
  const files = ['fixtures', 'examples', 'bench', 'test', 'oracle'].flatMap((d) => {
    try {
      return yamlFiles(`${ROOT}${d}`);
    } catch {
      return [];
    }
  });
  assert.ok(files.length >= 100, `${files.length} files`);
  for (const f of files) {
    const text = decoded(f);
    if (text === undefined) continue;
    try {
      assertSamePaths(text, DEFAULT_PARSE_LIMITS, f);
    } catch (err) {
      assert.fail(`${f}: ${(err as Error).message}`);
    }
  }
});

test('the CST path is the default', () => {
  const text = 'scope: demo\nname: pg1\n';
  assert.ok(cstTakes(text));
  assert.equal(ordered(parseSource('t.yml', text)), ordered(viaCst(text)));
});

/** Inputs the CST path reads itself: each must give exactly what the Document gives. */
const TAKEN: Record<string, string> = {
  'plain config with comments everywhere': '# head\n\nscope: demo # the cluster\n\n# between\nrestapi:\n  listen: 0.0.0.0:8008\n  # inside\n  auth: x\n# after\n',
  'document start marker': '---\na: 1\n',
  'document start marker with a comment': '--- # c\na: 1\n',
  'no newline at the end': 'a:\n  b: 1',
  'empty values': 'a:\nb: # c\nc:   \nd:\n  e:\nf: 1\n',
  'empty sequence items': 'a:\n  -\n  - # c\n  - x\n  -\n',
  'sequence not indented under its key': 'a:\n- x\n- y\nb: 1\n',
  'compact mappings in sequences': '- a: 1\n  b: 2\n- - x\n  - y\n- c: [1, 2]\n',
  'repeated keys, three times and nested': 'a: 1\nb:\n  x: 1\n  x: 2\na: 2\na: 3\n',
  'keys that collide as Python values': '1: a\n1.0: b\ntrue: c\nyes: d\nnull: e\n~: f\n0x1: g\n',
  'the = key': '=: a\nb: 1\n',
  'quoted keys and values': `'a b': "c\\td"\n"e": 'it''s'\n'': x\n`,
  'multi-line scalars': 'a: one\n  two\n\n  three\nb: "x\n  y\\\n  z"\nc: \'p\n\n  q\'\n',
  'block scalars': 'a: |\n  x\n   y\n\nb: >-\n  folded\n  text\n\n  more\nc: |+\n  kept\n\n\nd: |2\n    indented\ne: > # comment\n  f\n',
  'block scalar at the end of the file': 'a: |\n  x\n  y',
  'flow collections': 'a: [x, y, ]\nb: {c: 1, d: [e, f], g: {}}\nh: []\ni: {j: }\n',
  'multi-line flow collections': 'a: [\n  x, # one\n  y\n]\nb: {\n  c: 1,\n  d: 2\n  }\n',
  'scalars of every implicit type': 'a: [0o17, 017, 0x1F, 0b101, 1_000, 1:30, 1.5, 1e5, 1.5e+3, .inf, -.Inf, .nan, yes, Off, ~, null, 2001-12-14, 2001-12-14 21:59:43.10 -5, 2001-12-14t21:59:43Z, 08, 9:30]\n',
  'windows line endings': 'a: 1\r\nb:\r\n  - x\r\n  - y\r\n',
  'a root scalar': 'just text\n',
  'a root sequence': '- a\n- b\n',
  'a root flow mapping': '{a: 1, b: 2}\n',
  'comments after the last item': 'a:\n  b: 1\n  # trailing\n# more\n\n',
  'a deeper comment after a nested value': 'a:\n  b:\n    c: 1\n      # odd\nd: 2\n',
  'tab after a value': 'a: 1\t# c\nb: x\t\n',
};

for (const [name, text] of Object.entries(TAKEN)) {
  test(`the CST path reads it itself: ${name}`, () => {
    assert.ok(assertSamePaths(text), 'left to the Document path');
  });
}

/** Inputs the CST path leaves to the Document path, with what the answer must still be. */
const LEFT: Record<string, { text: string; repr?: string; error?: RegExp; warning?: RegExp }> = {
  anchor: { text: 'a: &x 1\nb: 2\n', repr: "{'a': 1, 'b': 2}" },
  alias: { text: 'a: &x [1, 2]\nb: *x\n', repr: "{'a': [1, 2], 'b': [1, 2]}" },
  'undefined alias': { text: 'a: *nope\n', error: /alias/ },
  'a tag': { text: 'a: !!str 1\n', repr: "{'a': '1'}" },
  'a binary tag': { text: 'a: !!binary aGk=\n', repr: "{'a': b'hi'}" },
  'an unknown tag': { text: 'a: !foo x\n', error: /tag/ },
  'a merge key': { text: 'base: {x: 1, y: 2}\nc:\n  <<: {x: 3}\n  y: 4\n', repr: "{'base': {'x': 1, 'y': 2}, 'c': {'x': 3, 'y': 4}}" },
  'a merge of a list': { text: 'a:\n  <<: [{x: 1}, {x: 2, y: 3}]\n', repr: "{'a': {'x': 1, 'y': 3}}" },
  'an explicit key': { text: '? a\n: b\n', repr: "{'a': 'b'}" },
  'a flow sequence as key': { text: '[a, b]: c\n', error: /unhashable/ },
  'a directive': { text: '%YAML 1.1\n---\na: 1\n', repr: "{'a': 1}" },
  'two documents': { text: 'a: 1\n---\nb: 2\n', error: /single document/ },
  'a document end marker': { text: 'a: 1\n...\n', repr: "{'a': 1}" },
  'an unclosed quote': { text: "a: 'x\nb: 1\n", error: /./ },
  'a compact nested mapping': { text: 'a: b: c\n', error: /./ },
  'bad indentation': { text: 'a:\n    b: 1\n  c: 2\n', error: /./ },
  'a key without a value': { text: 'a: 1\nb\n', error: /./ },
  'a multi-line implicit key': { text: 'a\nb: 1\n', error: /./ },
  'an empty key': { text: ': a\n', repr: "{None: 'a'}" },
  'tab indentation': { text: 'a:\n\tb: 1\n', error: /./ },
  'an empty document': { text: '# only a comment\n', repr: 'None' },
  'an empty text': { text: '', repr: 'None' },
  'a lone document marker': { text: '---\n', repr: 'None' },
  'a byte order mark': { text: '\uFEFFa: 1\n', repr: "{'a': 1}" },
  'a plain << value': { text: 'a: <<\n', error: /merge/ },
  'a plain = value': { text: 'a: =\n', error: /value/ },
  'a date that does not exist': { text: 'a: 2021-02-30\n', error: /date/ },
  'an int too long for Python to print': { text: `a: ${'9'.repeat(4400)}\n`, error: /digits/ },
  'an unindented block scalar at the root': { text: '|\nx\n', repr: "'x\\n'" },
  'a flow mapping key without a value': { text: '{a, b: 1}\n', repr: "{'a': None, 'b': 1}" },
  'a pair in a flow sequence': { text: '[a: 1]\n', repr: "[{'a': 1}]" },
  'an empty item in a flow sequence': { text: '[a, , b]\n', error: /./ },
  'a block collection in a flow one': { text: '[a,\n- b]\n', error: /./ },
  'repeated keys beside a merge': { text: 'a:\n  <<: {x: 1}\n  x: 2\n  x: 3\n', repr: "{'a': {'x': 3}}", warning: /duplicate key 'x'/ },
};

for (const [name, c] of Object.entries(LEFT)) {
  test(`left to the Document path, with the right answer: ${name}`, () => {
    assert.equal(cstTakes(c.text), false, 'the CST path took it');
    assertSamePaths(c.text);
    const r = viaCst(c.text);
    if (c.repr !== undefined) {
      assert.ok(r.value, r.diagnostics.map((d) => d.message).join('; '));
      assert.equal(pyRepr(r.value), c.repr);
    }
    if (c.error) {
      assert.equal(r.value, null);
      assert.match(r.diagnostics.find((d) => d.severity === 'error')?.message ?? '', c.error);
    }
    if (c.warning) assert.ok(r.diagnostics.some((d) => d.severity === 'warning' && c.warning!.test(d.message)));
  });
}

test('a limit reached is left to the Document path, which reports it', () => {
  const text = 'a:\n  b:\n    c: [1, 2, 3]\n';
  for (const limits of [{ ...DEFAULT_PARSE_LIMITS, maxNodes: 5 }, { ...DEFAULT_PARSE_LIMITS, maxDepth: 2 }]) {
    assert.equal(cstTakes(text, limits), false);
    assertSamePaths(text, limits);
    const r = viaCst(text, limits);
    assert.equal(r.value, null);
    assert.equal(r.diagnostics[0]?.ruleId, 'input-too-large');
  }
  // Around the limits: the CST path reads the text exactly when the Document path can.
  for (let maxNodes = 8; maxNodes <= 11; maxNodes++) {
    for (let maxDepth = 2; maxDepth <= 5; maxDepth++) {
      const limits = { ...DEFAULT_PARSE_LIMITS, maxNodes, maxDepth };
      assertSamePaths(text, limits);
      assert.equal(cstTakes(text, limits), viaDocument(text, limits).value !== null, `maxNodes ${maxNodes}, maxDepth ${maxDepth}`);
    }
  }
  assert.ok(cstTakes(text, { ...DEFAULT_PARSE_LIMITS, maxNodes: 10, maxDepth: 4 }));
});

test('the duplicate-key warnings come in the same order with the same lines on both paths', () => {
  const text = 'a: 1\nb:\n  x: 1\n  x: 2\n  x: 3\na: 2\nc: {y: 1, y: 2}\n';
  assert.ok(cstTakes(text));
  const r = viaCst(text);
  assert.deepEqual(
    r.diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`),
    viaDocument(text).diagnostics.map((d) => `${d.line}:${d.col} ${d.message}`),
  );
  assert.deepEqual(
    r.diagnostics.map((d) => `${d.line}:${d.col}`),
    ['4:3', '5:3', '7:11', '6:1'],
  );
  assert.match(r.diagnostics[1]!.message, /first at line 4/);
});
