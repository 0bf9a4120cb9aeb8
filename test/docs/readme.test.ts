/**
 * README.md's `console` examples are what the command prints: each block is `$ patroni-plan ARGS` and its output.
 * A block the prose before it calls abridged shows some of the lines, in order, a line ending in ` …` cut short;
 * every other block is the whole output, byte for byte. The Quick start's `npm start` is the command it names.
 */
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cli, ROOT } from '../helpers.js';

const readme = readFileSync(`${ROOT}README.md`, 'utf8');
/** The first screen's block, a pipe and then `plan --cluster` against a member, is run by test/cluster/readme-cluster.test.ts on the member's snapshot. */
const checkedElsewhere = (block: string): boolean => /^\$ patroni-plan [^\n]*--cluster http/m.test(block);
const blocks = [...readme.matchAll(/^```console\n\$ patroni-plan ([^\n]*)\n([\s\S]*?)^```$/gm)].filter((m) => !checkedElsewhere(m[0])).map((m, i, all) => {
  const before = readme.slice(i === 0 ? 0 : all[i - 1]!.index! + all[i - 1]![0].length, m.index);
  const paragraph = before.trimEnd();
  return { args: m[1]!, shown: m[2]!, abridged: /\babridged\b/.test(paragraph.slice(paragraph.lastIndexOf('\n\n'))) };
});

test('README has its console examples, the abridged ones marked', () => {
  const all = [...readme.matchAll(/^```console\n([\s\S]*?)^```$/gm)].filter((m) => !checkedElsewhere(m[1]!));
  assert.equal(blocks.length, all.length, 'a console block that does not start with $ patroni-plan');
  assert.ok(blocks.length >= 4);
  assert.ok(blocks.some((b) => b.abridged) && blocks.some((b) => !b.abridged));
});

for (const b of blocks) {
  test(`README: $ patroni-plan ${b.args}`, () => {
    const r = cli(b.args.split(' '), undefined, ROOT);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    if (!b.abridged) return assert.equal(r.stdout, b.shown);
    let at = 0;
    const real = r.stdout.split('\n');
    for (const line of b.shown.trimEnd().split('\n')) {
      const cut = line.endsWith(' …') ? line.slice(0, -2) : undefined;
      const found = real.findIndex((l, i) => i >= at && (cut === undefined ? l === line : l.startsWith(cut)));
      assert.ok(found >= 0, `not in the output, or out of order: ${line}`);
      at = found + 1;
    }
  });
}

test("the Quick start's npm start runs the command the README names", () => {
  const start = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: { start: string } }).scripts.start;
  const named = /`npm start` runs `patroni-plan ([^`]+)`/.exec(readme.replace(/\n/g, ' '))![1]!;
  assert.equal(start, `node bin/patroni-plan.cjs ${named}`);
});
