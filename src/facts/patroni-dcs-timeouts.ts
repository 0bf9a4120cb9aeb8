/**
 * How Patroni reads ttl, loop_wait and retry_timeout of the dynamic configuration, from
 * patroni/config.py: Config._safe_copy_dynamic_configuration converts each with Python's
 * int() in 3.0.2 to 4.1.4 (a value int() refuses raises, and the whole dynamic configuration
 * is rejected), and Config._validate_and_adjust_timeouts (3.2.0 on, unchanged to 4.1.4)
 * raises each to its minimum, then rewrites loop_wait and retry_timeout so that
 * loop_wait + 2 * retry_timeout <= ttl.
 */
export const DCS_TIMEOUT_DEFAULTS = { ttl: 30, loop_wait: 10, retry_timeout: 10 } as const;
export const DCS_TIMEOUT_MINIMUMS = { ttl: 20, loop_wait: 1, retry_timeout: 3 } as const;
export const TIMEOUT_ADJUST_SINCE = '3.2';

export type DcsTimeout = keyof typeof DCS_TIMEOUT_DEFAULTS;
export const DCS_TIMEOUTS: readonly DcsTimeout[] = ['ttl', 'loop_wait', 'retry_timeout'];

export interface AdjustedTimeouts {
  ttl: number;
  loop_wait: number;
  retry_timeout: number;
}

/** The values Patroni runs with, after its minimums and the loop_wait + 2 * retry_timeout <= ttl rule. */
export function adjustTimeouts(given: Partial<AdjustedTimeouts>): AdjustedTimeouts {
  const value = (k: DcsTimeout): number => Math.max(given[k] ?? DCS_TIMEOUT_DEFAULTS[k], DCS_TIMEOUT_MINIMUMS[k]);
  const ttl = value('ttl');
  let loopWait = value('loop_wait');
  let retry = value('retry_timeout');
  const minLoopWait = DCS_TIMEOUT_MINIMUMS.loop_wait;
  if (minLoopWait + 2 * retry > ttl) {
    loopWait = minLoopWait;
    retry = Math.floor((ttl - minLoopWait) / 2);
  } else if (loopWait + 2 * retry > ttl) {
    loopWait = ttl - 2 * retry;
  }
  return { ttl, loop_wait: loopWait, retry_timeout: retry };
}
