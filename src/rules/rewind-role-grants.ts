/**
 * A dedicated rewind role needs EXECUTE on the functions pg_rewind calls (PostgreSQL 11+).
 * Patroni creates the role and grants them in post_bootstrap (every release 3.0-4.1), which a
 * standby cluster never runs: there the role and its grants must come from the primary cluster.
 */
import { PG_REWIND_FUNCTIONS, REWIND_USER_SINCE_PG } from '../facts/patroni-rewind.js';
import { standbyCluster } from '../plan/standby-cluster.js';
import { dictEntry, dictGet, dictPath } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import { at } from './common.js';
import type { Rule } from './rule.js';
import { rejoinOption } from './rejoin-options.js';

export const rewindRoleGrants: Rule = {
  id: 'rewind-role-grants',
  severity: 'warning',
  description: 'a rewind role in a standby cluster, where Patroni never creates it nor grants it what pg_rewind needs',
  check(ctx) {
    if (!rejoinOption(ctx, 'use_pg_rewind').on || ctx.pgMajor < REWIND_USER_SINCE_PG || !standbyCluster(ctx)) return [];
    const section = dictEntry(dictGet(ctx.config.postgresql, 'authentication'), 'rewind');
    if (!section) return [];
    const name = dictGet(section.value, 'username');
    // The superuser itself needs no grants (Patroni then creates no role either).
    const superuser = dictPath(ctx.config.postgresql, 'authentication', 'superuser', 'username');
    if (name !== undefined && superuser !== undefined && pyStr(name) === pyStr(superuser)) return [];
    const role = name === undefined ? 'the rewind role' : `the role '${pyStr(name)}'`;
    return [{
      message: `this is a standby cluster: Patroni creates ${role} and grants it what pg_rewind needs only in post_bootstrap, which a standby cluster never runs, so they must be created on the primary cluster (the standby cluster replicates them): CREATE ROLE with LOGIN and a password, then GRANT EXECUTE ON FUNCTION ${PG_REWIND_FUNCTIONS.join(', ')} TO it; without them pg_rewind fails after a failover`,
      ...at(section.key),
    }];
  },
};
