/**
 * unknown-key fix for a PostgreSQL setting written directly under `postgresql` or
 * `bootstrap.dcs.postgresql`: the pair moves into that section's `parameters` (created when
 * missing), where Patroni reads it. Not when `parameters` already sets it (two values: the
 * author must choose), not for a setting Patroni sets itself or one that names a file, and not for a local setting
 * Patroni only takes from the dynamic configuration (it would be ignored there too; where
 * it should go is a cluster-wide decision).
 */
import { DCS_ONLY_PARAMETERS, PATRONI_SET_PARAMETERS } from '../facts/patroni-dcs-only-parameters.js';
import { dictGet } from '../py/dict.js';
import type { PyDict, PyEntry } from '../py/value.js';
import { pgSettingNamed } from '../facts/pg-setting-lookup.js';
import { PATRONI_WRITTEN_RECOVERY } from '../facts/patroni-recovery.js';
import type { Fix, FixContext } from './fixer.js';
import { blockMapAt } from './insert-pair.js';
import { movePairEdits, movePairIntoNewMapEdits } from './move-pair.js';
import { columnOf } from './text-edit.js';
import { inFile, pairWithKeyAt } from './yaml-nodes.js';


/** The key as a PostgreSQL setting name (lower case), when PostgreSQL has such a setting. */
function settingName(key: string): string | undefined {
  const lower = key.toLowerCase();
  // Patroni's own recovery settings, written in parameters, are still Patroni's to set
  return !PATRONI_WRITTEN_RECOVERY.includes(lower) && pgSettingNamed(lower) ? lower : undefined;
}

const SECTIONS = [['postgresql'], ['bootstrap', 'dcs', 'postgresql']];

/**
 * Settings that name files: Patroni changes what it manages when one is in parameters (with
 * hba_file or ident_file set it stops writing pg_hba.conf / pg_ident.conf: config.py,
 * 3.0-4.1), so moving one there does more than the author may have meant.
 */
const FILE_SETTINGS = ['config_file', 'hba_file', 'ident_file', 'data_directory', 'external_pid_file'];

function moves(ctx: FixContext, path: string[]): Fix[] {
  const section = path.reduce<ReturnType<typeof dictGet>>((v, k) => dictGet(v, k), ctx.root);
  if (section?.kind !== 'dict' || !inFile(section.span, ctx.file)) return [];
  const sectionMap = blockMapAt(ctx.doc, section.span.offset);
  const parameters = dictGet(section, 'parameters');
  if (!sectionMap || (parameters !== undefined && (parameters.kind !== 'dict' || !inFile(parameters.span, ctx.file)))) return [];
  const target = parameters && blockMapAt(ctx.doc, (parameters as PyDict).span!.offset);
  if (parameters && !target) return [];
  const taken = new Set(parameters?.kind === 'dict' ? parameters.entries.flatMap((e) => (e.key.kind === 'str' ? [e.key.value.toLowerCase()] : [])) : []);
  const local = path.length === 1;
  const out: Fix[] = [];
  for (const e of section.entries) {
    if (e.key.kind !== 'str' || !inFile(e.key.span, ctx.file)) continue;
    const name = settingName(e.key.value);
    if (!name || taken.has(name) || PATRONI_SET_PARAMETERS.includes(name) || FILE_SETTINGS.includes(name) || (local && DCS_ONLY_PARAMETERS.includes(name))) continue;
    const pair = pairWithKeyAt(ctx.doc, e.key.span.offset);
    if (!pair || pair.map !== sectionMap) continue;
    const step = columnOf(ctx.text, sectionMap.items[0]!.key.range![0]) - sectionIndent(ctx, path);
    const edits = target ? movePairEdits(ctx.text, pair.pair, target) : movePairIntoNewMapEdits(ctx.text, pair.pair, sectionMap, 'parameters', step > 0 ? step : 2);
    if (edits) out.push({ ruleId: 'unknown-key', line: e.key.span.line, col: e.key.span.col, description: `moved ${path.join('.')}.${e.key.value} into ${path.join('.')}.parameters`, edits });
    taken.add(name);
  }
  return out;
}

/** The column of the key that holds the section (`postgresql:`), to learn the file's indentation step. */
function sectionIndent(ctx: FixContext, path: string[]): number {
  let at: ReturnType<typeof dictGet> = ctx.root;
  let keyOffset: number | undefined;
  for (const k of path) {
    const entry: PyEntry | undefined = at?.kind === 'dict' ? at.entries.find((e) => e.key.kind === 'str' && e.key.value === k) : undefined;
    keyOffset = entry?.key.span?.offset;
    at = entry?.value;
  }
  return keyOffset === undefined ? 0 : columnOf(ctx.text, keyOffset);
}

export function pgSettingMoves(ctx: FixContext): Fix[] {
  return SECTIONS.flatMap((p) => moves(ctx, p));
}
