/**
 * What the standby settings a replica branch writes say, placeholders filled: the
 * connection primary_conninfo describes (and the passfile it names) and the slot
 * primary_slot_name names. From the parameters (PostgreSQL 12+) or recovery.conf (older).
 */
import type { Step } from '../plan/plan-types.js';
import type { ExecContext } from './context.js';

export function standbySetting(ctx: ExecContext, name: 'primary_conninfo' | 'primary_slot_name'): string | undefined {
  for (const step of ctx.plan.replica.first_start.steps) {
    const value = step.parameters?.[name];
    if (value !== undefined) return ctx.resolver.text(value);
    const fromConf = recoveryConfValue(ctx, step, name);
    if (fromConf !== undefined) return fromConf;
  }
  return undefined;
}

/** `name = 'value'` in a recovery.conf the plan writes, with its doubled quotes and backslashes undone. */
function recoveryConfValue(ctx: ExecContext, step: Step, name: string): string | undefined {
  if (step.action !== 'write_file' || !step.path?.endsWith('/recovery.conf') || step.content === undefined) return undefined;
  const line = ctx.resolver
    .content(step)
    .split('\n')
    .find((l) => l.startsWith(`${name} = '`));
  return line?.slice(name.length + 4, -1).replace(/(['\\])\1/g, '$1');
}

/** The passfile a libpq connection string names (values escaped as Patroni escapes them). */
export function passfileOf(conninfo: string): string | undefined {
  const m = /(?:^|\s)passfile=((?:\\.|[^\s\\])+)/.exec(conninfo);
  return m?.[1]!.replace(/\\(.)/g, '$1');
}
