/**
 * Connection strings and pgpass content as Patroni's ConfigHandler builds them
 * (format_dsn, _pgpass_content / _pgpass_line). Order of keywords is Patroni's fixed list.
 */
import { has } from '../facts/patroni-behaviour.js';
import { pyStr } from '../py/str.js';
import type { PyDict } from '../py/value.js';
import { placeholder, type PlanContext } from './plan-context.js';
import type { Step } from './plan-types.js';

/** A connection record: libpq keyword → value as Python would str() it; null means "not set". */
export type ConnRecord = Record<string, string | null>;

const DSN_KEYWORDS = [
  'dbname', 'user', 'password', 'host', 'port', 'sslmode', 'sslcompression', 'sslcert', 'sslkey', 'sslpassword',
  'sslrootcert', 'sslcrl', 'sslcrldir', 'application_name', 'krbsrvname', 'gssencmode', 'channel_binding',
  'target_session_attrs',
];

/** The PostgreSQL major from which libpq knows a keyword (Patroni's own table, applied 3.3.5+/4.0.4+). */
const KEYWORD_SINCE: Record<string, number> = {
  gssencmode: 12,
  channel_binding: 13,
  sslpassword: 13,
  sslcrldir: 14,
  sslnegotiation: 17,
  target_session_attrs: 10,
};

const escapeDsn = (value: string): string => value.replace(/(['\\ ])/g, '\\$1');

/**
 * `major` is the PostgreSQL version Patroni filters keywords by: its local data directory's,
 * which reads as 0 while a fresh replica is being cloned into an empty one.
 */
export function formatDsn(ctx: PlanContext, record: ConnRecord, major = ctx.pgMajor): string {
  const keywords = [...DSN_KEYWORDS];
  if (record['passfile']) keywords[2] = 'passfile';
  if (has('dsn.sslnegotiation', ctx.patroni)) keywords.push('sslnegotiation');
  const filter = has('dsn.filter-by-pg-version', ctx.patroni);
  return keywords
    .filter((kw) => record[kw] !== undefined && record[kw] !== null)
    .filter((kw) => !filter || major >= (KEYWORD_SINCE[kw] ?? 0))
    .map((kw) => `${kw}=${escapeDsn(record[kw]!)}`)
    .join(' ');
}

/**
 * A connection record that may hold placeholders of secrets: `secretKey` names the config key
 * of its password (what a pgpass file holds), `secretPrefix` the authentication section that
 * every secret keyword of the record comes from.
 */
export type AuthRecord = ConnRecord & { secretKey?: string; secretPrefix?: string };

export const REPLICATION_SECRET = 'postgresql.authentication.replication.password';
export const SUPERUSER_SECRET = 'postgresql.authentication.superuser.password';

/** Patroni writes pgpass whole each time, chmod 0600 (every version 3.0–4.1). */
export function pgpassWriteStep(id: string, description: string, path: string, content: string, record: AuthRecord): Step {
  return { id, action: 'write_file', description, path, content, mode: '0600', ...(record.secretKey && { secret: record.secretKey }) };
}

/**
 * The connection keywords of an authentication section that are secrets: the ones the schema
 * marks x-secret there (test/secrets checks the two agree). A record holds a stand-in for
 * each, replaced by a `${secret:...}` placeholder when written out.
 */
export const SECRET_KEYWORDS: ReadonlySet<string> = new Set(['password', 'sslpassword']);
// No character that a connection string or a pgpass line escapes, so it comes out whole.
const standIn = (keyword: string): string => `\u0000secret.${keyword}\u0000`;
const STAND_IN = /\u0000secret\.(\w+)\u0000/g;

/**
 * Authentication settings as connection keywords (`username` becomes `user`). The password's
 * value never enters a record: `secretKey` names where it comes from.
 */
export function authRecord(auth: PyDict, secretKey: string): AuthRecord {
  const out: AuthRecord = { secretPrefix: secretKey.replace(/\.password$/, '') };
  for (const { key, value } of auth.entries) {
    const k = pyStr(key);
    if (SECRET_KEYWORDS.has(k) && value.kind !== 'none') {
      out[k] = standIn(k);
      if (k === 'password') out.secretKey = secretKey;
      continue;
    }
    out[k === 'username' ? 'user' : k] = value.kind === 'none' ? null : pyStr(value);
  }
  return out;
}

export function revealSecretPlaceholders(text: string, record: AuthRecord): string {
  return text.replace(STAND_IN, (_m, keyword: string) => '${secret:' + record.secretPrefix + '.' + keyword + '}');
}

/** Keyword arguments of the member to clone from: host, port and dbname from its URL, then the credentials. */
export function cloneRecord(ctx: PlanContext, auth: PyDict, secretKey: string): AuthRecord | null {
  const c = ctx.clone;
  if (c.kind === 'none') return null;
  const host = c.kind === 'url' ? c.host ?? null : placeholder(ctx, 'clone_host');
  const port = c.kind === 'url' ? c.port ?? '5432' : placeholder(ctx, 'clone_port');
  const dbname = c.kind === 'url' ? c.dbname ?? '' : placeholder(ctx, 'clone_dbname');
  return { host, port, dbname, ...authRecord(auth, secretKey) };
}

/** pgpass content for a record, or null when it has no password (then no file and no PGPASSFILE). */
export function pgpassContent(ctx: PlanContext, record: AuthRecord): string | null {
  if (!('password' in record)) return null;
  return revealSecretPlaceholders(pgpassLines(ctx, record), record);
}

function pgpassLines(ctx: PlanContext, record: ConnRecord): string {
  const esc = (v: string | null | undefined): string => (v || '*').replace(/([:\\])/g, '\\$1');
  const rest = `:${esc(record['port'])}:*:${esc(record['user'])}:${esc(record['password'])}`;
  if (!has('pgpass.split-hosts', ctx.patroni)) {
    // Split unstripped, then the whole text right-stripped (the last newline and trailing blanks go).
    return esc(record['host']).split(',').map((h) => h + rest).join('\n').replace(/\s+$/, '');
  }
  const hosts = (record['host'] || '*').split(',').map((h) => h.trim()).filter(Boolean).map((h) => esc(h));
  if (!has('pgpass.line-newline', ctx.patroni)) return hosts.map((h) => h + rest).join('\n');
  if (hosts.some((h) => h.startsWith('/')) && !hosts.includes('localhost')) hosts.push('localhost');
  return hosts.map((h) => h + rest + '\n').join('');
}
