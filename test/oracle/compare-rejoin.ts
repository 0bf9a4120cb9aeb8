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
import { placeholderValues, traceEvents, type Trace } from './compare-golden.js';
import { cloneBranch, runStep, World, type Scenario, type SimEvent } from './simulate-plan.js';

export type RejoinScenario = 'in-sync' | 'diverged' | 'crashed' | 'rewind-fails' | 'no-hints';

interface RejoinTrace extends Pick<Trace, 'recorded_with' | 'fixture' | 'pg_version' | 'clone_from'> {
  scenario: RejoinScenario;
  harness: { home: string };
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

function runCase(c: RejoinCase, stopAfterRewind: boolean, world: World, s: Scenario, events: SimEvent[]): void {
  for (const step of c.steps) {
    runRejoinStep(step, world, s, events);
    if (stopAfterRewind && step.id === 'pg-rewind') return;
  }
}

function runRejoinStep(step: Step, world: World, s: Scenario, events: SimEvent[]): void {
  if (step.action === 'empty_dir') events.push({ op: 'rmtree', path: s.substitute(`${step.path}/${HARNESS_SLOT}`) });
  else if (step.action === 'start_postgres') events.push(startEvent(step.server_parameters?.command_line ?? []));
  else runStep(step, world, s, [], events);
}

/** The events the plan says this scenario produces. */
export function simulateRejoin(plan: Plan, scenario: RejoinScenario, s: Scenario): SimEvent[] {
  const r = plan.rejoin!;
  const events: SimEvent[] = [];
  const world = new World(s);
  world.dataDirFull = true;
  const ids = PATH[r.mode][scenario];
  ids.forEach((id, i) => {
    const c = r.cases.find((x) => x.id === id);
    if (!c) throw new Error(`the plan has no rejoin case ${id}`);
    // A failing rewind: the rewind case up to pg_rewind, then the failure case.
    runCase(c, scenario === 'rewind-fails' && i < ids.length - 1, world, s, events);
    if (c.then_replica) {
      const clone = cloneBranch(plan.replica, world, s);
      events.push(...clone.events);
      if (clone.outcome === 'ok') for (const step of plan.replica.first_start.steps) runRejoinStep(step, world, s, events);
    }
  });
  return events;
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
  return out;
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
  const a = simulateRejoin(plan, trace.scenario, s).map((e) => JSON.stringify(e));
  const b = recordedEvents(trace).map((e) => JSON.stringify(e));
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return [`event ${i + 1}\n    plan:    ${a[i] ?? '(none)'}\n    patroni: ${b[i] ?? '(none)'}`];
  }
  return [];
}
