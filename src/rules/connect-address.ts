/**
 * An address other members connect to that names this host only (127.0.0.1, localhost,
 * ::1) or no host at all (0.0.0.0, *). Patroni publishes it in the DCS as is, so other
 * members cannot reach this one; `patroni --validate-config` refuses it.
 * Also a connect_address written as a URL, and a REST API address on PostgreSQL's port.
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

/** The port of host:port as split_host_port reads it (after the last colon), or the default. */
function portOf(address: string, fallback: number): number | undefined {
  const at = address.lastIndexOf(':');
  if (at < 0) return fallback;
  const text = address.slice(at + 1).trim();
  return /^\d+$/.test(text) ? Number(text) : undefined;
}

/**
 * postgresql.connect_address and restapi.connect_address are host:port, not URLs: uri() (3.0.2 to
 * 4.1.4, patroni/utils.py) takes everything before the last colon as the host, brackets it as an IPv6
 * address because it holds a colon, and publishes postgres://[http://10.0.0.5]:5432/postgres (or
 * http://[http://...]:8008/patroni): nobody can connect to it.
 */
const PUBLISHED: Record<string, { proto: string; path: string; who: string }> = {
  'postgresql.connect_address': { proto: 'postgres', path: '/postgres', who: 'replicas and clients' },
  'restapi.connect_address': { proto: 'http', path: '/patroni', who: 'other members and patronictl' },
};

function withScheme(path: string, value: { value: string }, root: Parameters<typeof dictPath>[0]): string | undefined {
  const text = value.value.trim();
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(text);
  const published = PUBLISHED[path];
  const at = text.lastIndexOf(':');
  // Without a port after the last colon Patroni cannot read the address at all: the schema reports that.
  if (!m || !published || !/^\d+$/.test(text.slice(at + 1))) return undefined;
  const proto = path === 'restapi.connect_address' && dictPath(root, 'restapi', 'certfile') ? 'https' : published.proto;
  const shown = `${proto}://[${text.slice(0, at)}]:${text.slice(at + 1)}${published.path}`;
  return `${path} is a URL ('${m[1]}://'), not host:port: Patroni takes everything before the last colon as the host and publishes ${shown}, which ${published.who} cannot connect to; write ${text.slice(m[0].length)}`;
}

/** The REST API published on PostgreSQL's port: members and patronictl would send their HTTP requests to PostgreSQL. */
function restapiOnPostgresPort(root: Parameters<typeof dictPath>[0]): Finding[] {
  const api = dictPath(root, 'restapi', 'connect_address');
  if (api?.kind !== 'str') return [];
  const pgConnect = dictPath(root, 'postgresql', 'connect_address');
  const pgListen = dictPath(root, 'postgresql', 'listen');
  const pgText = pgConnect?.kind === 'str' ? pgConnect.value : pgListen?.kind === 'str' ? pgListen.value : undefined;
  // Patroni's default PostgreSQL port applies only when postgresql says where it listens without one.
  const pgPort = pgText === undefined ? undefined : portOf(pgText, 5432);
  const apiPort = portOf(api.value, 0);
  const listen = dictPath(root, 'restapi', 'listen');
  const listenPort = listen?.kind === 'str' ? portOf(listen.value, 0) : undefined;
  if (pgPort === undefined || apiPort !== pgPort || listenPort === pgPort) return [];
  const own = listenPort ? ` (restapi.listen's is ${listenPort})` : '';
  return [{ message: `restapi.connect_address uses port ${apiPort}, PostgreSQL's port: Patroni publishes it as this member's REST API address, so other members and patronictl would send their HTTP requests to PostgreSQL; give the REST API's port${own}`, ...at(api) }];
}

export const connectAddress: Rule = {
  id: 'connect-address',
  severity: 'warning',
  description: 'an address other members use (connect_address, proxy_address, raft self_addr) that is loopback, a wildcard or a URL, or a REST API address on PostgreSQL\'s port',
  check(ctx) {
    const out: Finding[] = [];
    for (const path of CONNECT_ADDRESSES) {
      const value = dictPath(ctx.root, ...path.split('.'));
      if (value?.kind !== 'str') continue;
      const url = withScheme(path, value, ctx.root);
      if (url) {
        out.push({ message: url, severity: 'error', ...at(value) });
        continue;
      }
      const host = hostOf(value.value);
      if (!(LOCAL_HOSTS as readonly string[]).includes(host)) continue;
      out.push({ message: `${path} uses '${host}', which other members cannot connect to: Patroni publishes this address for them (only a cluster whose members all run on this one host works); patroni --validate-config refuses it`, ...at(value) });
    }
    return [...out, ...restapiOnPostgresPort(ctx.root)];
  },
};
