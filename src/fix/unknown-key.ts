/**
 * unknown-key fix for a typo: the key is renamed to the one known key it resembles, when the
 * did-you-mean suggestion is the only candidate that close, the mapping does not already
 * have that key, and the chosen Patroni version reads it. A PostgreSQL setting written
 * directly under a postgresql section moves into its parameters (pg-setting-move.ts); other
 * keys valid elsewhere are not moved: where they go is the author's call.
 */
import { dictHas } from '../py/dict.js';
import type { PyDict } from '../py/value.js';
import { releasedBy } from '../rules/common.js';
import { recoverySettingHistory } from '../facts/pg-options.js';
import { pgSettingNamed } from '../facts/pg-setting-lookup.js';
import { annotations, closest, editDistance, namedKeys, pathsOfKey, schemaAt } from '../validate/schema-index.js';
import type { Fix, Fixer, FixContext } from './fixer.js';
import { pgSettingMoves } from './pg-setting-move.js';
import { inFile, renameKeyEdit } from './yaml-nodes.js';

const fold = (s: string): string => s.toLowerCase().replace(/-/g, '_');

/** A name PostgreSQL or its recovery knows: in a postgresql section such a key is a misplaced setting, not a typo. */
function isPgName(parent: readonly string[], key: string): boolean {
  const section = parent.join('.');
  if (section !== 'postgresql' && section !== 'bootstrap.dcs.postgresql') return false;
  return pgSettingNamed(key) !== undefined || recoverySettingHistory(key) !== undefined;
}

/**
 * The known key of this mapping that `key` is a typo of, when there is exactly one that
 * close. A key valid somewhere else, or a PostgreSQL setting, is not a typo but misplaced.
 */
function onlyTypoTarget(parent: readonly string[], key: string, dict: PyDict): string | undefined {
  if (pathsOfKey(key).length > 0 || isPgName(parent, key)) return undefined;
  const known = namedKeys(schemaAt(parent));
  const target = closest(key, known);
  if (!target || dictHas(dict, target)) return undefined;
  const distance = (c: string): number => (fold(c) === fold(key) ? 0 : editDistance(fold(key), fold(c)));
  const best = distance(target);
  return known.some((c) => c !== target && c !== key && distance(c) <= best) ? undefined : target;
}

function walk(ctx: FixContext, dict: PyDict, path: string[], out: Fix[]): void {
  const known = new Set(namedKeys(schemaAt(path)));
  for (const e of dict.entries) {
    if (e.key.kind !== 'str') continue;
    const key = e.key.value;
    if (e.value.kind === 'dict') walk(ctx, e.value, [...path, key], out);
    if (known.size === 0 || known.has(key) || !inFile(e.key.span, ctx.file)) continue;
    const target = onlyTypoTarget(path, key, dict);
    if (!target) continue;
    const since = annotations(schemaAt([...path, target])).since;
    if (since && !releasedBy(since, ctx.patroni)) continue;
    const edit = renameKeyEdit(ctx, e.key.span, key, target);
    const where = path.length ? `${path.join('.')}.` : '';
    if (edit) out.push({ ruleId: 'unknown-key', line: e.key.span.line, col: e.key.span.col, description: `renamed ${where}${key} to ${target}`, edits: [edit] });
  }
}

export const unknownKeyFixer: Fixer = {
  ruleId: 'unknown-key',
  fixes(ctx: FixContext): Fix[] {
    const out: Fix[] = [];
    walk(ctx, ctx.root, [], out);
    return [...out, ...pgSettingMoves(ctx)];
  },
};
