/**
 * What Patroni itself does at run time without a key `patroni --validate-config` requires,
 * read from its code (3.0.2, 3.3.11, 4.0.10 and 4.1.4 agree on each). A key without an entry
 * gets no claim about run time: the message then says only that --validate-config wants it.
 */
import { dictGet } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import type { RuleContext } from './rule.js';

const text = (ctx: RuleContext, ...path: string[]): string | undefined => {
  const v = path.reduce<ReturnType<typeof dictGet>>((at, k) => dictGet(at, k), ctx.root);
  return v === undefined || v.kind === 'none' ? undefined : pyStr(v);
};

/** postgresql.config.ConfigHandler._get_tcp_local_address: localhost for a wildcard or loopback listen, else its first address. */
function postgresFallback(listen: string): string {
  const i = listen.lastIndexOf(':');
  const hosts = (i < 0 ? listen : listen.slice(0, i)).split(',').map((h) => h.trim());
  const port = i < 0 ? '5432' : listen.slice(i + 1).trim();
  const local = hosts.some((h) => ['*', '0.0.0.0', '127.0.0.1', 'localhost'].includes(h));
  return `${local ? 'localhost' : hosts[0]}:${port}`;
}

type Runtime = (ctx: RuleContext) => string | undefined;

/** Keyed by the dotted path of the missing key (section.key, or the key alone at the top level). */
const RUNTIME: Readonly<Record<string, Runtime>> = {
  // config.Config._build_effective_configuration: a missing name is taken from postgresql.name.
  name: (ctx) => {
    const legacy = text(ctx, 'postgresql', 'name');
    return legacy === undefined ? undefined : `Patroni itself takes the member name from postgresql.name ('${legacy}')`;
  },
  // api.RestApiServer: the published API URL is built from connect_address or, without it, listen.
  'restapi.connect_address': (ctx) => {
    const listen = text(ctx, 'restapi', 'listen');
    return listen === undefined ? undefined : `Patroni itself publishes restapi.listen ('${listen}') instead, which other members and patronictl must be able to reach`;
  },
  // api.RestApiServer.reload_config raises without listen.
  'restapi.listen': () => 'Patroni itself refuses to start its REST API without it',
  // postgresql.config.ConfigHandler.resolve_connection_addresses: connect_address or the local TCP address.
  'postgresql.connect_address': (ctx) => {
    const listen = text(ctx, 'postgresql', 'listen');
    if (listen === undefined) return undefined;
    const address = postgresFallback(listen);
    return `Patroni itself publishes '${address}' (from postgresql.listen) instead${address.startsWith('localhost:') ? ', which replicas on other hosts cannot reach' : ' as the address other members connect to'}`;
  },
  // dcs.get_dcs raises PatroniFatalException when no DCS section is configured.
  dcs: () => 'Patroni itself stops at start-up without one',
};

export function runtimeWithout(ctx: RuleContext, path: string): string | undefined {
  return RUNTIME[path]?.(ctx);
}
