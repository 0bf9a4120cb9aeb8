/**
 * Compares the server parameters of a plan's start steps with the postgresql.conf lines and postgres command line
 * Patroni was recorded starting with (the `conf` and `argv` of a trace's `start` event).
 */
import { readFileSync } from 'node:fs';
import { planLoaded } from '../../src/api.js';
import { loadConfigPath } from '../../src/load/load-config.js';
import { dictPath } from '../../src/py/dict.js';
import { pyStr } from '../../src/py/str.js';
import type { Plan, Step } from '../../src/plan/plan-types.js';

interface StartEvent {
  op: string;
  argv?: string[];
  conf?: string[] | null;
}
interface Branch {
  events: StartEvent[];
  first_start?: Branch | null;
}
interface Trace {
  recorded_with: { patroni: string };
  fixture: string;
  pg_version: number;
  clone_from: string;
  harness: { home: string };
  bootstrap: Branch;
  first_start: Branch | null;
}

/** `name = 'value'` as ConfigWriter writes it: ' and \ doubled. */
export function parseConfLine(line: string): [string, string] {
  const m = /^(\S+) = '(.*)'$/s.exec(line);
  if (!m) throw new Error(`unexpected postgresql.conf line: ${line}`);
  return [m[1]!, m[2]!.replace(/''/g, "'").replace(/\\\\/g, '\\')];
}

function firstStart(branch: Branch | null | undefined): StartEvent | undefined {
  return branch?.events.find((e) => e.op === 'start');
}

function planStart(steps: Step[] | undefined): Step | undefined {
  return steps?.find((s) => s.action === 'start_postgres');
}

export interface StartComparison {
  /** how many recorded starts were compared */
  starts: number;
  /** recorded starts without the `conf` record (recorded before it existed) */
  unrecorded: number;
  diffs: string[];
}

export function compareServerParameters(root: string, goldenPath: string): StartComparison {
  const trace = JSON.parse(readFileSync(goldenPath, 'utf8')) as Trace;
  const loaded = loadConfigPath(root + trace.fixture);
  const plan: Plan = planLoaded(loaded, {
    patroniVersion: trace.recorded_with.patroni,
    pgVersion: String(trace.pg_version),
    cloneFrom: trace.clone_from === 'none' ? 'none' : trace.clone_from,
  });
  // record.py runs Patroni from inside the pretended home directory, which ${cwd} stands for.
  const secret = (text: string) =>
    text.replace(/\$\{secret:([^}]+)\}/g, (_m, key: string) => pyStr(dictPath(loaded.root!, ...key.split('.'))!)).replace(/\$\{cwd\}/g, trace.harness.home);
  const pairs: [string, StartEvent | undefined, Step | undefined][] = [
    ['bootstrap', firstStart(trace.bootstrap), planStart(plan.bootstrap.steps)],
    ['bootstrap.first_start', firstStart(trace.bootstrap.first_start), planStart(plan.bootstrap.clone?.first_start?.steps)],
    ['first_start', firstStart(trace.first_start), planStart(plan.replica.first_start?.steps)],
  ];
  const out: StartComparison = { starts: 0, unrecorded: 0, diffs: [] };
  for (const [name, recorded, planned] of pairs) {
    if (!recorded) continue;
    if (recorded.conf === undefined) {
      out.unrecorded++;
      continue;
    }
    out.starts++;
    const sp = planned?.server_parameters;
    if (!sp) {
      out.diffs.push(`${name}: Patroni starts postgres, the plan has no server_parameters there`);
      continue;
    }
    const theirs = (recorded.conf ?? []).map(parseConfLine).map(([k, v]) => `${k} = ${v}`);
    const ours = Object.entries(sp.conf).map(([k, v]) => `${k} = ${secret(v)}`);
    const diff = firstDifference(ours, theirs);
    if (diff) out.diffs.push(`${name}: postgresql.conf ${diff}`);
    const cmd = firstDifference(sp.command_line.map(secret), recorded.argv!.slice(4));
    if (cmd) out.diffs.push(`${name}: command line ${cmd}`);
  }
  return out;
}

function firstDifference(ours: string[], theirs: string[]): string | undefined {
  const n = Math.max(ours.length, theirs.length);
  for (let i = 0; i < n; i++) {
    if (ours[i] !== theirs[i]) return `line ${i + 1}: plan ${JSON.stringify(ours[i] ?? '(none)')}, patroni ${JSON.stringify(theirs[i] ?? '(none)')}`;
  }
  return undefined;
}
