/**
 * Keys Patroni has deprecated or stopped reading, as the schema records them
 * (x-deprecated, x-patroni-until): a removed key is an error, since what it asked for no
 * longer happens; a deprecated one still works and gets a warning with its replacement.
 */
import { formatVersion } from '../facts/patroni-versions.js';
import { annotations, walkKeys } from '../validate/schema-index.js';
import { at, releasedBy } from './common.js';
import type { Finding, Rule, RuleContext } from './rule.js';

/** Keys the chosen version no longer reads at all: whatever is inside them does not matter to Patroni. */
export function removedKeys(ctx: RuleContext): string[][] {
  return walkKeys(ctx.root)
    .filter(({ schema }) => {
      const until = annotations(schema).until;
      return until !== undefined && releasedBy(until, ctx.patroni);
    })
    .map(({ path }) => path);
}

/** When the deprecation has a release of its own, the message names it, and the release that drops the key. */
function since(from: string | undefined, until: string | undefined): string {
  if (!from) return '';
  return until ? ` since Patroni ${from} and no longer read from ${until}` : ` since Patroni ${from}`;
}

export const deprecatedKey: Rule = {
  id: 'deprecated-key',
  severity: 'warning',
  description: 'a key deprecated or removed in the chosen Patroni version, with its replacement',
  fixable: true,
  check(ctx) {
    const out: Finding[] = [];
    for (const { path, entry, schema } of walkKeys(ctx.root)) {
      const a = annotations(schema);
      if (!a.deprecated && !a.until) continue;
      const where = path.join('.');
      const instead = a.deprecated ? `: ${a.deprecated}` : '';
      if (a.until && releasedBy(a.until, ctx.patroni)) {
        out.push({ message: `${where} is no longer read by Patroni ${formatVersion(ctx.patroni)} (gone since ${a.until})${instead}`, severity: 'error', ...at(entry.key) });
      } else if (a.deprecated && (!a.deprecatedSince || releasedBy(a.deprecatedSince, ctx.patroni))) {
        out.push({ message: `${where} is deprecated${since(a.deprecatedSince, a.until)}${instead}`, ...at(entry.key) });
      }
    }
    return out;
  },
};
