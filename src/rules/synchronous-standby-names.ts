/**
 * synchronous_standby_names given while synchronous_mode is on: Patroni manages the setting itself
 * (ConfigHandler.get_server_parameters), so the value written here never reaches PostgreSQL. What Patroni starts
 * with comes from the plan's own server parameters, so the rule and the plan cannot disagree: dropped at the
 * start (3.3+, and 3.0 without strict mode), '*' under synchronous_mode_strict on 3.0; the mode is read per
 * release (3.0 truthiness, 3.3+ parse_bool and not in a standby cluster, 4.0+ also quorum).
 */
import { serverParameters } from '../plan/server-parameters.js';
import { pyStr } from '../py/str.js';
import { at } from './common.js';
import type { Finding, Rule } from './rule.js';
import { parameterSites } from './server-parameter-sites.js';

export const synchronousStandbyNames: Rule = {
  id: 'synchronous-standby-names',
  severity: 'warning',
  description: 'synchronous_standby_names set while synchronous_mode is on: Patroni manages it and ignores the value',
  check(ctx) {
    const sites = parameterSites(ctx).filter((s) => s.name.toLowerCase() === 'synchronous_standby_names');
    if (!sites.length) return [];
    const change = serverParameters(ctx, { customBootstrap: false, hotStandbyOff: false }).changes.find(
      (c) => c.name.toLowerCase() === 'synchronous_standby_names' && (c.action === 'dropped' || c.action === 'overridden'),
    );
    if (!change) return [];
    const start = change.action === 'dropped' ? 'starts PostgreSQL without it' : "starts PostgreSQL with '*' (any standby)";
    return sites.map((site): Finding => ({
      message: `${site.where}: synchronous_mode is on, so Patroni manages synchronous_standby_names itself: it ${start} and then sets it to the standbys it picks; the ${pyStr(site.entry.value)} here is never used, remove it`,
      ...at(site.entry.key),
    }));
  },
};
