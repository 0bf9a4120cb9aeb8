/**
 * Differential test of the loader against PyYAML 6 (what Patroni reads configs with):
 * test/golden/pyyaml-*.json hold repr() of safe_load for every real-world corpus file and
 * every fixture, recorded with scripts/record-pyyaml.py.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { test } from 'node:test';
import { parseSource } from '../../src/load/parse-source.js';
import { decodeUtf8 } from '../../src/load/decode.js';
import { pyRepr } from '../../src/py/str.js';
import { readJson, ROOT, SHARED } from '../helpers.js';

type Record = { repr: string } | { error: string; line: number | null };
interface Golden {
  files: { [path: string]: Record };
}

function check(path: string, expected: Record): void {
  const decoded = decodeUtf8(path, readFileSync(path));
  assert.ok('text' in decoded, `${path} decodes`);
  const parsed = parseSource(path, decoded.text);
  if ('repr' in expected) {
    assert.ok(parsed.value, `${path}: ${parsed.diagnostics.map((d) => d.message).join('; ')}`);
    assert.equal(pyRepr(parsed.value), expected.repr, path);
  } else {
    assert.equal(parsed.value, null, `${path} should not load`);
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    assert.ok(errors.length > 0);
    if (expected.line !== null) assert.ok(errors.some((d) => Math.abs(d.line - expected.line!) <= 1), `${path}: error near line ${expected.line}, got ${errors.map((d) => d.line)}`);
  }
}

test('every real-world corpus file loads exactly as PyYAML loads it', () => {
  const golden = readJson<Golden>('test/golden/pyyaml-corpus.json');
  const entries = Object.entries(golden.files);
  assert.equal(entries.length, 139);
  for (const [key, expected] of entries) check(`${SHARED}corpus/real/${basename(key)}`, expected);
});

test('every fixture and example loads exactly as PyYAML loads it', () => {
  const golden = readJson<Golden>('test/golden/pyyaml-fixtures.json');
  assert.ok(Object.keys(golden.files).length >= 10);
  for (const [key, expected] of Object.entries(golden.files)) check(`${ROOT}${key}`, expected);
});
