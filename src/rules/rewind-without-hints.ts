/**
 * use_pg_rewind needs wal_log_hints or data checksums: Patroni uses pg_rewind only when
 * pg_controldata shows `wal_log_hints setting: on` or a data page checksum version (Rewind.can_rewind,
 * 3.0-4.1). Patroni sets wal_log_hints=on itself unless it is configured off (possible from 4.0);
 * checksums come from initdb (data-checksums, the default from PostgreSQL 18).
 */
import { CHECKSUMS_DEFAULT_SINCE_PG } from '../facts/patroni-rewind.js';
import { normaliseUserOptions } from '../normalise/user-options.js';
import { serverParameters } from '../plan/server-parameters.js';
import { standbyCluster } from '../plan/standby-cluster.js';
import { dictGet, dictPath } from '../py/dict.js';
import { at, bootstrapMethod } from './common.js';
import type { Rule, RuleContext } from './rule.js';
import { rejoinOption } from './rejoin-options.js';

const TRUE_WORDS = new Set(['on', 'true', 'yes', '1']);

/** Whether initdb, as this configuration runs it, enables data checksums; undefined when the configuration cannot tell. */
function initdbChecksums(ctx: RuleContext): boolean | undefined {
  if (bootstrapMethod(ctx) || standbyCluster(ctx)) return undefined;
  const names = normaliseUserOptions(dictGet(ctx.config.bootstrap, 'initdb'), { tool: 'initdb', patroni: ctx.patroni, pgMajor: ctx.pgMajor }).options.map((o) => o.name);
  if (names.includes('data-checksums') || names.includes('k')) return true;
  return ctx.pgMajor >= CHECKSUMS_DEFAULT_SINCE_PG && !names.includes('no-data-checksums');
}

export const rewindWithoutHints: Rule = {
  id: 'rewind-without-hints',
  severity: 'error',
  description: 'use_pg_rewind with wal_log_hints off and initdb without data checksums: Patroni can never use pg_rewind',
  check(ctx) {
    const rewind = rejoinOption(ctx, 'use_pg_rewind');
    if (!rewind.on) return [];
    const option = serverParameters(ctx, { customBootstrap: false, hotStandbyOff: false }).command_line.find((o) => o.startsWith('--wal_log_hints='));
    if (option === undefined || TRUE_WORDS.has(option.slice('--wal_log_hints='.length).toLowerCase())) return [];
    if (initdbChecksums(ctx) !== false) return [];
    const fallback = rejoinOption(ctx, 'remove_data_directory_on_diverged_timelines').on
      ? 'so a former primary whose timeline diverged is removed and copied anew (remove_data_directory_on_diverged_timelines) instead of rewound'
      : 'so a former primary whose timeline diverged stays behind, unable to follow the new leader, until reinitialized by hand';
    const where = dictPath(ctx.root, 'bootstrap', 'dcs', 'postgresql', 'parameters', 'wal_log_hints');
    return [{
      message: `use_pg_rewind is on, but wal_log_hints is off and initdb does not enable data checksums: pg_controldata will show neither, Patroni never runs pg_rewind, ${fallback}; set wal_log_hints: on in bootstrap.dcs.postgresql.parameters (a restart applies it) or initdb with data-checksums`,
      ...at(where ?? rewind.value),
    }];
  },
};
