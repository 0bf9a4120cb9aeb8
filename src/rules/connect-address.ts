/**
 * An address other members connect to that names this host only (127.0.0.1, localhost,
 * ::1) or no host at all (0.0.0.0, *). Patroni publishes it in the DCS as is, so other
 * members cannot reach this one; `patroni --validate-config` refuses it.
 */
import { CONNECT_ADDRESSES, LOCAL_HOSTS } from '../facts/patroni-validate-config.js';
import { dictPath } from '../py/dict.js';
import { at } from './common.js';
import type { Finding, Rule } from './rule.js';

/** The host part of host:port, as Patroni's split_host_port reads it (last colon, brackets stripped). */
export function hostOf(address: string): string {
  const at = address.lastIndexOf(':');
  const host = (at < 0 ? address : address.slice(0, at)).trim();
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}

export const connectAddress: Rule = {
  id: 'connect-address',
  severity: 'warning',
  description: 'an address other members use (connect_address, proxy_address, raft self_addr) that is loopback or a wildcard',
  check(ctx) {
    const out: Finding[] = [];
    for (const path of CONNECT_ADDRESSES) {
      const value = dictPath(ctx.root, ...path.split('.'));
      if (value?.kind !== 'str') continue;
      const host = hostOf(value.value);
      if (!(LOCAL_HOSTS as readonly string[]).includes(host)) continue;
      out.push({ message: `${path} uses '${host}', which other members cannot connect to: Patroni publishes this address for them (only a cluster whose members all run on this one host works); patroni --validate-config refuses it`, ...at(value) });
    }
    return out;
  },
};
