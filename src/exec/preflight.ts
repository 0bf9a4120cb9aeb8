/**
 * Everything checked before the first step runs, so a plan exec would refuse never half-runs:
 * the data directory, every path a step writes or removes, every condition and placeholder,
 * and whether the data directory's contents may be touched at all.
 */
import type { Step } from '../plan/plan-types.js';
import { branchSteps } from './branch.js';
import type { ExecContext } from './context.js';
import { isDataDirEmpty, runningPostmaster } from './data-dir.js';
import { placeholderProblems } from './placeholders.js';
import { directoryProblems, filePathProblem } from './safety.js';
import { ACTIONS, CONDITIONS } from './steps.js';

const PWFILE = '${pwfile}';

export interface Preflight {
  problems: string[];
  notes: string[];
}

export function preflight(ctx: ExecContext): Preflight {
  const problems = directoryProblems(ctx.plan.node.data_dir, 'data directory');
  if (problems.length) return { problems, notes: [] };
  const steps = branchSteps(ctx.plan, ctx.branch);
  if (steps.length === 0) problems.push(`the plan's ${ctx.branch} branch has nothing to run${ctx.branch === 'bootstrap' && ctx.plan.bootstrap.notes.length ? `: ${ctx.plan.bootstrap.notes.join('; ')}` : ''}`);
  for (const step of steps) problems.push(...stepProblems(ctx, step));
  if (ctx.options.start && steps.some((s) => s.action === 'start_postgres') && !ctx.pgCtl) {
    problems.push('--start: the plan runs neither initdb nor pg_basebackup, so there is no bin directory to take pg_ctl from');
  }
  const pid = runningPostmaster(ctx.dataDir);
  if (pid !== undefined) problems.push(`a server (pid ${pid}) is running on the data directory ${ctx.dataDir}`);
  const contents = contentProblem(ctx);
  if (contents.problem) problems.push(contents.problem);
  return { problems, notes: contents.note ? [contents.note] : [] };
}

function stepProblems(ctx: ExecContext, step: Step): string[] {
  const problems = placeholderProblems(step, ctx.resolver);
  if (!ACTIONS.has(step.action)) problems.push(`step ${step.id} has an action exec does not know: '${step.action}'`);
  if (step.when !== undefined && !(step.when in CONDITIONS)) problems.push(`step ${step.id} has a condition exec does not know: '${step.when}'`);
  if (step.action === 'remove_data_dir') {
    const path = ctx.resolver.text(step.path!);
    if (path !== ctx.dataDir) problems.push(`step ${step.id} removes ${path}, which is not the plan's data directory ${ctx.dataDir}`);
  }
  if ((step.action === 'write_file' || step.action === 'remove_file') && step.path !== PWFILE) {
    const problem = filePathProblem(ctx.resolver.text(step.path!), { dataDir: ctx.dataDir, files: [ctx.pgpass] });
    if (problem) problems.push(`step ${step.id}: ${problem}`);
  }
  return problems;
}

/**
 * Patroni bootstraps or clones only into an empty data directory. A non-empty one is an
 * error unless the plan's first step on it removes it.
 */
function contentProblem(ctx: ExecContext): { problem?: string; note?: string } {
  if (isDataDirEmpty(ctx.dataDir)) return {};
  const dir = ctx.dataDir;
  if (ctx.branch === 'bootstrap') return { problem: `the data directory ${dir} is not empty, and a bootstrap never cleans it: exec does not write over it` };
  const first = ctx.plan.replica.methods[0]?.attempts[0]?.[0];
  if (first?.action === 'remove_data_dir') return { note: `the data directory ${dir} is not empty: the plan's first method removes it first (step ${first.id})` };
  return { problem: `the data directory ${dir} is not empty, and the plan does not clean it before its first method: exec does not write over it` };
}
