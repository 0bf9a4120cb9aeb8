/**
 * Compares the plan's rejoin branch with one recorded rejoin
 * (oracle/golden-rejoin/<version>/<fixture>.pg<N>.<scenario>.json): the cases the scenario
 * selects are run on paper, and every program (argv and env), file written, data directory
 * removal and start must be what Patroni was recorded doing, in order.
 */
import { readFileSync } from 'node:fs';
import { planLoaded } from '../../src/api.js';
import { loadConfigPath } from '../../src/load/load-config.js';
import { dictPath } from '../../src/py/dict.js';
import { pyStr } from '../../src/py/str.js';
import type { PyDict } from '../../src/py/value.js';
import type { Plan, RejoinBranch, RejoinCase, Step } from '../../src/plan/plan-types.js';
import { ARCHIVE_READY_PATTERN } from '../../src/facts/patroni-rewind.js';
import { archiverCommand } from '../../src/exec/archive-ready-wal.js';
import { shlexSplit } from '../../src/py/shlex.js';
import { placeholderValues, traceEvents, type Trace } from './compare-golden.js';
import { cloneBranch, runStep, World, type Scenario, type SimEvent } from './simulate-plan.js';

export type RejoinScenario = 'in-sync' | 'diverged' | 'crashed' | 'rewind-fails' | 'no-hints';

interface RejoinTrace extends Pick<Trace, 'recorded_with' | 'fixture' | 'pg_version' | 'clone_from'> {
  scenario: RejoinScenario;
  /** wal: what the harness put in the WAL directory (recordings from before it did have none). */
  harness: { home: string; wal?: { wal_dir: string; archive_status: string[]; segments: string[] } };
  rejoin: { outcome: string; events: NonNullable<Parameters<typeof traceEvents>[0]>['events'] };
}

/** The slot record-rejoin.py leaves in pg_replslot, which an emptied pg_replslot loses. */
const HARNESS_SLOT = 'pg_node2';

/** Which cases of the plan a scenario goes through, in order, for each mode. */
const PATH: Record<RejoinBranch['mode'], Record<RejoinScenario, string[]>> = {
  rewind: { 'in-sync': ['in-sync'], diverged: ['rewind'], crashed: ['crashed', 'rewind'], 'rewind-fails': ['rewind', 'rewind-failed'], 'no-hints': ['cannot-rewind'] },
  reinitialize: { 'in-sync': ['in-sync'], diverged: ['diverged'], crashed: ['crashed'], 'rewind-fails': ['diverged'], 'no-hints': ['diverged'] },
  none: { 'in-sync': ['in-sync'], diverged: ['diverged'], crashed: ['in-sync'], 'rewind-fails': ['diverged'], 'no-hints': ['diverged'] },
};

/** A start as the trace shows it: the options after --config-file (the rest is the server-parameters test's). */
const startEvent = (options: string[]): SimEvent => ({ op: 'exec', argv: ['<start>', ...options], env: {} });

/** archive_status as the steps leave it: the names in it, and the WAL segments present beside it. */
interface WalState {
  status: Set<string>;
  segments: Set<string>;
}

function runCase(c: RejoinCase, stopAfterRewind: boolean, world: World, wal: WalState, s: Scenario, events: SimEvent[]): void {
  for (const step of c.steps) {
    runRejoinStep(step, world, wal, s, events);
    if (stopAfterRewind && step.id === 'pg-rewind') return;
  }
}

function runRejoinStep(step: Step, world: World, wal: WalState, s: Scenario, events: SimEvent[]): void {
  if (step.action === 'archive_ready_wal') archiveReady(step, wal, s, events);
  else if (step.action === 'empty_dir' && step.files_only) {
    for (const name of [...wal.status].sort()) events.push({ op: 'remove', path: s.substitute(`${step.path}/${name}`) });
    wal.status.clear();
  } else if (step.action === 'empty_dir') events.push({ op: 'rmtree', path: s.substitute(`${step.path}/${HARNESS_SLOT}`) });
  else if (step.action === 'start_postgres') events.push(startEvent(step.server_parameters?.command_line ?? []));
  else runStep(step, world, s, [], events);
}

/** The step as exec performs it (src/exec/archive-ready-wal.ts), on the harness's archive_status. */
function archiveReady(step: Step, wal: WalState, s: Scenario, events: SimEvent[]): void {
  const dir = s.substitute(step.path!);
  const ready = [...wal.status].filter((n) => ARCHIVE_READY_PATTERN.test(n)).map((n) => n.slice(0, -'.ready'.length)).sort();
  for (const segment of ready.filter((x) => wal.segments.has(x))) {
    const command = archiverCommand(s.substitute(step.command!), dir, segment);
    events.push({ op: 'exec', argv: step.shell ? ['/bin/sh', '-c', command] : shlexSplit(command), env: {} });
    events.push({ op: 'rename', from: `${dir}/archive_status/${segment}.ready`, to: `${dir}/archive_status/${segment}.done` });
    wal.status.delete(`${segment}.ready`);
    wal.status.add(`${segment}.done`);
  }
}

/** Patroni removes archive_status's files in directory order: compared in name order. */
function sortedRemovals(events: SimEvent[]): SimEvent[] {
  const out = [...events];
  for (let i = 0; i < out.length; ) {
    let j = i;
    while (j < out.length && out[j]!.op === 'remove' && out[j]!.path!.includes('/archive_status/')) j++;
    if (j > i) out.splice(i, j - i, ...out.slice(i, j).sort((a, b) => (a.path! < b.path! ? -1 : 1)));
    i = Math.max(j, i + 1);
  }
  return out;
}

/** The events the plan says this scenario produces. */
export function simulateRejoin(plan: Plan, scenario: RejoinScenario, s: Scenario, harnessWal?: RejoinTrace['harness']['wal']): SimEvent[] {
  const r = plan.rejoin!;
  const events: SimEvent[] = [];
  const world = new World(s);
  world.dataDirFull = true;
  const wal: WalState = { status: new Set(harnessWal?.archive_status ?? []), segments: new Set(harnessWal?.segments ?? []) };
  const ids = PATH[r.mode][scenario];
  ids.forEach((id, i) => {
    const c = r.cases.find((x) => x.id === id);
    if (!c) throw new Error(`the plan has no rejoin case ${id}`);
    // A failing rewind: the rewind case up to pg_rewind, then the failure case.
    runCase(c, scenario === 'rewind-fails' && i < ids.length - 1, world, wal, s, events);
    if (c.then_replica) {
      const clone = cloneBranch(plan.replica, world, s);
      events.push(...clone.events);
      if (clone.outcome === 'ok') for (const step of plan.replica.first_start.steps) runRejoinStep(step, world, wal, s, events);
    }
  });
  return sortedRemovals(events);
}

/** What the trace shows, in the same vocabulary: probes (pg_rewind --help, pg_waldump) and leader queries left out. */
function recordedEvents(trace: RejoinTrace): SimEvent[] {
  const starts = (trace.rejoin.events as { op: string; argv?: string[] }[]).map((e) => (e.op === 'start' ? startEvent(e.argv!.slice(4)) : undefined));
  const out: SimEvent[] = [];
  trace.rejoin.events.forEach((e, i) => {
    const start = starts[i];
    if (start) return out.push(start);
    const [mapped] = traceEvents({ outcome: 'ok', events: [e] });
    if (!mapped) return;
    if (mapped.op === 'exec' && (mapped.argv!.includes('--help') || /pg_(wal|xlog)dump$/.test(mapped.argv![0]!))) return;
    out.push(mapped);
  });
  return sortedRemovals(out);
}

/**
 * The leader queries Patroni sends before it decides (pg_is_in_recovery, the checkpoint) must use
 * the plan's `credentials`; the replication connection (IDENTIFY_SYSTEM) always uses replication.
 */
function credentialProblems(plan: Plan, root: PyDict, trace: RejoinTrace): string[] {
  const who = plan.rejoin!.credentials;
  const expected = who === 'none' ? undefined : dictPath(root, 'postgresql', 'authentication', who, 'username');
  const seen = (trace.rejoin.events as { op: string; user?: string; replication?: boolean }[]).filter((e) => e.op === 'connect' && !e.replication).map((e) => e.user);
  const wrong = seen.filter((u) => expected === undefined || u !== pyStr(expected));
  return wrong.length ? [`Patroni queried the leader as ${wrong.join(', ')}; the plan says ${who}${expected ? ` (${pyStr(expected)})` : ''}`] : [];
}

/** The differences between the plan and the recording, as readable lines; empty when they agree. */
export function compareRejoin(root: string, goldenPath: string): string[] {
  const trace = JSON.parse(readFileSync(goldenPath, 'utf8')) as RejoinTrace;
  if (trace.rejoin.outcome === 'harness_error') return ['the recording failed'];
  const loaded = loadConfigPath(root + trace.fixture);
  const plan = planLoaded(loaded, { patroniVersion: trace.recorded_with.patroni, pgVersion: String(trace.pg_version), cloneFrom: trace.clone_from });
  const s: Scenario = { fail: [], missing: [], failureLeavesData: true, substitute: placeholderValues(loaded.root!, trace.harness.home) };
  const users = credentialProblems(plan, loaded.root!, trace);
  if (users.length) return users;
  const a = simulateRejoin(plan, trace.scenario, s, trace.harness.wal).map((e) => JSON.stringify(e));
  const b = recordedEvents(trace).map((e) => JSON.stringify(e));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return [`event ${i + 1}\n    plan:    ${a[i] ?? '(none)'}\n    patroni: ${b[i] ?? '(none)'}`];
  }
  return [];
}
