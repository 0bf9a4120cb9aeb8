/**
 * Everything checked before the first step runs, so a plan exec would refuse never half-runs:
 * the data directory, every path a step writes or removes, every condition and placeholder,
 * and whether the data directory's contents may be touched at all.
 */
import { WAL_DIR_NAMES } from '../facts/patroni-rewind.js';
import type { Step } from '../plan/plan-types.js';
import { branchSteps } from './branch.js';
import type { ExecContext } from './context.js';
import { isDataDirEmpty, runningPostmaster } from './data-dir-state.js';
import { placeholderProblems } from './placeholders.js';
import { pgpassProblem } from './pgpass-check.js';
import { rootProblem } from './root-check.js';
import { directoryProblems, filePathProblem, withoutTrailingSlash } from './safety.js';
import { createSlotProblem } from './slot.js';
import { standbySetting } from './standby-settings.js';
import { ACTIONS, CONDITIONS } from './steps.js';

const PWFILE = '${pwfile}';

export interface Preflight {
  problems: string[];
  notes: string[];
}

/** `dryRun`: what would refuse only a real run (root) becomes a note. */
export function preflight(ctx: ExecContext, how: { commandLine?: string[]; dryRun?: boolean } = {}): Preflight {
  const problems = directoryProblems(ctx.plan.node.data_dir, 'data directory');
  if (problems.length) return { problems, notes: [] };
  const root = rootProblem(ctx, how.commandLine);
  if (root && !how.dryRun) return { problems: [root], notes: [] };
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
  if ('problem' in ctx.wipe && steps.some((s) => s.action === 'remove_data_dir')) problems.push(ctx.wipe.problem);
  for (const problem of [pgpassProblem(ctx), createSlotProblem(ctx)]) if (problem) problems.push(problem);
  const rootNote = root ? [`a real run would be refused: ${root}`] : [];
  return { problems, notes: [...rootNote, ...(contents.note ? [contents.note] : []), ...slotNote(ctx)] };
}

/** The only directories a plan may empty, and where archive_ready_wal may work: inside the data directory. */
const EMPTIED = ['pg_replslot', ...WAL_DIR_NAMES.map((d) => `${d}/archive_status`)];

function stepProblems(ctx: ExecContext, step: Step): string[] {
  const problems = placeholderProblems(step, ctx.resolver);
  if (!ACTIONS.has(step.action)) problems.push(`step ${step.id} has an action exec does not know: '${step.action}'`);
  if (step.when !== undefined && !(step.when in CONDITIONS)) problems.push(`step ${step.id} has a condition exec does not know: '${step.when}'`);
  if (step.action === 'remove_data_dir') {
    const path = ctx.resolver.text(step.path!);
    if (withoutTrailingSlash(path) !== ctx.dataDir) problems.push(`step ${step.id} removes ${path}, which is not the plan's data directory ${ctx.dataDir}`);
  }
  if (step.action === 'empty_dir' && !EMPTIED.some((d) => ctx.resolver.text(step.path!) === `${ctx.dataDir}/${d}`)) problems.push(`step ${step.id} empties ${ctx.resolver.text(step.path!)}, which is not the data directory's pg_replslot or its WAL directory's archive_status`);
  if (step.action === 'archive_ready_wal' && !WAL_DIR_NAMES.some((d) => ctx.resolver.text(step.path!) === `${ctx.dataDir}/${d}`)) problems.push(`step ${step.id} archives the segments of ${ctx.resolver.text(step.path!)}, which is not the data directory's WAL directory`);
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
  const dir = ctx.dataDir;
  if (ctx.branch === 'rejoin') return isDataDirEmpty(dir) ? { problem: `the data directory ${dir} is empty: there is no former primary to rejoin (the replica branch builds a new replica)` } : {};
  if (isDataDirEmpty(dir)) return {};
  if (ctx.branch === 'bootstrap') return { problem: `the data directory ${dir} is not empty, and a bootstrap never cleans it: exec does not write over it` };
  const first = ctx.plan.replica.methods[0]?.attempts[0]?.[0];
  if (first?.action === 'remove_data_dir') return { note: `the data directory ${dir} is not empty: the plan's first method removes it first (step ${first.id})` };
  return { problem: `the data directory ${dir} is not empty, and the plan does not clean it before its first method: exec does not write over it` };
}

/** A standby started without its slot never streams: say what Patroni's leader would have done. */
function slotNote(ctx: ExecContext): string[] {
  if (ctx.branch !== 'replica' || ctx.options.createSlot || !ctx.options.start) return [];
  const slot = standbySetting(ctx, 'primary_slot_name');
  if (slot === undefined) return [];
  return [`the standby settings name the replication slot ${slot}, which Patroni's leader creates: give --create-slot, or create it on the primary (SELECT pg_create_physical_replication_slot('${slot}')), or the standby will not stream`];
}
