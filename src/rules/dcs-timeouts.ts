/**
 * ttl, loop_wait and retry_timeout of bootstrap.dcs as Patroni reads them
 * (src/facts/patroni-dcs-timeouts.ts): a value Python's int() refuses (`ttl: 30s`) makes
 * Patroni reject the whole dynamic configuration, not one key; values that break
 * loop_wait + 2 * retry_timeout <= ttl are rewritten, and the finding says to what.
 */
import { adjustTimeouts, DCS_TIMEOUT_DEFAULTS, DCS_TIMEOUT_MINIMUMS, DCS_TIMEOUTS, TIMEOUT_ADJUST_SINCE, type AdjustedTimeouts, type DcsTimeout } from '../facts/patroni-dcs-timeouts.js';
import { dictEntry, dictGet } from '../py/dict.js';
import type { PyValue } from '../py/value.js';
import { pyInt } from '../py/int.js';
import { at, releasedBy } from './common.js';
import type { Finding, Rule } from './rule.js';

function describe(v: PyValue): string {
  return v.kind === 'str' ? `'${v.value}'` : v.kind === 'list' ? 'a list' : v.kind === 'dict' ? 'a mapping' : 'this value';
}

function refused(dcs: PyValue): Finding[] {
  return DCS_TIMEOUTS.flatMap((key) => {
    const v = dictGet(dcs, key);
    if (v === undefined || pyInt(v) !== undefined) return [];
    return [{ message: `bootstrap.dcs.${key} is ${describe(v)}, which Python's int() refuses: Patroni then rejects the whole dynamic configuration (every key of bootstrap.dcs, not only ${key}) and runs with its defaults; write a whole number of seconds`, severity: 'error' as const, ...at(v) }];
  });
}

function rewritten(dcs: PyValue): Finding[] {
  const given: Partial<AdjustedTimeouts> = {};
  for (const key of DCS_TIMEOUTS) {
    const v = dictGet(dcs, key);
    if (v !== undefined) given[key] = pyInt(v);
  }
  // Raising a value to its minimum is value-range's finding; this one is about the rewrite after it.
  const raised = (k: DcsTimeout): number => Math.max(given[k] ?? DCS_TIMEOUT_DEFAULTS[k], DCS_TIMEOUT_MINIMUMS[k]);
  const used = adjustTimeouts(given);
  const changed = (['loop_wait', 'retry_timeout'] as const).filter((k) => used[k] !== raised(k));
  if (!changed.length) return [];
  const where = dictEntry(dcs, changed.includes('retry_timeout') ? 'retry_timeout' : 'loop_wait') ?? dictEntry(dcs, 'ttl');
  const now = changed.map((k) => `${k} from ${raised(k)} to ${used[k]}`).join(' and ');
  return [{ message: `bootstrap.dcs breaks loop_wait + 2 * retry_timeout <= ttl (ttl ${used.ttl}): Patroni rewrites ${now} and logs a warning; set values that keep the rule`, ...at(where?.value) }];
}

export const dcsTimeouts: Rule = {
  id: 'dcs-timeouts',
  severity: 'warning',
  description: 'bootstrap.dcs ttl, loop_wait, retry_timeout that Patroni rewrites (loop_wait + 2 * retry_timeout > ttl) or that make it reject the whole dynamic configuration (ttl: 30s)',
  check(ctx) {
    const dcs = dictGet(dictGet(ctx.root, 'bootstrap'), 'dcs');
    if (dcs?.kind !== 'dict') return [];
    const bad = refused(dcs);
    if (bad.length) return bad;
    return releasedBy(TIMEOUT_ADJUST_SINCE, ctx.patroni) ? rewritten(dcs) : [];
  },
};
