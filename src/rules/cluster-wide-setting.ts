/**
 * The settings that must match across the cluster (Patroni's command-line options: max_connections, wal_level,
 * max_wal_senders ...) are taken only from the dynamic configuration: a local value is ignored, a bootstrap.dcs
 * value failing Patroni's check falls back to the default, and listen_addresses, port and cluster_name are always
 * Patroni's own. The finding names the value PostgreSQL starts with.
 */
import { cmdlineOption } from '../facts/server-parameter-rules.js';
import { serverParameters } from '../plan/server-parameters.js';
import { pyStr } from '../py/str.js';
import { at } from './common.js';
import type { Finding, Rule } from './rule.js';
import { parameterSites, validationScope } from './server-parameter-sites.js';

/** PostgreSQL's boolean spellings (parse_bool: case-insensitive, unique prefixes of on/off/true/false/yes/no, 1/0). */
function pgBool(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (t === '') return undefined;
  if (t === '1' || ['true', 'yes'].some((w) => w.startsWith(t)) || (t.length >= 2 && 'on'.startsWith(t))) return true;
  if (t === '0' || ['false', 'no'].some((w) => w.startsWith(t)) || (t.length >= 2 && 'off'.startsWith(t))) return false;
  return undefined;
}

/** The value given is the value PostgreSQL gets (3.0 refuses every hot_standby and wal_log_hints, even on, and writes on). */
function sameValue(given: string, used: string | undefined): boolean {
  if (used === undefined) return false;
  if (given.toLowerCase() === used.toLowerCase()) return true;
  const a = pgBool(given);
  return a !== undefined && a === pgBool(used);
}

const OWN: Record<string, string> = { listen_addresses: 'postgresql.listen', port: 'postgresql.listen', cluster_name: 'scope' };

export const clusterWideSetting: Rule = {
  id: 'cluster-wide-setting',
  severity: 'warning',
  description: 'a cluster-wide setting given locally, or refused in bootstrap.dcs: names the value PostgreSQL starts with',
  fixable: true,
  check(ctx) {
    const table = validationScope(ctx).table;
    const sites = parameterSites(ctx).filter((s) => cmdlineOption(s.name, table));
    if (!sites.length) return [];
    const sp = serverParameters(ctx, { customBootstrap: false, hotStandbyOff: false });
    const used = (name: string): string | undefined => {
      // wal_keep_segments and wal_keep_size stand for each other: Patroni writes the one the major has
      const walKeep = { wal_keep_segments: 'wal_keep_size', wal_keep_size: 'wal_keep_segments' }[name.toLowerCase()];
      const other = walKeep && Object.entries(sp.conf).find(([k]) => k.toLowerCase() === walKeep);
      if (other) return `${other[0]} = ${other[1]}`;
      const option = sp.command_line.find((o) => o.toLowerCase().startsWith(`--${name.toLowerCase()}=`));
      if (option) return option.slice(option.indexOf('=') + 1);
      return Object.entries(sp.conf).find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
    };
    const out: Finding[] = [];
    for (const site of sites) {
      const value = pyStr(site.entry.value);
      const lower = site.name.toLowerCase();
      const startsWith = used(site.name);
      const result = startsWith === undefined ? 'PostgreSQL does not get it' : `PostgreSQL starts with ${startsWith}`;
      if (lower in OWN) {
        if (startsWith !== value) out.push({ message: `${site.where}: Patroni sets ${site.name} itself from ${OWN[lower]}, the ${value} here is ignored: ${result}`, ...at(site.entry.key) });
        continue;
      }
      const change = sp.changes.find((c) => c.name === site.name && c.action === 'ignored' && c.value === value && !c.reason.startsWith('cluster-wide'));
      if (site.local) {
        // the same value as the one used: harmless, but it misleads a reader into editing the wrong place
        const same = startsWith === value;
        out.push({ message: `${site.where} is a cluster-wide setting, which Patroni takes only from the dynamic configuration (bootstrap.dcs): the local ${value} is ignored and ${result}`, ...(same && { severity: 'info' as const }), ...at(site.entry.key) });
      } else if (change && !sameValue(value, startsWith)) {
        const whole = /whole bootstrap\.dcs/.test(change.reason);
        out.push({ message: `${site.where}: ${change.reason}`, ...(whole && { severity: 'error' as const }), ...at(site.entry.value) });
      }
    }
    return out;
  },
};
