/** Undoing a run's effects, with commands that must finish even after a signal stopped the run. */
import { runChild } from './child.js';
import type { ExecContext } from './context.js';
import { Interrupt } from './interrupt.js';
import { pgCtlStopArgv } from './server.js';

/** Stops a server exec started; a fresh Interrupt, because the run's own may already have fired. */
export async function stopServer(ctx: ExecContext, dataDir: string): Promise<void> {
  const say = (message: string): void => ctx.reporter.emit({ event: 'cleanup', message });
  const argv = pgCtlStopArgv(ctx.pgCtl!, dataDir);
  const res = await runChild(argv, {}, (stream, line) => ctx.reporter.emit({ event: 'output', step: 'cleanup', stream, line }), new Interrupt());
  say(res.code === 0 ? `stopped the server exec started on ${dataDir}` : `could not stop the server on ${dataDir} (${res.error ?? `pg_ctl exited with ${res.code}`})`);
  if (res.code === 0) ctx.state.startedServer = undefined;
}

/** Removes (or puts back) the secret files and the temporary directory, and says so. */
export function removeSecrets(ctx: ExecContext): void {
  const keep = new Set(ctx.options.keepPgpass ? [ctx.pgpass] : []);
  for (const message of ctx.state.cleanup(keep)) ctx.reporter.emit({ event: 'cleanup', message });
}
