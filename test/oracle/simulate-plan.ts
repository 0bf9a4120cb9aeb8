/**
 * Runs a plan on paper in the oracle harness's simulated world (oracle/README.md: "The
 * simulated world"), producing events in the trace vocabulary, so a plan can be compared
 * with what Patroni itself was recorded doing. Only the events a plan models are produced:
 * exec (argv, env), remove of the password file, rmtree, sleep, and the writes of pgpass
 * and recovery settings.
 */
import type { Plan, Step } from '../../src/plan/plan-types.js';

export interface Scenario {
  /** `--fail NAME[@N[,M]]`: launches matching NAME exit non-zero (only the Nth ones when given). */
  fail: { name: string; nth?: number[] }[];
  /** `--missing NAME`: launches matching NAME cannot start. */
  missing: { name: string; nth?: number[] }[];
  /** A failing command leaves a partial copy in the data directory. */
  failureLeavesData: boolean;
  /** Values for ${secret:<key>} and the other placeholders; `pgpass` text escapes secrets as pgpass does. */
  substitute: (text: string, context?: SecretContext) => string;
}

/** Where a secret lands decides how Patroni escapes it: pgpass, or a connection string inside recovery.conf. */
export type SecretContext = 'pgpass' | 'recovery.conf';

export interface SimEvent {
  op: 'exec' | 'remove' | 'rename' | 'rmtree' | 'sleep' | 'write';
  from?: string;
  to?: string;
  argv?: string[];
  env?: Record<string, string>;
  path?: string;
  content?: string;
  mode?: string;
  seconds?: number;
}

export interface SimBranch {
  outcome: 'ok' | 'failed' | 'skipped';
  events: SimEvent[];
}

export interface Simulation {
  /** For a standby leader, `first_start` is its first start after the clone. */
  bootstrap: SimBranch & { first_start?: SimBranch | null };
  replica: SimBranch;
  first_start: SimBranch | null;
}

/** Reads the `# oracle: --fail x@1 --missing y` lines of a fixture. */
export function scenarioOptions(fixtureText: string): Pick<Scenario, 'fail' | 'missing'> & { cleanFailures: boolean } {
  const out = { fail: [] as Scenario['fail'], missing: [] as Scenario['missing'], cleanFailures: false };
  for (const line of fixtureText.split('\n')) {
    const m = /^# oracle:(.*)$/.exec(line);
    if (!m) continue;
    const words = m[1]!.trim().split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (w === '--clean-failures') out.cleanFailures = true;
      if (w === '--fail' || w === '--missing') {
        const [name, nth] = words[++i]!.split('@');
        const entry = { name: name!, ...(nth && { nth: nth.split(',').map(Number) }) };
        (w === '--fail' ? out.fail : out.missing).push(entry);
      }
    }
  }
  return out;
}

interface Launch {
  argv: string[];
  /** Other names a --fail option may use for this launch: the method or the phase. */
  names: string[];
}

/** The harness runs Patroni under umask 022, so a file Patroni does not chmod is 0644. */
const UMASK_022_MODE = '0644';

export class World {
  dataDirFull = false;
  private launches = new Map<string, number>();
  constructor(private readonly scenario: Scenario) {}

  /** How a launch ends, counting matching launches per option as the harness does. */
  result(launch: Launch): 'ok' | 'failed' | 'missing' {
    const names = [launch.argv[0]!, launch.argv[0]!.split('/').pop()!, ...launch.names];
    let result: 'ok' | 'failed' | 'missing' = 'ok';
    for (const [kind, opts] of [['failed', this.scenario.fail], ['missing', this.scenario.missing]] as const) {
      for (const opt of opts) {
        if (!names.includes(opt.name)) continue;
        const n = (this.launches.get(opt.name) ?? 0) + 1;
        this.launches.set(opt.name, n);
        if (!opt.nth || opt.nth.includes(n)) result = kind;
      }
    }
    return result;
  }
}

function subst(s: Scenario, text: string, context?: SecretContext): string {
  return s.substitute(text, context);
}

export function runStep(step: Step, world: World, s: Scenario, names: string[], events: SimEvent[]): 'ok' | 'failed' {
  switch (step.action) {
    case 'run': {
      const argv = step.argv!.map((a) => subst(s, a));
      const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, subst(s, v)]));
      events.push({ op: 'exec', argv, env });
      const result = world.result({ argv, names });
      // A program that could not start leaves nothing behind; one that failed may leave a partial copy.
      if (result === 'ok' || (result === 'failed' && s.failureLeavesData)) world.dataDirFull = true;
      return result === 'ok' ? 'ok' : 'failed';
    }
    case 'remove_file':
      if (step.path === '${pwfile}') events.push({ op: 'remove', path: '${PWFILE}' });
      return 'ok';
    case 'remove_data_dir':
      if (world.dataDirFull) events.push({ op: 'rmtree', path: subst(s, step.path!) });
      world.dataDirFull = false;
      return 'ok';
    case 'sleep':
      events.push({ op: 'sleep', seconds: step.seconds! });
      return 'ok';
    case 'write_file':
      if (step.path !== '${pwfile}') {
        const context: SecretContext | undefined = step.id.endsWith('pgpass') ? 'pgpass' : step.path?.endsWith('/recovery.conf') ? 'recovery.conf' : undefined;
        events.push({ op: 'write', path: subst(s, step.path!), content: subst(s, step.content ?? '', context), mode: step.mode ?? UMASK_022_MODE });
      }
      return 'ok';
    case 'set_parameters': {
      const lines = Object.entries(step.parameters ?? {})
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${k} = '${subst(s, v).replace(/(['\\])/g, '$1$1')}'\n`);
      events.push({ op: 'write', path: 'postgresql.conf#recovery', content: lines.join(''), mode: step.mode ?? UMASK_022_MODE });
      return 'ok';
    }
    case 'fail':
      return 'failed';
    default:
      return 'ok';
  }
}

function bootstrapBranch(plan: Plan, world: World, s: Scenario): SimBranch {
  const events: SimEvent[] = [];
  if (plan.bootstrap.kind === 'none') return { outcome: 'skipped', events };
  let outcome: SimBranch['outcome'] = 'ok';
  for (const step of plan.bootstrap.steps) {
    if (outcome === 'failed' && !step.always) continue;
    const phase = step.id === 'initdb' ? ['initdb'] : step.id === 'custom-bootstrap' ? ['custom_bootstrap', plan.bootstrap.method] : step.id === 'post-bootstrap' ? ['post_bootstrap'] : [];
    if (runStep(step, world, s, phase, events) === 'failed') outcome = 'failed';
  }
  return { outcome, events };
}

export function cloneBranch(clone: Plan['replica'], world: World, s: Scenario): SimBranch {
  const events: SimEvent[] = [];
  if (clone.methods.length === 0) return { outcome: 'skipped', events };
  for (const step of clone.prepare) runStep(step, world, s, [], events);
  for (const method of clone.methods) {
    let succeeded = false;
    for (const attempt of method.attempts) {
      let failed = false;
      for (const step of attempt) {
        if (runStep(step, world, s, [method.name, 'create_replica'], events) === 'failed') failed = true;
        // A failed step with no on_failure ends replica creation at once, as exec does (Patroni raised).
        if (failed && step.on_failure === undefined) return { outcome: 'failed', events };
        if (failed) break;
      }
      if (!failed) {
        succeeded = true;
        break;
      }
    }
    if (succeeded) return { outcome: 'ok', events };
    for (const step of method.after_failure) runStep(step, world, s, [], events);
  }
  for (const step of clone.after_all_failed) runStep(step, world, s, [], events);
  return { outcome: 'failed', events };
}

function firstStart(clone: Plan['replica'], result: SimBranch, world: World, s: Scenario): SimBranch | null {
  if (result.outcome !== 'ok') return null;
  const events: SimEvent[] = [];
  for (const step of clone.first_start.steps) runStep(step, world, s, [], events);
  return { outcome: 'ok', events };
}

export function simulate(plan: Plan, s: Scenario): Simulation {
  const bootstrap = standbyLeader(plan, s) ?? bootstrapBranch(plan, new World(s), s);
  const world = new World(s);
  const replica = cloneBranch(plan.replica, world, s);
  return { bootstrap, replica, first_start: firstStart(plan.replica, replica, world, s) };
}

function standbyLeader(plan: Plan, s: Scenario): Simulation['bootstrap'] | undefined {
  const clone = plan.bootstrap.clone;
  if (!clone) return undefined;
  const world = new World(s);
  const result = cloneBranch(clone, world, s);
  return { ...result, first_start: firstStart(clone, result, world, s) };
}
