/**
 * Neither use_pg_rewind nor remove_data_directory_on_diverged_timelines: Patroni never compares
 * a former primary's timeline with the new leader's (Rewind.trigger_check_diverged_lsn needs one
 * of them, 3.0-4.1), so one that wrote past the fork starts on its own timeline and cannot follow.
 */
import { at } from './common.js';
import type { Rule } from './rule.js';
import { rejoinOption } from './rejoin-options.js';

export const rejoinWithoutFallback: Rule = {
  id: 'rejoin-without-fallback',
  severity: 'warning',
  description: 'neither use_pg_rewind nor remove_data_directory_on_diverged_timelines: a former primary whose timeline diverged cannot rejoin',
  check(ctx) {
    const rewind = rejoinOption(ctx, 'use_pg_rewind');
    if (rewind.on || rejoinOption(ctx, 'remove_data_directory_on_diverged_timelines').on) return [];
    const ignored = rejoinOption(ctx, 'remove_data_directory_on_rewind_failure').on ? ' (remove_data_directory_on_rewind_failure does nothing without use_pg_rewind)' : '';
    return [{
      message: `use_pg_rewind is ${rewind.value === undefined ? 'not set' : 'off'} and remove_data_directory_on_diverged_timelines is not set${ignored}: after a failover, a former primary that wrote past the point where the new leader's timeline forked is started on its own timeline, cannot replay the leader's WAL and stays behind until reinitialized by hand (patronictl reinit); set use_pg_rewind: true (with wal_log_hints or data checksums) or remove_data_directory_on_diverged_timelines: true`,
      ...at(rewind.value),
    }];
  },
};
