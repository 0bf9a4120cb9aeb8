/** Numbers outside the range Patroni (and `patroni --validate-config`) accepts. */
import { INT_RANGES } from '../facts/patroni-validate-config.js';
import { dictPath } from '../py/dict.js';
import type { PyValue } from '../py/value.js';
import { at, releasedBy } from './common.js';
import type { Finding, Rule } from './rule.js';

/** An integer as Patroni's parse_int reads a plain number; undefined for anything with a unit or not a number. */
function intOf(v: PyValue): number | undefined {
  if (v.kind === 'int') return Number(v.value);
  if (v.kind === 'str' && /^\s*[-+]?\d+\s*$/.test(v.value)) return Number(v.value);
  return undefined;
}

export const valueRange: Rule = {
  id: 'value-range',
  severity: 'warning',
  description: 'a number outside the range Patroni or PostgreSQL accepts (ttl below 20, max_connections of 0, ...)',
  check(ctx) {
    const out: Finding[] = [];
    for (const r of INT_RANGES) {
      if (!releasedBy(r.since, ctx.patroni)) continue;
      const value = dictPath(ctx.root, ...r.path.split('.'));
      const n = value && intOf(value);
      if (n === undefined) continue;
      const low = r.min !== undefined && n < r.min;
      const high = r.max !== undefined && n > r.max;
      if (!low && !high) continue;
      const bound = low ? `at least ${r.min}` : `at most ${r.max}`;
      out.push({ message: `${r.path} is ${n} but must be ${bound}${r.runtime ? `: ${r.runtime}` : ''}; patroni --validate-config refuses it`, ...at(value) });
    }
    return out;
  },
};
