/**
 * cluster-wide-setting fix: a cluster-wide setting (one of Patroni's command-line options) written in the local
 * `postgresql.parameters`, where Patroni ignores it, moves to `bootstrap.dcs.postgresql.parameters`, where Patroni
 * reads it when it initializes a new cluster (a running cluster takes it from `patronictl edit-config` only).
 * Only where PostgreSQL then starts with the value as written:
 * - not listen_addresses, port, cluster_name (Patroni's own, from postgresql.listen and scope);
 * - not when bootstrap.dcs.postgresql.parameters already sets the name (any case; for wal_keep_segments and
 *   wal_keep_size, either of the two), nor when the name is written a second time somewhere Patroni does not
 *   read it (local parameters in another case, directly under bootstrap.dcs.postgresql or postgresql): two
 *   values, the author must choose;
 * - not when Patroni's check of a bootstrap.dcs value refuses it, the PostgreSQL major does not have it, or the
 *   validator would clamp or drop it, or Citus overrides it (dynamicValueReachesServer);
 * - not when the configuration has no bootstrap section: Patroni never initializes a cluster from such a
 *   configuration, and adding one would change that. Missing levels under `bootstrap` are created with the
 *   file's indentation step;
 * - only between block mappings of this file, and when `postgresql.parameters` left empty (it would read as
 *   None, which --validate-config refuses) can go with it without leaving `postgresql` empty.
 */
import type { Node, Pair, YAMLMap } from 'yaml';
import { cmdlineOption, parameterTableIndex } from '../facts/server-parameter-rules.js';
import { dynamicValueReachesServer } from '../plan/server-parameters.js';
import { dictEntry, dictGet } from '../py/dict.js';
import type { PyValue } from '../py/value.js';
import type { Fix, Fixer, FixContext } from './fixer.js';
import { blockMapAt } from './insert-pair.js';
import { movePairEdits, movePairIntoNewMapEdits } from './move-pair.js';
import { columnOf, type TextEdit } from './text-edit.js';
import { inFile, pairWithKeyAt } from './yaml-nodes.js';

type AnyMap = YAMLMap<Node, Node | null>;

const OWN = ['listen_addresses', 'port', 'cluster_name'];
const WAL_KEEP = ['wal_keep_segments', 'wal_keep_size'];
const TARGET = ['bootstrap', 'dcs', 'postgresql', 'parameters'];

/** Where the pair goes: the existing parameters mapping, or the deepest existing level and the levels to create under it. */
type Target = { map: AnyMap } | { parent: AnyMap; create: string[]; step: number };

/** The block mapping of `value` in this file, or undefined. */
function blockMapOf(ctx: FixContext, value: PyValue | undefined): AnyMap | undefined {
  return value?.kind === 'dict' && inFile(value.span, ctx.file) ? blockMapAt(ctx.doc, value.span.offset) : undefined;
}

function target(ctx: FixContext): Target | undefined {
  let at: PyValue | undefined = ctx.root;
  let map: AnyMap | undefined;
  let keyColumn = 0;
  for (const [i, key] of TARGET.entries()) {
    const entry = dictEntry(at, key);
    if (!entry) {
      // no bootstrap section at all (map is still unset): the node never initializes a cluster; adding one would make it
      if (!map) return undefined;
      const step = columnOf(ctx.text, map.items[0]!.key.range![0]) - keyColumn;
      return { parent: map, create: TARGET.slice(i), step: step > 0 ? step : 2 };
    }
    map = blockMapOf(ctx, entry.value);
    if (!map || !inFile(entry.key.span, ctx.file)) return undefined;
    keyColumn = columnOf(ctx.text, entry.key.span.offset);
    at = entry.value;
  }
  return map && { map };
}

/** The lower-case names of a dict's string keys. */
const names = (v: PyValue | undefined): string[] => (v?.kind === 'dict' ? v.entries.flatMap((e) => (e.key.kind === 'str' ? [e.key.value.toLowerCase()] : [])) : []);

export const clusterWideSettingFixer: Fixer = {
  ruleId: 'cluster-wide-setting',
  fixes(ctx: FixContext): Fix[] {
    const postgresql = dictEntry(ctx.root, 'postgresql');
    const parameters = dictEntry(postgresql?.value, 'parameters');
    const localMap = blockMapOf(ctx, parameters?.value);
    const postgresqlMap = blockMapOf(ctx, postgresql?.value);
    if (!parameters || !localMap || !postgresqlMap || parameters.value.kind !== 'dict' || !inFile(parameters.key.span, ctx.file)) return [];
    const to = target(ctx);
    if (!to) return [];
    const holder = pairWithKeyAt(ctx.doc, parameters.key.span.offset);
    if (!holder || holder.map !== postgresqlMap) return [];
    const dcsPostgresql = dictGet(dictGet(dictGet(ctx.root, 'bootstrap'), 'dcs'), 'postgresql');
    const taken = new Set(names(dictGet(dcsPostgresql, 'parameters')));
    const elsewhere = new Set([...names(dcsPostgresql), ...names(postgresql?.value)]);
    // as written, so a name given twice (in two cases, or repeated) is seen whichever value PyYAML kept
    const written = localMap.items.map((p) => String((p.key as { value?: unknown } | null)?.value ?? '').toLowerCase());
    const table = parameterTableIndex(ctx.patroni);
    const out: Fix[] = [];
    for (const e of parameters.value.entries) {
      if (e.key.kind !== 'str' || !inFile(e.key.span, ctx.file) || !cmdlineOption(e.key.value, table)) continue;
      const name = e.key.value.toLowerCase();
      const rivals = WAL_KEEP.includes(name) ? WAL_KEEP : [name];
      if (OWN.includes(name) || rivals.some((n) => taken.has(n)) || elsewhere.has(name) || written.filter((n) => n === name).length > 1) continue;
      if (!dynamicValueReachesServer(ctx, e.key.value, e.value)) continue;
      const pair = pairWithKeyAt(ctx.doc, e.key.span.offset);
      if (!pair || pair.map !== localMap) continue;
      // postgresql.parameters left empty goes too, unless postgresql would then be empty
      const alone = localMap.items.length === 1;
      if (alone && postgresqlMap.items.length === 1) continue;
      const edits = moveEdits(ctx.text, pair.pair, to, alone ? holder.pair : undefined);
      if (edits) {
        out.push({
          ruleId: 'cluster-wide-setting',
          line: e.key.span.line,
          col: e.key.span.col,
          description: `moved postgresql.parameters.${e.key.value} to bootstrap.dcs.postgresql.parameters, which applies when the cluster is initialized (on a running cluster set it with patronictl edit-config)`,
          edits,
        });
      }
    }
    return out;
  },
};

function moveEdits(text: string, pair: Pair<Node, Node | null>, to: Target, holder: Pair<Node, Node | null> | undefined): TextEdit[] | undefined {
  return 'map' in to ? movePairEdits(text, pair, to.map, holder) : movePairIntoNewMapEdits(text, pair, to.parent, to.create, to.step, holder);
}
