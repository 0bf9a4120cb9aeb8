/**
 * docs/api.md's examples run as a user's project runs them: each ```js (ES module) or ```cjs block is a file in a
 * directory whose node_modules/patroni-plan is this package, and what it prints must be the ```text block after it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROOT } from '../helpers.js';

const project = mkdtempSync(join(tmpdir(), 'patroni-plan-api-'));
after(() => rmSync(project, { recursive: true, force: true }));
mkdirSync(join(project, 'node_modules'));
symlinkSync(ROOT, join(project, 'node_modules', 'patroni-plan'));

const md = readFileSync(join(ROOT, 'docs/api.md'), 'utf8');
const examples = [...md.matchAll(/^```(js|cjs)\n([\s\S]*?)^```\n\n```text\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, code: m[2]!, output: m[3]! }));

test('docs/api.md has an example of each part of the API, each with its output', () => {
  const code = examples.map((e) => e.code).join('\n');
  for (const fn of ['loadConfigText', 'loadConfigPath', 'lintLoaded', 'planLoaded', 'renderPlanJson', 'renderPlanText', 'fix', "require('patroni-plan')"]) assert.ok(code.includes(fn), fn);
  assert.equal(examples.length, [...md.matchAll(/^```(js|cjs)$/gm)].length, 'an example without an output block after it');
});

for (const [i, e] of examples.entries()) {
  test(`docs/api.md example ${i + 1} prints what the page says`, () => {
    const file = join(project, `example-${i + 1}.${e.lang === 'js' ? 'mjs' : 'cjs'}`);
    writeFileSync(file, e.code);
    const r = spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, e.output);
  });
}
