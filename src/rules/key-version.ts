/**
 * Keys and values the chosen Patroni release does not know yet (x-patroni-since in the
 * schema): that release ignores the key, or rejects the value, silently.
 */
import { formatVersion } from '../facts/patroni-versions.js';
import { pyStr } from '../py/str.js';
import type { PyValue } from '../py/value.js';
import { annotations, type SchemaNode, walkKeys } from '../validate/schema-index.js';
import { at, describeRelease, releasedBy } from './common.js';
import type { Finding, Rule } from './rule.js';

/** An anyOf branch that carries its own x-patroni-since and lists the value in its enum. */
function valueSince(schema: SchemaNode | undefined, value: PyValue): string | readonly string[] | undefined {
  const branches = (schema?.anyOf as SchemaNode[] | undefined) ?? [];
  for (const b of branches) {
    const since = b['x-patroni-since'] as string | string[] | undefined;
    const values = (b.enum as unknown[] | undefined) ?? (b.const !== undefined ? [b.const] : []);
    const pattern = typeof b.pattern === 'string' ? new RegExp(b.pattern) : undefined;
    if (since && value.kind === 'str' && (values.includes(value.value) || pattern?.test(value.value))) return since;
  }
  return undefined;
}

export const keyVersion: Rule = {
  id: 'key-version',
  severity: 'warning',
  description: 'a key or value that the chosen Patroni version does not know yet, so it is ignored',
  check(ctx) {
    const out: Finding[] = [];
    const version = formatVersion(ctx.patroni);
    for (const { path, entry, schema } of walkKeys(ctx.root)) {
      const where = path.join('.');
      const since = annotations(schema).since;
      if (since && !releasedBy(since, ctx.patroni)) {
        out.push({ message: `${where} is new in Patroni ${describeRelease(since)}: Patroni ${version} ignores it`, ...at(entry.key) });
        continue;
      }
      const vSince = valueSince(schema, entry.value);
      if (vSince && !releasedBy(vSince, ctx.patroni)) {
        out.push({ message: `${where}: ${pyStr(entry.value)} is new in Patroni ${describeRelease(vSince)}; Patroni ${version} does not understand it`, ...at(entry.value) });
      }
    }
    return out;
  },
};
