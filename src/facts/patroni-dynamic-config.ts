/**
 * How Patroni converts the dynamic configuration (bootstrap.dcs on a new cluster) while it applies it
 * (patroni/config.py, Config._safe_copy_dynamic_configuration, called from set_dynamic_configuration, which
 * catches any exception, logs it and keeps the configuration built without the dynamic part). A value a
 * conversion raises on therefore makes Patroni ignore every key of bootstrap.dcs, not only its own.
 * Evidence and per-release detail: docs/patroni-version-facts.md §21d.
 */

/**
 * Top-level keys converted with Python's int() in 3.0.0-3.0.2: every key of the built-in dynamic defaults
 * except the three modes copied as they are and the two sections walked key by key (`watchdog` is among the
 * defaults there, so a mapping under bootstrap.dcs.watchdog raises too).
 */
export const INT_KEYS_UNTIL_3_0_3 = [
  'ttl',
  'loop_wait',
  'retry_timeout',
  'maximum_lag_on_failover',
  'maximum_lag_on_syncnode',
  'check_timeline',
  'primary_start_timeout',
  'primary_stop_timeout',
  'synchronous_node_count',
  'watchdog',
] as const;

/** From 3.0.3 (global configuration refactor) only the three timeouts are among the defaults and converted. */
export const INT_KEYS_FROM_3_0_3 = ['ttl', 'loop_wait', 'retry_timeout'] as const;

/** 3.0.0-3.0.2 read master_* as primary_* when the primary_* key is absent (then convert it with int()). */
export const REMAPPED_KEYS_UNTIL_3_0_3: Readonly<Record<string, string>> = {
  master_start_timeout: 'primary_start_timeout',
  master_stop_timeout: 'primary_stop_timeout',
};
