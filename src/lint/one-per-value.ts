/**
 * One mistake, one diagnostic, where two checks see the same value from different sides.
 */
import type { Diagnostic } from '../diagnostic.js';

const place = (d: Diagnostic): string => `${d.file}:${d.line}:${d.col}`;

/**
 * An unrendered template value that another check also reports (the schema refuses it, a timeout
 * Python's int() refuses) keeps the other finding: it says what Patroni then does.
 */
export function withoutRepeatedTemplates(list: Diagnostic[]): Diagnostic[] {
  const others = new Set(list.filter((d) => d.ruleId !== 'unrendered-template').map(place));
  return list.filter((d) => d.ruleId !== 'unrendered-template' || !others.has(place(d)));
}

/** The config path a deprecated-key finding is about: its message starts with it. */
const deprecatedPath = (d: Diagnostic): string | undefined => (d.ruleId === 'deprecated-key' ? /^(\S+) is /.exec(d.message)?.[1] : undefined);

/**
 * A deprecated key whose value the schema also refuses (`etcd.srv_domain: 5`): the schema's finding
 * says what goes wrong now and takes the deprecation along, so the one diagnostic tells both.
 */
export function withDeprecationFolded(list: Diagnostic[]): Diagnostic[] {
  const deprecated = new Map(list.flatMap((d) => (deprecatedPath(d) ? [[`${d.file}\n${deprecatedPath(d)}`, d] as const] : [])));
  const folded = new Set<Diagnostic>();
  const out = list.map((d) => {
    if (d.ruleId !== 'schema') return d;
    const path = /^(\S+) is /.exec(d.message)?.[1];
    const dep = path && deprecated.get(`${d.file}\n${path}`);
    if (!dep) return d;
    folded.add(dep);
    return { ...d, message: `${d.message}; besides, ${dep.message}` };
  });
  return out.filter((d) => !folded.has(d));
}

/**
 * A misspelt key of a chosen bootstrap method (`no_paramas`) is also a key the release before 3.2
 * ignores: misspelt-key already says so and names the key meant, so key-version adds nothing.
 */
export function withoutMisspeltVersions(list: Diagnostic[]): Diagnostic[] {
  const misspelt = new Set(list.filter((d) => d.ruleId === 'misspelt-key').map(place));
  return list.filter((d) => d.ruleId !== 'key-version' || !misspelt.has(place(d)));
}
