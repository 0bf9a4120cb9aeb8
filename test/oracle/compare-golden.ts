/**
 * Compares patroni-plan's plan for one recorded run (oracle/golden/<version>/<fixture>.pg<N>.<clone>.json)
 * with what Patroni was recorded doing, event by event, over the events a plan models.
 */
import { readFileSync } from 'node:fs';
import { planLoaded } from '../../src/api.js';
import { loadConfigPath } from '../../src/load/load-config.js';
import { dictPath } from '../../src/py/dict.js';
import { pyStr } from '../../src/py/str.js';
import type { PyDict } from '../../src/py/value.js';
import { scenarioOptions, simulate, type SecretContext, type SimBranch, type SimEvent } from './simulate-plan.js';

export const CLONE_URL = 'postgres://10.0.0.5:5432/postgres';

interface TraceEvent {
  op: string;
  mode?: string;
  argv?: string[];
  env?: Record<string, string>;
  path?: string;
  content?: string;
  seconds?: number;
  from?: string;
  to?: string;
  section?: string;
}

interface TraceBranch {
  outcome: 'ok' | 'failed' | 'raised' | 'skipped';
  events: TraceEvent[];
}

export interface Trace {
  recorded_with: { patroni: string };
  fixture: string;
  pg_version: number;
  clone_from: string;
  harness: { failure_leaves_data: boolean; home: string };
  bootstrap: TraceBranch & { first_start?: TraceBranch };
  replica: TraceBranch;
  first_start: TraceBranch | null;
}

const MODELLED = new Set(['exec', 'remove', 'rename', 'rmtree', 'sleep', 'write']);

export function traceEvents(branch: TraceBranch | null | undefined): SimEvent[] {
  return (branch?.events ?? [])
    .filter((e) => MODELLED.has(e.op))
    // The removals modelled: the password file, and (a former primary's) archive_status; the renames: only those
    // in archive_status (a failed bootstrap's data directory moved aside is not part of a plan).
    .filter((e) => e.op !== 'remove' || e.path === '${PWFILE}' || e.path!.includes('/archive_status/'))
    .filter((e) => e.op !== 'rename' || e.from!.includes('/archive_status/'))
    // Patroni rewrites postgresql.conf at every start; only a recovery section with settings is part of a plan.
    .filter((e) => !(e.op === 'write' && e.section === 'recovery' && e.content === ''))
    .map((e): SimEvent => {
      switch (e.op) {
        case 'exec':
          return { op: 'exec', argv: e.argv!, env: e.env ?? {} };
        case 'write':
          return { op: 'write', path: e.section === 'recovery' ? 'postgresql.conf#recovery' : e.path!, content: e.content ?? '', mode: e.mode! };
        case 'sleep':
          return { op: 'sleep', seconds: e.seconds! };
        case 'rename':
          return { op: 'rename', from: e.from!, to: e.to! };
        default:
          return { op: e.op as SimEvent['op'], path: e.path! };
      }
    });
}

function outcomeClass(o: string): string {
  return o === 'raised' ? 'failed' : o;
}

function secretValue(root: PyDict, key: string): string {
  const v = dictPath(root, ...key.split('.'));
  return v === undefined ? '' : pyStr(v);
}

/** The differences between the plan and the recording, as readable lines; empty when they agree. */
export function compareGolden(root: string, goldenPath: string): string[] {
  const trace = JSON.parse(readFileSync(goldenPath, 'utf8')) as Trace;
  const fixtureText = readFileSync(root + trace.fixture, 'utf8');
  const options = scenarioOptions(fixtureText);
  const loaded = loadConfigPath(root + trace.fixture);
  const plan = planLoaded(loaded, {
    patroniVersion: trace.recorded_with.patroni,
    pgVersion: String(trace.pg_version),
    cloneFrom: trace.clone_from === 'none' ? 'none' : trace.clone_from,
  });
  const substitute = placeholderValues(loaded.root!, trace.harness.home);
  const sim = simulate(plan, { ...options, failureLeavesData: trace.harness.failure_leaves_data && !options.cleanFailures, substitute });
  return [
    ...diffBranch('bootstrap', sim.bootstrap, trace.bootstrap),
    ...(sim.bootstrap.first_start !== undefined || trace.bootstrap.first_start ? diffBranch('bootstrap.first_start', sim.bootstrap.first_start ?? null, trace.bootstrap.first_start) : []),
    ...diffBranch('replica', sim.replica, trace.replica),
    ...diffBranch('first_start', sim.first_start, trace.first_start),
  ];
}

/** The values a recorded run had for the plan's placeholders: the fixture's secrets, escaped where they land, and the harness's home. */
export function placeholderValues(root: PyDict, home: string): (text: string, context?: SecretContext) => string {
  return (text: string, context?: SecretContext): string =>
    text
      .replace(/\$\{secret:([^}]+)\}/g, (_m, key: string) => {
        const value = secretValue(root, key);
        if (context === 'pgpass') return value.replace(/([:\\])/g, '\\$1');
        // A connection-string value (backslash before ' \ and space) inside a quoted recovery.conf value (' and \ doubled).
        if (context === 'recovery.conf') return value.replace(/(['\\ ])/g, '\\$1').replace(/(['\\])/g, '$1$1');
        return value;
      })
      .replace(/\$\{home\}/g, home)
      // record.py runs Patroni from inside the pretended home directory (child_run's chdir).
      .replace(/\$\{cwd\}/g, home)
      .replace(/\$\{pwfile\}/g, '${PWFILE}');
}

function diffBranch(name: string, ours: SimBranch | null, theirs: TraceBranch | null | undefined): string[] {
  if (!ours || !theirs) return ours || theirs ? [`${name}: plan ${ours ? 'runs' : 'does not run'} it, Patroni ${theirs ? 'runs' : 'does not run'} it`] : [];
  const out: string[] = [];
  if (outcomeClass(ours.outcome) !== outcomeClass(theirs.outcome)) out.push(`${name}: outcome plan=${ours.outcome} patroni=${theirs.outcome}`);
  const a = ours.events.map((e) => JSON.stringify(e));
  const b = traceEvents(theirs).map((e) => JSON.stringify(e));
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      out.push(`${name}: event ${i + 1}\n    plan:    ${a[i] ?? '(none)'}\n    patroni: ${b[i] ?? '(none)'}`);
      break;
    }
  }
  return out;
}
