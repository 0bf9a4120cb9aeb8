/**
 * `lint --fix` on the 139 real-world configurations, for Patroni 3.0 and 4.1: it never makes
 * a file lint worse (no check reports more), fixing twice changes nothing, and the plan
 * changes only through a fix whose finding said Patroni would run something else than
 * meant. A fix that keeps the meaning (a duplicate key written as PyYAML reads it, a pure
 * rename while the old name still works) must leave the plan byte for byte as it was.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { lintLoaded, planLoaded, resolveVersions } from '../../src/api.js';
import { fix, type AppliedFix } from '../../src/index.js';
import { loadConfigText } from '../../src/load/load-config.js';
import { renderPlanJson } from '../../src/render/plan-json.js';
import { SHARED } from '../helpers.js';

const CORPUS = `${SHARED}corpus/real/`;
const files = readdirSync(CORPUS).filter((f) => /\.ya?ml(\.example)?$/.test(f)).sort();

function plan(file: string, text: string, patroniVersion: string): string {
  try {
    return renderPlanJson(planLoaded(loadConfigText(file, text), { patroniVersion }));
  } catch (err) {
    return `no plan: ${(err as Error).constructor.name}`;
  }
}

function counts(file: string, text: string, patroniVersion: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const d of lintLoaded(loadConfigText(file, text), resolveVersions({ patroniVersion }))) m.set(`${d.ruleId} ${d.severity}`, (m.get(`${d.ruleId} ${d.severity}`) ?? 0) + 1);
  return m;
}

/** Fixes after which Patroni reads the same configuration: the plan must not move. */
function keepsMeaning(a: AppliedFix, patroniVersion: string): boolean {
  if (a.ruleId === 'duplicate-key') return true;
  // no_master stops working in 4.0: renaming it there is the repair the finding asked for.
  return a.ruleId === 'deprecated-key' && !(a.description.endsWith(' to no_leader') && patroniVersion >= '4.0');
}

for (const patroniVersion of ['3.0', '4.1']) {
  test(`lint --fix on the corpus, Patroni ${patroniVersion}: never worse, idempotent, the plan moves only where a finding said so`, () => {
    assert.equal(files.length, 139);
    let changed = 0;
    for (const f of files) {
      const text = readFileSync(`${CORPUS}${f}`, 'utf8');
      const once = fix(text, { file: f, patroniVersion });
      if (once.text === text) {
        assert.deepEqual(once.applied, [], f);
        continue;
      }
      changed++;
      const before = counts(f, text, patroniVersion);
      for (const [k, n] of counts(f, once.text, patroniVersion)) assert.ok(n <= (before.get(k) ?? 0), `${f}: ${k} ${before.get(k) ?? 0} -> ${n}`);
      assert.equal(fix(once.text, { file: f, patroniVersion }).text, once.text, `${f}: idempotent`);
      if (once.applied.every((a) => keepsMeaning(a, patroniVersion))) assert.equal(plan(f, once.text, patroniVersion), plan(f, text, patroniVersion), `${f}: the plan is unchanged`);
    }
    assert.ok(changed >= 10, `fixes applied to ${changed} files`);
  });
}
