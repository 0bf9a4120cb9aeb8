/**
 * The plan diff for people (a unified diff, one hunk per changed section, under a `@@ heading @@`
 * line) and for programs (JSON). Colour only when asked for (a terminal).
 */
import type { DiffLine, SectionChange } from './plan-diff.js';
import type { VersionFact } from './version-facts.js';

export interface DiffSide {
  label: string;
  absent: boolean;
  patroni_version: string | null;
  postgresql_version: string | null;
  config_files: string[];
}

export interface FindingChange {
  change: 'new' | 'gone';
  text: string;
}

export interface PlanDiffReport {
  old: DiffSide;
  new: DiffSide;
  changes: SectionChange[];
  facts: VersionFact[];
  /** Other facts that differ between the two releases without showing in this plan. */
  other_facts: number;
  facts_kind: 'patroni' | 'postgresql' | 'none';
  findings: FindingChange[];
}

const CONTEXT = 3;

/** Unchanged lines further than CONTEXT from a change are folded into one `…` line. */
function trimmed(lines: DiffLine[]): (DiffLine | null)[] {
  const near = lines.map(() => false);
  lines.forEach((l, i) => {
    if (l.op === ' ') return;
    for (let k = Math.max(0, i - CONTEXT); k <= Math.min(lines.length - 1, i + CONTEXT); k++) near[k] = true;
  });
  const out: (DiffLine | null)[] = [];
  lines.forEach((l, i) => {
    if (near[i]) out.push(l);
    else if (out[out.length - 1] !== null) out.push(null);
  });
  return out;
}

function side(s: DiffSide): string {
  if (s.absent) return `${s.label} (absent)`;
  return `${s.label} (Patroni ${s.patroni_version}, PostgreSQL ${s.postgresql_version})`;
}

export function renderDiffText(r: PlanDiffReport, color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const out: string[] = [paint('1', `--- ${side(r.old)}`), paint('1', `+++ ${side(r.new)}`)];
  if (!r.changes.length) out.push('(the plans are the same)');
  for (const c of r.changes) {
    out.push(paint('36', `@@ ${c.heading} @@${c.change === 'changed' ? '' : ` (${c.change})`}`));
    for (const l of trimmed(c.lines)) {
      if (!l) out.push(paint('2', '  …'));
      else out.push(l.op === '-' ? paint('31', `- ${l.text}`) : l.op === '+' ? paint('32', `+ ${l.text}`) : `  ${l.text}`);
    }
  }
  if (r.facts.length) {
    out.push('');
    out.push(
      r.facts_kind === 'patroni'
        ? paint('1', `Patroni behaviour that changes between ${r.old.patroni_version} and ${r.new.patroni_version} and concerns this plan:`)
        : paint('1', `Patroni ${r.new.patroni_version} behaviour that reads the PostgreSQL version and concerns this plan:`),
    );
    for (const f of r.facts) {
      const when = r.facts_kind === 'patroni' ? ` (${f.old ? 'yes' : 'no'} → ${f.new ? 'yes' : 'no'})` : '';
      out.push(`  ${f.id}${when}: ${f.note}`);
    }
  }
  if (r.facts_kind === 'patroni' && r.other_facts) {
    out.push(`${r.facts.length ? '' : '\n'}${r.other_facts} other recorded behaviour change${r.other_facts === 1 ? '' : 's'} between these releases do${r.other_facts === 1 ? 'es' : ''} not show in this plan (docs/version-facts.md).`);
  }
  if (r.findings.length) {
    out.push('', paint('1', 'Lint findings that differ between the two versions:'));
    for (const f of r.findings) out.push(f.change === 'new' ? paint('32', `+ ${f.text}`) : paint('31', `- ${f.text}`));
  }
  return out.join('\n') + '\n';
}

export function renderDiffJson(r: PlanDiffReport): string {
  const doc = {
    format_version: 1,
    same: r.changes.length === 0,
    old: r.old,
    new: r.new,
    changes: r.changes,
    version_facts: r.facts,
    other_version_facts: r.other_facts,
    findings: r.findings,
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
