/**
 * Read-only GETs against a Patroni member's REST API, with the TLS options patronictl uses
 * (ctl.cacert, ctl.certfile, ctl.keyfile) and basic auth. Every failure becomes a RestError
 * whose message is one line that names the member (without credentials) and never quotes
 * what the member answered: an answer may hold secrets.
 */
import { readRegularFile } from '../load/read-bounded.js';
import { lazyBuiltin } from '../lazy-builtin.js';

export interface RestOptions {
  /** CA bundle that signs the member's certificate (ctl.cacert). */
  cacert?: string;
  /** Client certificate and key, when the member verifies clients (ctl.certfile, ctl.keyfile). */
  certfile?: string;
  keyfile?: string;
  /** Passphrase of the client key (ctl.keyfile_password). */
  keyPassword?: string;
  /** Skip certificate verification (patronictl's ctl.insecure). */
  insecure?: boolean;
  username?: string;
  password?: string;
  /** Whole request, connect to last byte. */
  timeoutMs?: number;
  /** An answer longer than this is refused: a member's /config or /cluster is a few KiB. */
  maxBytes?: number;
}

export class RestError extends Error {}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

const http = lazyBuiltin<typeof import('node:http')>('node:http');
const https = lazyBuiltin<typeof import('node:https')>('node:https');

/** The member's address as it may be printed: scheme, host and port, no credentials, no path. */
export function displayUrl(url: URL): string {
  return `${url.protocol}//${url.host}`;
}

/** A member's base URL from the command line; credentials in it become basic auth. */
export function parseMemberUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new RestError(`--cluster '${text.replace(/\/\/[^@/]*@/, '//')}' is neither a URL like http://10.0.0.11:8008 nor a snapshot file that exists`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new RestError(`${displayUrl(url)}: a Patroni REST API is reached with http:// or https://`);
  return url;
}

/** GET `path` of the member and parse the answer as JSON. */
export async function getJson(base: URL, path: string, opts: RestOptions = {}): Promise<unknown> {
  const text = await getText(base, path, opts);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RestError(`${displayUrl(base)}${path}: the answer is not JSON: is this a Patroni REST API?`);
  }
}

function getText(base: URL, path: string, opts: RestOptions): Promise<string> {
  const url = new URL(path, base);
  const where = `${displayUrl(base)}${path}`;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const options = requestOptions(base, opts);
  return new Promise((resolve, reject) => {
    const fail = (message: string): void => {
      clearTimeout(timer);
      req.destroy();
      reject(new RestError(`${where}: ${message}`));
    };
    const lib = url.protocol === 'https:' ? https() : http();
    const req = lib.request(url, { ...options, method: 'GET' }, (res) => {
      const status = res.statusCode ?? 0;
      if (status === 401 || status === 403) return fail(`the member refused the request (HTTP ${status}): give the REST API's user and password (--rest-user/--rest-password-file, or ctl.authentication / restapi.authentication in the configuration)`);
      if (status !== 200) return fail(`the member answered HTTP ${status}${status === 502 || status === 503 ? ' (it cannot read the DCS?)' : ''}`);
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return fail(`the answer is longer than ${maxBytes} bytes: is this a Patroni REST API?`);
        chunks.push(chunk);
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
      res.on('error', (err) => fail(describeError(err)));
    });
    // One deadline for the whole exchange: a member that trickles bytes cannot hold us longer.
    const timer = setTimeout(() => fail(`no complete answer within ${timeoutMs / 1000} s`), timeoutMs);
    req.on('error', (err) => fail(describeError(err)));
    req.end();
  });
}

function requestOptions(base: URL, opts: RestOptions): import('node:https').RequestOptions {
  const out: import('node:https').RequestOptions = { headers: { accept: 'application/json' } };
  const user = opts.username ?? (base.username ? decodeURIComponent(base.username) : undefined);
  const password = opts.password ?? (base.password ? decodeURIComponent(base.password) : undefined);
  if (user !== undefined) out.headers = { ...out.headers, authorization: 'Basic ' + Buffer.from(`${user}:${password ?? ''}`).toString('base64') };
  if (base.protocol === 'https:') {
    if (opts.cacert !== undefined) out.ca = readTlsFile(opts.cacert, 'CA certificate');
    if (opts.certfile !== undefined) out.cert = readTlsFile(opts.certfile, 'client certificate');
    if (opts.keyfile !== undefined) out.key = readTlsFile(opts.keyfile, 'client key');
    if (opts.keyPassword !== undefined) out.passphrase = opts.keyPassword;
    // As patronictl: with a client certificate the server's is still verified, insecure only skips its host name.
    if (opts.insecure === true && opts.certfile !== undefined) out.checkServerIdentity = () => undefined;
    else out.rejectUnauthorized = opts.insecure !== true;
  }
  return out;
}

/** A certificate or key: a regular file of at most 1 MiB (a PEM bundle of many CAs is a few hundred KiB). */
function readTlsFile(path: string, what: string): Buffer {
  const limit = 1024 * 1024;
  let read;
  try {
    read = readRegularFile(path, limit);
  } catch (err) {
    const why = (err as { why?: string }).why ?? (err as NodeJS.ErrnoException).code ?? 'error';
    throw new RestError(`${path}: cannot read the ${what} (${why})`);
  }
  if (read.tooLarge) throw new RestError(`${path}: cannot read the ${what} (larger than 1 MiB)`);
  return read.bytes;
}

/** Node's error codes in words; a TLS failure says which check failed, never the certificate's content. */
function describeError(err: Error): string {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  switch (code) {
    case 'ECONNREFUSED': return 'connection refused: is Patroni running and its REST API listening there?';
    case 'ENOTFOUND':
    case 'EAI_AGAIN': return 'host name not found';
    case 'EHOSTUNREACH':
    case 'ENETUNREACH': return 'host unreachable';
    case 'ECONNRESET': return 'the connection was reset (an https:// member asked with http://?)';
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return `TLS: the member's certificate is not signed by a trusted CA (${code}): give --cacert (ctl.cacert)`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID': return 'TLS: the certificate does not name this host (ERR_TLS_CERT_ALTNAME_INVALID)';
    case 'CERT_HAS_EXPIRED': return 'TLS: the member\'s certificate has expired';
    case 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED':
    case 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE':
    case 'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE':
    case 'ERR_SSL_TLSV1_ALERT_UNKNOWN_CA':
      return `TLS: the member refused this client (${code}): it wants a client certificate it trusts: give --cert/--key (ctl.certfile, ctl.keyfile)`;
    case 'EPROTO':
    case 'ERR_SSL_WRONG_VERSION_NUMBER': return 'TLS handshake failed (an http:// member asked with https://?)';
    default:
      return code ? `request failed (${code})` : 'request failed';
  }
}
