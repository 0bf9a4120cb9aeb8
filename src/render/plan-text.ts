/**
 * The plan for people: each branch as numbered steps, argv shell-quoted so it can be read
 * (and pasted) exactly, env and files beneath.
 */
import type { Plan, RejoinBranch, ReplicaBranch, ReplicaMethodPlan, Step } from '../plan/plan-types.js';

/** POSIX shell quoting, for display only: Patroni itself never uses a shell. */
export function shellQuote(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_@%+=:,./${}-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

function stepLines(step: Step, n: string): string[] {
  const lines = [`${n} ${step.description}${step.when ? ` (when ${step.when})` : ''}`];
  const pad = ' '.repeat(n.length + 1);
  if (step.argv) lines.push(`${pad}$ ${step.argv.map(shellQuote).join(' ')}`);
  for (const [k, v] of Object.entries(step.env ?? {})) lines.push(`${pad}env ${k}=${shellQuote(v)}`);
  if (step.action === 'write_file' || step.action === 'remove_file' || step.action === 'remove_data_dir' || step.action === 'empty_dir') {
    lines.push(`${pad}${step.action.replace(/_/g, ' ')} ${step.path}${step.mode ? ` (mode ${step.mode})` : ''}${step.files_only ? ' (files only)' : ''}`);
  }
  if (step.action === 'archive_ready_wal') {
    lines.push(`${pad}segments of ${step.path}, each: ${step.shell ? `$ /bin/sh -c ${shellQuote(step.command!)}` : `split like a command line: ${step.command}`}`);
  }
  if (step.secret && step.content === undefined) lines.push(`${pad}content: the value of ${step.secret}`);
  if (step.content !== undefined && step.content !== '') {
    for (const line of step.content.replace(/\n$/, '').split('\n')) lines.push(`${pad}| ${line}`);
  }
  for (const [k, v] of Object.entries(step.parameters ?? {})) lines.push(`${pad}${k} = ${JSON.stringify(v)}`);
  if (step.server_parameters) lines.push(...serverParameterLines(step.server_parameters, pad));
  if (step.seconds !== undefined) lines.push(`${pad}sleep ${step.seconds}s`);
  if (step.on_failure) lines.push(`${pad}on failure: ${step.on_failure.replace(/_/g, ' ')}`);
  return lines;
}

/** Words joined with `sep`, wrapped before `width` columns, continuation lines indented by `indent`. */
function wrapped(head: string, words: string[], indent: string, width = 110): string[] {
  const out: string[] = [];
  let line = head;
  for (const w of words) {
    if (line.length + w.length + 1 > width && line.trim() !== head.trim()) {
      out.push(line);
      line = indent + w;
    } else line += (line.endsWith(' ') ? '' : ' ') + w;
  }
  out.push(line);
  return out;
}

const confWord = (k: string, v: string) => `${k}=${/^[A-Za-z0-9_.,:/*@+-]+$/.test(v) ? v : `'${v.replace(/'/g, "''")}'`}`;

/** The server parameters of a start, compact: the postgresql.conf settings, the command line, what changed. */
function serverParameterLines(sp: NonNullable<Step['server_parameters']>, pad: string): string[] {
  const inner = `${pad}  `;
  return [
    ...wrapped(`${pad}postgresql.conf:`, Object.entries(sp.conf).map(([k, v]) => confWord(k, v)), inner),
    ...wrapped(`${pad}postgres command line:`, sp.command_line.map(shellQuote), inner),
    ...sp.changes.map((c) => `${pad}${c.action} ${c.name}${c.value !== undefined ? ` (${JSON.stringify(c.value)})` : ''}: ${c.reason}`),
  ];
}

function methodLines(m: ReplicaMethodPlan, i: number): string[] {
  const out = [`  method ${i + 1}: ${m.name} (${m.kind})`];
  for (const note of m.notes) out.push(`    note: ${note}`);
  m.attempts.forEach((attempt, a) => {
    if (m.attempts.length > 1) out.push(`    attempt ${a + 1}:`);
    attempt.forEach((s, k) => out.push(...stepLines(s, `    ${k + 1}.`)));
  });
  if (m.after_failure.length) {
    out.push('    after failure:');
    m.after_failure.forEach((s, k) => out.push(...stepLines(s, `    ${k + 1}.`)));
  }
  return out;
}

/** A clone (replica branch, or a standby leader's) and the first start that follows it. */
function cloneLines(clone: ReplicaBranch, who: string): string[] {
  const out: string[] = [];
  for (const note of clone.notes) out.push(`  note: ${note}`);
  for (const s of clone.skipped) out.push(`  skipped: ${s.name}: ${s.reason}`);
  if (clone.prepare.length) out.push('  before the methods:');
  clone.prepare.forEach((s, i) => out.push(...stepLines(s, `    ${i + 1}.`)));
  clone.methods.forEach((m, i) => out.push(...methodLines(m, i)));
  if (clone.after_all_failed.length) {
    out.push('  if every method fails:');
    clone.after_all_failed.forEach((s, k) => out.push(...stepLines(s, `    ${k + 1}.`)));
  }
  out.push(`  then: ${clone.on_all_failed}`);
  out.push('', `== first start of ${who}`);
  for (const note of clone.first_start.notes) out.push(`  note: ${note}`);
  clone.first_start.steps.forEach((s, i) => out.push(...stepLines(s, `  ${i + 1}.`)));
  return out;
}

const REJOIN_MODE = {
  rewind: 'pg_rewind (use_pg_rewind)',
  reinitialize: 'image anew (remove_data_directory_on_diverged_timelines)',
  none: 'nothing: a diverged node cannot follow',
} as const;

/** The former primary's rejoin: the checks, then each run-time case with its condition. */
function rejoinLines(r: RejoinBranch): string[] {
  const out = ['', `== rejoin (a former primary following the new leader): ${REJOIN_MODE[r.mode]}`];
  if (r.credentials !== 'none') out.push(`  credentials: ${r.credentials}`);
  for (const note of r.notes) out.push(`  note: ${note}`);
  r.checks.forEach((s, i) => out.push(...stepLines(s, `  ${i + 1}.`)));
  for (const c of r.cases) {
    out.push(`  case ${c.id}: when ${c.when}`);
    c.steps.forEach((s, i) => out.push(...stepLines(s, `    ${i + 1}.`)));
    if (c.then_replica) out.push('    then: the replica branch above (its methods, then its first start)');
    out.push(`    outcome: ${c.outcome}`);
  }
  return out;
}

export function renderPlanText(plan: Plan): string {
  const out: string[] = [];
  out.push(`patroni-plan: Patroni ${plan.patroni_version}${plan.patroni_version_recorded ? '' : ' (not a recorded release: facts applied by version)'}, PostgreSQL ${plan.postgresql_version}`);
  out.push(`node: ${plan.node.name ?? '(no name)'} in cluster ${plan.node.scope ?? '(no scope)'}, data directory ${plan.node.data_dir ?? '(none)'}`);
  const c = plan.clone_from;
  out.push(`clone from: ${c.kind === 'url' ? c.url : c.kind === 'none' ? 'none (no running member)' : 'not given (shown as placeholders)'}`);
  const how = {
    custom: `custom method '${plan.bootstrap.method}'`,
    initdb: 'initdb',
    standby_leader: 'clone the remote primary (standby cluster)',
    none: 'never (this node does not bootstrap)',
  }[plan.bootstrap.kind];
  out.push('', `== bootstrap (first node of a new cluster): ${how}`);
  for (const note of plan.bootstrap.notes) out.push(`  note: ${note}`);
  plan.bootstrap.steps.forEach((s, i) => out.push(...stepLines(s, `  ${i + 1}.`)));
  if (plan.bootstrap.clone) out.push(...cloneLines(plan.bootstrap.clone, 'the standby leader'));
  out.push('', `== replica (every other node): ${plan.replica.methods.map((m) => m.name).join(', ') || 'no method can run'}`);
  out.push(...cloneLines(plan.replica, 'the new replica'));
  if (plan.rejoin) out.push(...rejoinLines(plan.rejoin));
  const ph = Object.entries(plan.placeholders);
  if (ph.length) {
    out.push('', 'placeholders:');
    for (const [k, v] of ph) out.push(`  \${${k}}: ${v}`);
  }
  return out.join('\n') + '\n';
}
