/**
 * Before a replica run destroys a data directory that was there before it, the member to
 * clone from must answer: with pg_isready from the plan's bin directory (a libpq-level
 * check that a server accepts connections there), else a TCP connection. An unreachable
 * source means the run would wipe a cluster and then fail to build a new one.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tcpConnects } from '../net/tcp-connects.js';
import { runChild } from './child.js';
import type { ExecContext } from './context.js';

const TIMEOUT_SECONDS = 5;

export function cloneTarget(ctx: ExecContext): { host: string; port: string } | undefined {
  const planned = ctx.plan.clone_from;
  if (planned.kind === 'url') return { host: planned.host ?? '', port: planned.port ?? '5432' };
  return ctx.clone && { host: ctx.clone.host, port: ctx.clone.port };
}

/** Whether the run would remove a data directory that existed with contents before it. */
export function destroysExistingData(ctx: ExecContext): boolean {
  const kind = 'grant' in ctx.wipe ? ctx.wipe.grant.kind : undefined;
  const removes = ctx.branch === 'replica' || (ctx.branch === 'rejoin' && ctx.plan.rejoin?.cases.some((c) => c.then_replica) === true);
  return removes && (kind === 'cluster' || kind === 'allowed');
}

/** Why the clone source does not count as reachable, or undefined when it answered. */
export async function cloneSourceProblem(ctx: ExecContext): Promise<string | undefined> {
  const target = cloneTarget(ctx);
  if (!target) return undefined;
  const where = `${target.host}:${target.port}`;
  const isReady = ctx.pgCtl?.startsWith('/') ? join(dirname(ctx.pgCtl), 'pg_isready') : undefined;
  const answered = isReady && existsSync(isReady) ? await pgIsReady(ctx, isReady, target) : await tcpConnects(target.host, Number(target.port), TIMEOUT_SECONDS * 1000);
  if (answered) return undefined;
  return `the member to clone from, ${where}, does not accept connections: exec does not remove the existing data directory ${ctx.dataDir} for a clone that cannot start`;
}

async function pgIsReady(ctx: ExecContext, program: string, t: { host: string; port: string }): Promise<boolean> {
  const res = await runChild([program, '-h', t.host, '-p', t.port, '-t', String(TIMEOUT_SECONDS)], {}, () => undefined, ctx.interrupt);
  return res.code === 0;
}
