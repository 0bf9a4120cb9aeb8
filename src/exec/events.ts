/**
 * What exec reports: one event per thing that happens, rendered as progress lines for people
 * or as one JSON object per line for programs.
 *
 * Secrets are hidden by placement, not by searching all text: the plan puts a secret only
 * into the content of the pgpass and password files, which exec never prints, so the
 * structure exec prints (argv, env, paths, actions, descriptions, JSON keys) holds none and
 * is printed as it is (a password `postgres` no longer turns `/usr/lib/postgresql` into
 * `/usr/lib/[secret]ql`). What a child prints is not ours: any occurrence of a secret value
 * (or its escaped forms) in a line of child output is replaced by `[secret]`.
 */
import type { Step } from '../plan/plan-types.js';
import { shellQuote } from '../render/plan-text.js';

export type Outcome = 'ok' | 'failed' | 'interrupted' | 'refused';

export type ExecEvent =
  | { event: 'begin'; branch: string; source: 'plan' | 'config'; plan_sha256: string; patroni_version: string; postgresql_version: string; data_dir: string; dry_run: boolean }
  | { event: 'method'; method: string; kind: string; index: number; count: number }
  | { event: 'attempt'; method: string; attempt: number; count: number }
  | { event: 'step'; step: string; action: Step['action']; description: string; argv?: string[]; env?: Record<string, string>; path?: string; mode?: string; parameters?: Record<string, string>; seconds?: number; when?: string }
  | { event: 'output'; step: string; stream: 'stdout' | 'stderr'; line: string }
  | { event: 'step_end'; step: string; status: 'ok' | 'failed' | 'skipped' | 'interrupted'; exit_code?: number; signal?: string; reason?: string; ms: number }
  | { event: 'method_end'; method: string; outcome: 'ok' | 'failed' }
  | { event: 'note'; message: string }
  | { event: 'cleanup'; message: string }
  | { event: 'end'; outcome: Outcome; exit_code: number; reason?: string; method?: string };

export interface Writers {
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * A reader that went away (`exec ... | head`) must not kill the run before it has cleaned
 * up: write errors on our own output are ignored.
 */
let ignoringWriteErrors = false;

function processWriters(): Writers {
  if (!ignoringWriteErrors) {
    process.stdout.on('error', () => undefined);
    process.stderr.on('error', () => undefined);
    ignoringWriteErrors = true;
  }
  return { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
}

export const REDACTED = '[secret]';

export class Reporter {
  private secrets: string[] = [];

  constructor(
    readonly format: 'text' | 'json',
    private readonly writers: Writers = processWriters(),
  ) {}

  /** Values to hide in child output from now on; longest first, so a secret containing another is hidden whole. */
  hide(values: Iterable<string>): void {
    const all = new Set([...this.secrets, ...[...values].filter((v) => v !== '')]);
    this.secrets = [...all].sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    for (const s of this.secrets) out = out.split(s).join(REDACTED);
    return out;
  }

  emit(e: ExecEvent): void {
    const safe = e.event === 'output' ? { ...e, line: this.redact(e.line) } : e;
    if (this.format === 'json') {
      this.writers.out(JSON.stringify(safe) + '\n');
      return;
    }
    const { text, toErr } = renderText(safe);
    if (text !== null) (toErr ? this.writers.err : this.writers.out)(text);
  }
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function renderText(e: ExecEvent): { text: string | null; toErr?: boolean } {
  switch (e.event) {
    case 'begin':
      return {
        text:
          `patroni-plan exec: ${e.branch} branch, Patroni ${e.patroni_version}, PostgreSQL ${e.postgresql_version}, ` +
          `data directory ${e.data_dir} (plan ${e.plan_sha256.slice(0, 12)} from ${e.source})${e.dry_run ? '\ndry run: nothing is run, written or removed' : ''}\n`,
      };
    case 'method':
      return { text: `== method ${e.index} of ${e.count}: ${e.method} (${e.kind})\n` };
    case 'attempt':
      return { text: `   attempt ${e.attempt} of ${e.count}\n` };
    case 'step':
      return { text: stepLines(e).join('\n') + '\n' };
    case 'output':
      return { text: `   | ${e.line}\n`, toErr: e.stream === 'stderr' };
    case 'step_end':
      return { text: `   ${stepEndText(e)}\n` };
    case 'method_end':
      return { text: `== ${e.method}: ${e.outcome === 'ok' ? 'succeeded' : 'failed'}\n` };
    case 'note':
      return { text: `note: ${e.message}\n` };
    case 'cleanup':
      return { text: `cleanup: ${e.message}\n` };
    case 'end':
      if (e.outcome === 'ok') return { text: `done${e.method ? `: the replica was built by method '${e.method}'` : ''}${e.reason ? `: ${e.reason}` : ''}\n` };
      return { text: `${e.outcome}: ${e.reason ?? ''} (exit ${e.exit_code})\n`, toErr: true };
  }
}

function stepLines(e: Extract<ExecEvent, { event: 'step' }>): string[] {
  const lines = [`-> ${e.step}: ${e.description}${e.when ? ` (when ${e.when})` : ''}`];
  if (e.argv) lines.push(`   $ ${e.argv.map(shellQuote).join(' ')}`);
  for (const [k, v] of Object.entries(e.env ?? {})) lines.push(`   env ${k}=${shellQuote(v)}`);
  if (e.path) lines.push(`   ${e.action.replace(/_/g, ' ')} ${e.path}${e.mode ? ` (mode ${e.mode})` : ''}`);
  for (const [k, v] of Object.entries(e.parameters ?? {})) lines.push(`   ${k} = ${JSON.stringify(v)}`);
  if (e.seconds !== undefined) lines.push(`   sleep ${e.seconds} s`);
  return lines;
}

function stepEndText(e: Extract<ExecEvent, { event: 'step_end' }>): string {
  const detail = e.reason ?? (e.exit_code !== undefined ? `exit code ${e.exit_code}` : e.signal ? `killed by ${e.signal}` : '');
  if (e.status === 'ok') return `ok${e.reason ? `: ${e.reason}` : ''} (${seconds(e.ms)})`;
  if (e.status === 'skipped') return `skipped: ${e.reason ?? ''}`;
  return `${e.status}${detail ? `: ${detail}` : ''} (${seconds(e.ms)})`;
}
