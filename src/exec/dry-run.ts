/** `--dry-run`: the branch as it would run, placeholders filled, without touching anything. */
import type { Step } from '../plan/plan-types.js';
import type { ExecContext } from './context.js';
import { describeStep } from './steps.js';

export function describeBranch(ctx: ExecContext): void {
  const show = (steps: Step[]): void => steps.forEach((s) => ctx.reporter.emit({ event: 'step', ...describeStep(ctx, s) }));
  const note = (message: string): void => ctx.reporter.emit({ event: 'note', message });
  if (ctx.branch === 'rejoin') {
    const r = ctx.plan.rejoin;
    show(r?.checks ?? []);
    for (const c of r?.cases ?? []) {
      note(`case ${c.id}: when ${c.when}`);
      show(c.steps);
      if (c.then_replica) note(`case ${c.id}: then the replica branch (exec --branch replica --dry-run shows it)`);
    }
  } else if (ctx.branch === 'bootstrap') {
    show(ctx.plan.bootstrap.steps);
    note('on a failure: stop, stop the server if exec started it, remove what the run created in the data directory');
  } else {
    const r = ctx.plan.replica;
    show(r.prepare);
    r.methods.forEach((m, i) => {
      ctx.reporter.emit({ event: 'method', method: m.name, kind: m.kind, index: i + 1, count: r.methods.length });
      m.attempts.forEach((attempt, a) => {
        if (m.attempts.length > 1) ctx.reporter.emit({ event: 'attempt', method: m.name, attempt: a + 1, count: m.attempts.length });
        show(attempt);
      });
      if (m.after_failure.length) note(`if ${m.name} fails:`);
      show(m.after_failure);
    });
    if (r.after_all_failed.length) note('if every method fails:');
    show(r.after_all_failed);
    note('after the first method that succeeds, the standby settings:');
    show(r.first_start.steps);
  }
  note(ctx.options.start ? 'start_postgres: exec starts PostgreSQL with pg_ctl (--start)' : 'start_postgres: exec does not start PostgreSQL (no --start)');
}
