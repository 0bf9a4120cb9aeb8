/**
 * The README's first screen: the file-only plan against `plan --cluster`. The cluster example
 * is run with the snapshot of fixtures/cluster/state.json, which was read from the member the
 * README names; every line it shows must be in the output, in order (`…` stands for lines
 * left out, and ends a line that is cut short).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { cli, ROOT } from '../helpers.js';

test("README's plan --cluster example is what plan prints", () => {
  const readme = readFileSync(`${ROOT}README.md`, 'utf8');
  const block = /\$ patroni-plan (plan fixtures\/cluster\/node3\.yml --cluster http:\/\/10\.0\.0\.11:8008)[^\n]*\n([\s\S]*?)```/.exec(readme);
  assert.ok(block, 'a console block running plan --cluster');
  const args = block[1]!.replace('http://10.0.0.11:8008', 'fixtures/cluster/state.json').split(' ');
  const r = cli(args);
  assert.equal(r.code, 0, r.stderr);
  const out = r.stdout.split('\n');
  let at = 0;
  for (const shown of block[2]!.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…')) {
    const prefix = shown.endsWith(' …') ? shown.slice(0, -2) : undefined;
    const found = out.findIndex((l, i) => i >= at && (prefix !== undefined ? l.startsWith(prefix) : l === shown));
    assert.ok(found >= 0, `README line not in the output (in order): ${shown}`);
    at = found + 1;
  }
  const fileOnly = cli(['plan', 'fixtures/cluster/node3.yml', '--patroni-version', '3.0', '--pg-version', '15']);
  assert.match(fileOnly.stdout, /max_connections=150/);
  assert.match(readme, /\$ patroni-plan plan fixtures\/cluster\/node3\.yml --patroni-version 3\.0 --pg-version 15 \| grep -o 'max_connections=\[0-9\]\*' \| head -1\nmax_connections=150\n/);
});
