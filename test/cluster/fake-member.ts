/**
 * A stand-in for a Patroni member's REST API on loopback: answers GET paths from a table,
 * or misbehaves on purpose (never answers, answers HTML, asks for credentials). Closed by
 * the test that started it.
 */
import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { ROOT } from '../helpers.js';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FakeMember {
  url: string;
  /** Requests seen, as `METHOD path`. */
  seen: string[];
  close(): Promise<void>;
}

export const TLS_DIR = `${ROOT}test/data/cluster/tls/`;

/** A handler that answers each path with its JSON, 404 otherwise. */
export function answers(table: Record<string, unknown>): Handler {
  return (req, res) => {
    const body = table[req.url ?? ''];
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

/** tls: serve HTTPS; 'client-cert': and require a client certificate signed by the test CA (the same certificate). */
export function startFakeMember(handler: Handler, tls: boolean | 'client-cert' = false): Promise<FakeMember> {
  const seen: string[] = [];
  const wrapped: Handler = (req, res) => {
    seen.push(`${req.method} ${req.url}`);
    handler(req, res);
  };
  const cert = (): { cert: Buffer; key: Buffer } => ({ cert: readFileSync(`${TLS_DIR}member.crt`), key: readFileSync(`${TLS_DIR}member.key`) });
  const mutual = tls === 'client-cert' ? { requestCert: true, rejectUnauthorized: true, ca: readFileSync(`${TLS_DIR}member.crt`) } : {};
  const server: Server = tls ? createHttps({ ...cert(), ...mutual }, wrapped) : createHttp(wrapped);
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
        seen,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** A loopback port nothing listens on: bound, then released. */
export function closedPort(): Promise<number> {
  const server = createHttp();
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const port = (server.address() as AddressInfo).port;
    server.close(() => resolve(port));
  }));
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** patroni-plan as a child that does not block this process, so that a fake member in it can answer. */
export function cliAsync(args: string[], cwd: string = ROOT): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`${ROOT}bin/patroni-plan.cjs`, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
