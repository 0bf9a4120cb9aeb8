/**
 * The options that decide a former primary's rejoin (use_pg_rewind and the two removal
 * options), read from the effective configuration as Patroni's Rewind reads them: local
 * postgresql.* over bootstrap.dcs.postgresql.*, Python truthiness.
 */
import { dictEntry } from '../py/dict.js';
import { pyTruthy } from '../py/truth.js';
import type { PyValue } from '../py/value.js';
import type { RuleContext } from './rule.js';

export interface RejoinOption {
  on: boolean;
  /** The value as written, for the finding's position; undefined when the key is absent. */
  value: PyValue | undefined;
}

export function rejoinOption(ctx: RuleContext, key: 'use_pg_rewind' | 'remove_data_directory_on_rewind_failure' | 'remove_data_directory_on_diverged_timelines'): RejoinOption {
  const value = dictEntry(ctx.config.postgresql, key)?.value;
  return { on: value !== undefined && pyTruthy(value), value };
}
