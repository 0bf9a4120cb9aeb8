/**
 * A misspelt key where Patroni accepts any key, so no unknown-key warning can catch it: in a
 * custom bootstrap or replica method section every key Patroni does not reserve becomes a
 * `--key=value` argument of the command (postgresql/bootstrap.py, 3.0 to 4.1), and under
 * `tags` an unknown name is a custom tag (tags.py), so the predefined tag it was meant to be
 * stays unset.
 */
import { dictGet, dictPath } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import type { PyDict, PyEntry } from '../py/value.js';
import { closest, editDistance, namedKeys, schemaAt } from '../validate/schema-index.js';
import { at, methodSections, releasedBy } from './common.js';
import type { Finding, Rule } from './rule.js';

const keyOf = (e: PyEntry): string | undefined => (e.key.kind === 'str' ? e.key.value : undefined);

/** Tags are short words sharing a `no` prefix: a typo there may be further from its tag than closest() allows (nosql). */
function tagMeant(key: string, tags: readonly string[]): string | undefined {
  const near = closest(key, tags);
  if (near) return near;
  const folded = key.toLowerCase();
  const alike = tags.filter((t) => t.slice(0, 3) === folded.slice(0, 3) && editDistance(folded, t) <= 3);
  return alike.sort((a, b) => editDistance(folded, a) - editDistance(folded, b))[0];
}

/**
 * postgresql/bootstrap.py: a replica method passes every key it does not reserve as --key=value
 * in 3.0.2 to 4.1.4; a custom bootstrap method does so from 3.2.0 (reserved_args), and before
 * that ignores them (the recorded 3.0.2 trace of custom-bootstrap-extra-types shows no extra argument).
 */
const BOOTSTRAP_EXTRA_ARGS_SINCE = '3.2';

function methodTypos(section: PyDict, where: string, known: readonly string[], passed: boolean): Finding[] {
  return section.entries.flatMap((e) => {
    const key = keyOf(e);
    if (key === undefined || known.includes(key)) return [];
    const meant = closest(key, known);
    if (!meant) return [];
    return [{
      message: `${where}.${key} is not '${meant}': Patroni does not know it here and ${passed ? `passes it to the command as the argument --${key}=${pyStr(e.value)}` : 'ignores it'}, and ${meant} stays unset; did you mean '${meant}'?`,
      ...at(e.key),
    }];
  });
}

export const misspeltKey: Rule = {
  id: 'misspelt-key',
  severity: 'warning',
  description: 'a misspelt key where Patroni takes any key: a method section (it becomes a --key=value argument) or tags (it becomes a custom tag)',
  check(ctx) {
    const out: Finding[] = [];
    for (const path of [['bootstrap'], ['postgresql'], ['bootstrap', 'dcs', 'postgresql']]) {
      // basebackup and initdb are named in the schema, so methodSections leaves them to user-options.
      for (const m of methodSections(dictPath(ctx.root, ...path), path)) {
        const passed = path[0] !== 'bootstrap' || path.length === 3 || releasedBy(BOOTSTRAP_EXTRA_ARGS_SINCE, ctx.patroni);
        out.push(...methodTypos(m.value, `${path.join('.')}.${m.name}`, namedKeys(schemaAt([...path, m.name])), passed));
      }
    }
    const tags = dictGet(ctx.root, 'tags');
    if (tags?.kind === 'dict') {
      const known = namedKeys(schemaAt(['tags']));
      for (const e of tags.entries) {
        const key = keyOf(e);
        if (key === undefined || known.includes(key)) continue;
        const meant = tagMeant(key, known);
        if (meant) out.push({ message: `tags.${key} is not '${meant}': Patroni keeps it as a custom tag, so ${meant} stays unset; did you mean '${meant}'?`, ...at(e.key) });
      }
    }
    return out;
  },
};
