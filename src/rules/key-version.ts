/**
 * Keys and values the chosen Patroni release does not know yet (x-patroni-since in the
 * schema): that release ignores the key, or rejects the value, silently.
 */
import { formatVersion } from '../facts/patroni-versions.js';
import { pyStr } from '../py/str.js';
import type { PyValue } from '../py/value.js';
import { annotations, type SchemaNode, walkKeys } from '../validate/schema-index.js';
import { at, bootstrapMethod, describeRelease, releasedBy } from './common.js';
import type { Finding, Rule, RuleContext } from './rule.js';
import { unusedSections } from './unused-method-section.js';

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

const inside = (path: readonly string[], section: readonly string[]): boolean => section.every((k, i) => path[i] === k) && path.length > section.length;

/**
 * A key of a custom bootstrap method section that Patroni does not name: before 3.2 it is
 * ignored like any unknown key, from 3.2 on _custom_bootstrap passes it as --key=value. It is
 * not a key that arrived in 3.2, so it is worded as the unknown key it is in the older release.
 */
function methodArgument(ctx: RuleContext, path: readonly string[]): string | undefined {
  if (path.length !== 3 || path[0] !== 'bootstrap' || bootstrapMethod(ctx)?.name !== path[1]) return undefined;
  return `${path.join('.')} is not a key Patroni ${formatVersion(ctx.patroni)} reads in a bootstrap method: it ignores it (3.2 and later pass it to the command as --${path[2]}=...)`;
}

export const keyVersion: Rule = {
  id: 'key-version',
  severity: 'warning',
  description: 'a key or value that the chosen Patroni version does not know yet, so it is ignored',
  check(ctx) {
    const out: Finding[] = [];
    const version = formatVersion(ctx.patroni);
    // Nothing inside a section Patroni never reads matters: unused-method-section reports the section.
    const unread = unusedSections(ctx).map((s) => s.path);
    for (const { path, entry, schema } of walkKeys(ctx.root)) {
      if (unread.some((s) => inside(path, s))) continue;
      const where = path.join('.');
      const since = annotations(schema).since;
      if (since && !releasedBy(since, ctx.patroni)) {
        const message = methodArgument(ctx, path) ?? `${where} is new in Patroni ${describeRelease(since)}: Patroni ${version} ignores it`;
        out.push({ message, ...at(entry.key) });
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
