/** Undoing a run's effects, with commands that must finish even after a signal stopped the run. */
import { runChild } from './child.js';
import type { BranchOutcome, ExecContext } from './context.js';
import { Interrupt } from './interrupt.js';
import { pgCtlStopArgv } from './server.js';
import { passfileOf, standbySetting } from './standby-settings.js';

/** Stops a server exec started; a fresh Interrupt, because the run's own may already have fired. */
export async function stopServer(ctx: ExecContext, dataDir: string): Promise<void> {
  const say = (message: string): void => ctx.reporter.emit({ event: 'cleanup', message });
  const argv = pgCtlStopArgv(ctx.pgCtl!, dataDir);
  const res = await runChild(argv, {}, (stream, line) => ctx.reporter.emit({ event: 'output', step: 'cleanup', stream, line }), new Interrupt());
  say(res.code === 0 ? `stopped the server exec started on ${dataDir}` : `could not stop the server on ${dataDir} (${res.error ?? `pg_ctl exited with ${res.code}`})`);
  if (res.code === 0) ctx.state.startedServer = undefined;
}

/** Removes the secret files the run created and the temporary directory, and says so. */
export function removeSecrets(ctx: ExecContext, outcome: BranchOutcome | undefined): void {
  const keep = new Map<string, string>();
  if (ctx.options.keepPgpass) keep.set(ctx.pgpass, '--keep-pgpass');
  else if (standbyNeedsPgpass(ctx, outcome)) keep.set(ctx.pgpass, "the standby exec started names it as passfile in primary_conninfo, to reconnect to its primary; remove it when the drill is over");
  for (const message of ctx.state.cleanup(keep)) ctx.reporter.emit({ event: 'cleanup', message });
}

/** A standby exec built and started reconnects with the pgpass file primary_conninfo names, as under Patroni. */
export function standbyNeedsPgpass(ctx: ExecContext, outcome: BranchOutcome | undefined): boolean {
  if (ctx.branch === 'bootstrap' || outcome?.outcome !== 'ok' || ctx.state.startedServer === undefined) return false;
  const conninfo = standbySetting(ctx, 'primary_conninfo');
  return conninfo !== undefined && passfileOf(conninfo) === ctx.pgpass;
}
