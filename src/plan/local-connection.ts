/**
 * How Patroni connects to its own PostgreSQL for post_bootstrap: the local address
 * (listen or unix socket), the superuser credentials, dbname `postgres`; the password goes
 * to the pgpass file named by PGPASSFILE, never into the connection string.
 */
import { postBootstrapPgOptions } from '../facts/patroni-behaviour.js';
import { dictGet } from '../py/dict.js';
import { pyStr } from '../py/str.js';
import { pyTruthy } from '../py/truth.js';
import { authRecord, formatDsn, pgpassContent, pgpassWriteStep, revealSecretPlaceholders, SUPERUSER_SECRET, type AuthRecord, type ConnRecord } from './connection.js';
import { authentication, database, pg, pgpassPath, sortedEnv, type PlanContext } from './plan-context.js';
import type { Step } from './plan-types.js';

export interface LocalConnection {
  connstring: string;
  env: Record<string, string>;
  steps: Step[];
}

export function localConnection(ctx: PlanContext): LocalConnection {
  const record: AuthRecord = {
    ...localAddress(ctx),
    ...authRecord(authentication(ctx, 'superuser'), SUPERUSER_SECRET),
    dbname: database(ctx),
  };
  const connstring = revealSecretPlaceholders(formatDsn(ctx, { ...record, password: null }), record);
  // pgpass needs a host line; `localhost` also matches unix-socket connections.
  const forPgpass = { ...record, host: record['host'] ?? 'localhost' };
  const content = pgpassContent(ctx, forPgpass);
  const env: Record<string, string> = {};
  const steps: Step[] = [];
  if (content !== null) {
    const path = pgpassPath(ctx);
    env['PGPASSFILE'] = path;
    steps.push(pgpassWriteStep('post-bootstrap-pgpass', 'write the superuser credentials to the pgpass file', path, content, record));
  }
  env['PGOPTIONS'] = postBootstrapPgOptions(ctx.patroni);
  return { connstring, env: sortedEnv(env), steps };
}

/** The host of Patroni's local connection (its conn_kwargs), undefined when it connects without one. */
export function localHost(ctx: Pick<PlanContext, 'config'>): string | undefined {
  return localAddress(ctx)['host'] ?? undefined;
}

/** listen_addresses and port from `postgresql.listen`, and the address Patroni picks from them. */
function localAddress(ctx: Pick<PlanContext, 'config'>): ConnRecord {
  const listen = pg(ctx, 'listen');
  const [addresses, port] = splitHostPort(listen === undefined ? '' : pyStr(listen), '5432');
  const tcp = tcpLocalAddress(addresses);
  const params = pg(ctx, 'parameters');
  const sockets = dictGet(params, 'unix_socket_directories');
  if (pyTruthy(pg(ctx, 'use_unix_socket') ?? { kind: 'none' })) {
    if (sockets === undefined) return { port };
    const dir = pyStr(sockets).split(',').map((d) => d.trim()).find((d) => d.startsWith('/'));
    return { host: dir ?? tcp, port };
  }
  return { host: tcp, port };
}

/**
 * Where the server listens: Patroni passes `postgresql.listen` split into listen_addresses and
 * port on the postgres command line at every start. Empty when listen is not set.
 */
export function listenParameters(ctx: PlanContext): Record<string, string> {
  const listen = pg(ctx, 'listen');
  if (listen === undefined || listen.kind === 'none') return {};
  const [listenAddresses, port] = splitHostPort(pyStr(listen), '5432');
  return { listen_addresses: listenAddresses, port };
}

/** The parameters a start step carries, so an executor can start PostgreSQL where Patroni would. */
export function startParameters(ctx: PlanContext): Pick<Step, 'parameters'> {
  const parameters = listenParameters(ctx);
  return Object.keys(parameters).length ? { parameters } : {};
}

/** Patroni's split_host_port: the last `:` separates the port; IPv6 brackets are dropped. */
export function splitHostPort(value: string, defaultPort: string): [string, string] {
  const at = value.lastIndexOf(':');
  let host = at >= 0 ? value.slice(0, at) : value;
  const port = at >= 0 ? value.slice(at + 1) : defaultPort;
  if (host.includes(':')) host = host.split(',').map((h) => h.trim().replace(/^\[+|\]+$/g, '')).join(',');
  return [host, String(Number.parseInt(port, 10))];
}

function tcpLocalAddress(listenAddresses: string): string {
  const list = listenAddresses.split(',');
  if (list.some((la) => ['*', 'localhost', '0.0.0.0', '127.0.0.1'].includes(la.trim().toLowerCase()))) return 'localhost';
  return list[0]!.trim();
}
