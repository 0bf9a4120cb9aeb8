/**
 * Whether a TCP connection to host:port opens within the timeout: the one reachability probe that
 * lint --host-checks (ports in use, DCS reachable) and exec (the clone source, without pg_isready) share.
 */
import { connect } from 'node:net';

export function tcpConnects(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
  });
}
