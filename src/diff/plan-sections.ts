/**
 * A plan as named sections of canonical lines, the form `diff` compares: one section per
 * branch part and per step (`bootstrap › step initdb`, `replica › method basebackup › attempt 1
 * › step basebackup`), one line per argv element, env variable, parameter and content line.
 * Fields that differ without changing what runs (config_files, content_sha256, the version
 * fields) are left out; the diff header shows them instead.
 */
import type { Plan, ReplicaBranch, ReplicaMethodPlan, Step } from '../plan/plan-types.js';

export interface Section {
  heading: string;
  lines: string[];
  /** The step this section shows, for `diff --format json`. */
  step?: Step;
}

function stepLines(s: Step): string[] {
  const out = [`action: ${s.action}`, `description: ${s.description}`];
  if (s.when !== undefined) out.push(`when: ${s.when}`);
  (s.argv ?? []).forEach((a, i) => out.push(`argv[${i}]: ${JSON.stringify(a)}`));
  for (const [k, v] of Object.entries(s.env ?? {})) out.push(`env ${k}=${JSON.stringify(v)}`);
  if (s.path !== undefined) out.push(`path: ${s.path}`);
  if (s.mode !== undefined) out.push(`mode: ${s.mode}`);
  if (s.secret !== undefined) out.push(`content from secret: ${s.secret}`);
  if (s.content !== undefined) for (const line of s.content.split('\n')) out.push(`| ${line}`);
  for (const [k, v] of Object.entries(s.parameters ?? {})) out.push(`parameter ${k} = ${JSON.stringify(v)}`);
  for (const [k, v] of Object.entries(s.server_parameters?.conf ?? {})) out.push(`postgresql.conf ${k} = ${JSON.stringify(v)}`);
  for (const o of s.server_parameters?.command_line ?? []) out.push(`command line ${o}`);
  for (const c of s.server_parameters?.changes ?? []) out.push(`${c.action} ${c.name}${c.value !== undefined ? ` (${JSON.stringify(c.value)})` : ''}: ${c.reason}`);
  if (s.seconds !== undefined) out.push(`seconds: ${s.seconds}`);
  if (s.on_failure !== undefined) out.push(`on failure: ${s.on_failure}`);
  if (s.always) out.push('always: true');
  return out;
}

function steps(out: Section[], prefix: string, list: Step[]): void {
  const seen = new Map<string, number>();
  for (const s of list) {
    const n = (seen.get(s.id) ?? 0) + 1;
    seen.set(s.id, n);
    out.push({ heading: `${prefix} › step ${s.id}${n > 1 ? ` #${n}` : ''}`, lines: stepLines(s), step: s });
  }
}

function method(out: Section[], prefix: string, m: ReplicaMethodPlan, i: number): void {
  const at = `${prefix} › method ${m.name}`;
  out.push({ heading: at, lines: [`position: ${i + 1}`, `kind: ${m.kind}`, `attempts: ${m.attempts.length}`, ...m.notes.map((n) => `note: ${n}`)] });
  m.attempts.forEach((a, k) => steps(out, `${at} › attempt ${k + 1}`, a));
  steps(out, `${at} › after failure`, m.after_failure);
}

function clone(out: Section[], prefix: string, c: ReplicaBranch): void {
  out.push({
    heading: prefix,
    lines: [
      `methods from: ${c.source}`,
      `methods: ${c.methods.map((m) => m.name).join(', ') || '(none)'}`,
      ...c.skipped.map((s) => `skipped: ${s.name}: ${s.reason}`),
      ...c.notes.map((n) => `note: ${n}`),
      `if every method fails: ${c.on_all_failed}`,
    ],
  });
  steps(out, `${prefix} › before the methods`, c.prepare);
  c.methods.forEach((m, i) => method(out, prefix, m, i));
  steps(out, `${prefix} › if every method fails`, c.after_all_failed);
  out.push({ heading: `${prefix} › first start`, lines: c.first_start.notes.map((n) => `note: ${n}`) });
  steps(out, `${prefix} › first start`, c.first_start.steps);
}

function rejoin(out: Section[], r: NonNullable<Plan['rejoin']>): void {
  out.push({ heading: 'rejoin', lines: [`mode: ${r.mode}`, `credentials: ${r.credentials}`, ...r.notes.map((n) => `note: ${n}`)] });
  steps(out, 'rejoin › checks', r.checks);
  for (const c of r.cases) {
    out.push({ heading: `rejoin › case ${c.id}`, lines: [`when: ${c.when}`, `outcome: ${c.outcome}`, ...(c.then_replica ? ['then: the replica branch'] : [])] });
    steps(out, `rejoin › case ${c.id}`, c.steps);
  }
}

export function planSections(plan: Plan): Section[] {
  const out: Section[] = [];
  const c = plan.clone_from;
  out.push({
    heading: 'node',
    lines: [
      `name: ${plan.node.name ?? '(none)'}`,
      `scope: ${plan.node.scope ?? '(none)'}`,
      `data_dir: ${plan.node.data_dir ?? '(none)'}`,
      `pgpass: ${plan.node.pgpass}`,
      `clone from: ${c.kind === 'url' ? c.url : c.kind}`,
    ],
  });
  out.push({ heading: 'bootstrap', lines: [`kind: ${plan.bootstrap.kind}`, `method: ${plan.bootstrap.method}`, ...plan.bootstrap.notes.map((n) => `note: ${n}`)] });
  steps(out, 'bootstrap', plan.bootstrap.steps);
  if (plan.bootstrap.clone) clone(out, 'bootstrap › standby leader clone', plan.bootstrap.clone);
  clone(out, 'replica', plan.replica);
  if (plan.rejoin) rejoin(out, plan.rejoin);
  return out.filter((s) => s.lines.length > 0);
}
