/**
 * Two plans compared section by section (plan-sections.ts): which sections were added,
 * removed or changed, and for a changed one the line diff (the `diff` package).
 */
import { diffArrays } from 'diff';
import type { Plan, Step } from '../plan/plan-types.js';
import { planSections, type Section } from './plan-sections.js';

export interface DiffLine {
  op: ' ' | '-' | '+';
  text: string;
}

export interface SectionChange {
  heading: string;
  change: 'added' | 'removed' | 'changed';
  lines: DiffLine[];
  old_step?: Step;
  new_step?: Step;
}

/** Sections in the order a reader expects: the new plan's order, a removed section after its old predecessor. */
function mergedHeadings(a: Section[], b: Section[]): string[] {
  const out = b.map((s) => s.heading);
  const inB = new Set(out);
  let last = -1;
  for (const s of a) {
    const at = out.indexOf(s.heading);
    if (at >= 0) {
      last = at;
      continue;
    }
    if (inB.has(s.heading)) continue;
    out.splice(last + 1, 0, s.heading);
    last += 1;
  }
  return out;
}

export function diffSections(a: Section[], b: Section[]): SectionChange[] {
  const old = new Map(a.map((s) => [s.heading, s.lines]));
  const neu = new Map(b.map((s) => [s.heading, s.lines]));
  const steps = (list: Section[], heading: string): Step | undefined => list.find((s) => s.heading === heading)?.step;
  const changes: SectionChange[] = [];
  for (const heading of mergedHeadings(a, b)) {
    const x = old.get(heading);
    const y = neu.get(heading);
    if (!x && y) changes.push({ heading, change: 'added', lines: y.map((text) => ({ op: '+', text })) });
    else if (x && !y) changes.push({ heading, change: 'removed', lines: x.map((text) => ({ op: '-', text })) });
    else if (x && y && (x.length !== y.length || x.some((l, i) => l !== y[i]))) {
      const lines: DiffLine[] = [];
      for (const part of diffArrays(x, y)) {
        const op = part.added ? '+' : part.removed ? '-' : ' ';
        for (const text of part.value) lines.push({ op, text });
      }
      changes.push({ heading, change: 'changed', lines });
    }
  }
  for (const c of changes) {
    const x = steps(a, c.heading);
    const y = steps(b, c.heading);
    if (x) c.old_step = x;
    if (y) c.new_step = y;
  }
  return changes;
}

/** An absent config (a file that does not exist at a git revision) compares as no sections. */
export function diffPlans(a: Plan | null, b: Plan | null): SectionChange[] {
  return diffSections(a ? planSections(a) : [], b ? planSections(b) : []);
}
