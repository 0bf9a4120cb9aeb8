/**
 * A mapping under bootstrap, postgresql or bootstrap.dcs.postgresql that nothing selects:
 * the schema must accept it as a method section, but Patroni only reads the section that
 * bootstrap.method or create_replica_methods names, so this one is silently ignored.
 */
import { dictGet, dictPath } from '../py/dict.js';
import { keySuggestion } from '../validate/key-suggestion.js';
import { at, bootstrapMethod, methodSections, replicaMethods } from './common.js';
import type { Finding, Rule, RuleContext } from './rule.js';

/** A finding about a section and the section's path, so that the schema's errors inside it can be folded into it. */
interface UnusedSection extends Finding {
  path: string[];
}

/** Whether the configuration sets a dotted path: a suggestion never points where a value already is or is overridden. */
const isSetIn = (ctx: RuleContext) => (path: string): boolean => dictPath(ctx.root, ...path.split('.')) !== undefined;

function unusedBootstrapSections(ctx: RuleContext, misplacedReplicas: Set<string>): UnusedSection[] {
  const selected = bootstrapMethod(ctx)?.name;
  return methodSections(dictGet(ctx.root, 'bootstrap'), ['bootstrap'])
    .filter((m) => m.name !== selected && !misplacedReplicas.has(m.name))
    .map((m) => {
      const suggestion = keySuggestion(['bootstrap'], m.name, m.value, isSetIn(ctx));
      const unselected = selected ? `bootstrap.method is '${selected}'` : 'bootstrap.method does not name it';
      // A known section put under bootstrap by mistake (postgresql, slots) was never meant as a method.
      const message = suggestion.startsWith('; it belongs at')
        ? `bootstrap.${m.name} is ignored: Patroni reads no ${m.name} section under bootstrap (a mapping there is only a custom bootstrap method, and ${unselected})${suggestion}`
        : `bootstrap.${m.name} is not used: ${unselected}, so Patroni ignores this section${suggestion}`;
      return { path: ['bootstrap', m.name], message, ...at(m.key) };
    });
}

function unusedReplicaSections(ctx: RuleContext, replicaNames: Set<string>): UnusedSection[] {
  const selected = bootstrapMethod(ctx)?.name;
  const out: UnusedSection[] = [];
  for (const path of [['postgresql'], ['bootstrap', 'dcs', 'postgresql']]) {
    const section = path.reduce<ReturnType<typeof dictGet>>((v, k) => dictGet(v, k), ctx.root);
    for (const m of methodSections(section, path)) {
      // A bootstrap method written here is reported by bootstrap-method-fallback.
      if (replicaNames.has(m.name) || m.name === selected) continue;
      out.push({
        path: [...path, m.name],
        message: `${path.join('.')}.${m.name} is not used: no create_replica_methods list names it, so Patroni ignores this section${keySuggestion(path, m.name, m.value, isSetIn(ctx))}`,
        ...at(m.key),
      });
    }
  }
  return out;
}

export function unusedSections(ctx: RuleContext): UnusedSection[] {
  const replicaNames = new Set(replicaMethods(ctx).map((m) => m.name));
  // A replica method whose section sits under bootstrap is reported by replica-method-section.
  const misplaced = new Set([...replicaNames].filter((n) => dictGet(ctx.config.postgresql, n) === undefined));
  return [...unusedBootstrapSections(ctx, misplaced), ...unusedReplicaSections(ctx, replicaNames)];
}

export const unusedMethodSection: Rule = {
  id: 'unused-method-section',
  severity: 'warning',
  description: 'a method section that neither bootstrap.method nor create_replica_methods names, so Patroni ignores it',
  check(ctx) {
    return unusedSections(ctx).map(({ path: _path, ...finding }) => finding);
  },
};
