/**
 * deprecated-key fix: a key Patroni renamed gets its new name (src/facts/patroni-renamed-keys.ts),
 * in place, value and comments untouched. Only when the new name is not set as well (the
 * two would then be read together) and the chosen Patroni version reads the new name.
 */
import { RENAMED_KEYS } from '../facts/patroni-renamed-keys.js';
import { dictHas } from '../py/dict.js';
import type { PyDict, PyValue } from '../py/value.js';
import { releasedBy } from '../rules/common.js';
import { annotations, schemaAt, walkKeys } from '../validate/schema-index.js';
import type { Fix, Fixer, FixContext } from './fixer.js';
import { inFile, renameKeyEdit } from './yaml-nodes.js';

function parentOf(root: PyDict, path: readonly string[]): PyDict | undefined {
  let at: PyDict | undefined = root;
  for (const key of path.slice(0, -1)) {
    const next: PyValue | undefined = at?.entries.find((e) => e.key.kind === 'str' && e.key.value === key)?.value;
    at = next?.kind === 'dict' ? next : undefined;
  }
  return at;
}

export const deprecatedKeyFixer: Fixer = {
  ruleId: 'deprecated-key',
  fixes(ctx: FixContext): Fix[] {
    const out: Fix[] = [];
    for (const { path, entry, schema } of walkKeys(ctx.root)) {
      const rename = RENAMED_KEYS.find((r) => r.from === path[path.length - 1]);
      if (!rename || !annotations(schema).deprecated || !inFile(entry.key.span, ctx.file)) continue;
      const target = [...path.slice(0, -1), rename.to];
      const since = annotations(schemaAt(target)).since;
      if (since && !releasedBy(since, ctx.patroni)) continue;
      const taken = rename.unlessNewIn === 'mapping' ? dictHas(parentOf(ctx.root, path), rename.to) : dictHas(ctx.config.postgresql, rename.to);
      if (taken) continue;
      const edit = renameKeyEdit(ctx, entry.key.span, rename.from, rename.to);
      if (edit) out.push({ ruleId: 'deprecated-key', line: entry.key.span.line, col: entry.key.span.col, description: `renamed ${path.join('.')} to ${rename.to}`, edits: [edit] });
    }
    return out;
  },
};
