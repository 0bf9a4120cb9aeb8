/**
 * Whose credentials pg_rewind uses (config.rewind_credentials, 3.0-4.1): authentication.rewind
 * from PostgreSQL 11, the superuser's otherwise. Without a rewind section the superuser must be
 * able to connect to every member over the network; below 11 the section is ignored.
 */
import { REWIND_USER_SINCE_PG } from '../facts/patroni-rewind.js';
import { dictEntry, dictGet, dictPath } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import { at } from './common.js';
import type { Finding, Rule } from './rule.js';
import { rejoinOption } from './rejoin-options.js';

export const rewindCredentials: Rule = {
  id: 'rewind-credentials',
  // Rewinding as the superuser works where pg_hba lets it connect between members: a note, not a mistake.
  severity: 'info',
  description: 'use_pg_rewind with no authentication.rewind on PostgreSQL 11+ (pg_rewind runs as the superuser), or a rewind section PostgreSQL below 11 ignores',
  check(ctx) {
    const rewind = rejoinOption(ctx, 'use_pg_rewind');
    if (!rewind.on) return [];
    const auth = dictGet(ctx.config.postgresql, 'authentication');
    const section = dictEntry(auth, 'rewind');
    const out: Finding[] = [];
    if (ctx.pgMajor < REWIND_USER_SINCE_PG) {
      if (section) out.push({ message: `postgresql.authentication.rewind is ignored on PostgreSQL ${ctx.pgMajor}: before 11 pg_rewind needs a superuser, so Patroni rewinds with the superuser's credentials`, ...at(section.key) });
      return out;
    }
    if (section) return out;
    const user = dictPath(auth, 'superuser', 'username');
    out.push({
      message: `use_pg_rewind is on and there is no postgresql.authentication.rewind: after a failover Patroni runs pg_rewind against the new leader as the superuser${user ? ` '${pyStr(user)}'` : ''}, so pg_hba.conf of every member must let the superuser connect from the others over the network; on PostgreSQL 11+ add a rewind user (username and password): Patroni creates it at bootstrap with EXECUTE on pg_ls_dir, pg_stat_file and pg_read_binary_file, all pg_rewind needs`,
      ...at(rewind.value),
    });
    return out;
  },
};
