/**
 * `fix(text, options)`: lint, apply the fixes of what lint reports that do not overlap, lint
 * again, until nothing is left to fix (or a bound on the rounds). A round is kept only when
 * it makes the file lint better: no check reports more than before, and fewer findings in
 * all; otherwise its fixes are tried one by one and those that do not help are dropped.
 */
import { parseDocument } from 'yaml';
import { lintLoaded, resolveVersions, type ResolvedVersions, type Versions } from '../api.js';
import type { Diagnostic } from '../diagnostic.js';
import { isEnabled, type LintOptions } from '../lint/lint-options.js';
import { loadConfigText, type LoadedConfig } from '../load/load-config.js';
import { effectiveConfig } from '../normalise/effective-config.js';
import type { Fix, FixContext } from './fixer.js';
import { FIXERS } from './fixers.js';
import { applyEdits, disjoint } from './text-edit.js';
import { sharedRanges, touchesShared } from './yaml-nodes.js';

export interface FixOptions extends Versions {
  /** The file name the text is reported under (default `<text>`). */
  file?: string;
  /** Which checks run (select, ignore, severity off): a check that does not report is not fixed. */
  lint?: LintOptions;
}

export interface AppliedFix {
  ruleId: string;
  /** Where the finding was, in the text as it was when the fix was applied. */
  line: number;
  col: number;
  description: string;
}

export interface FixResult {
  text: string;
  applied: AppliedFix[];
  /** What lint reports on the fixed text. */
  remaining: Diagnostic[];
}

/** Bounds the rounds: each applies at least one fix, and a fix never brings back the finding it fixed. */
const MAX_ROUNDS = 200;

/** Checks that mean the text could not be read as a configuration: such a text is never edited. */
const UNREADABLE = new Set(['yaml-syntax', 'yaml-tag', 'yaml-value', 'yaml-merge', 'yaml-key', 'encoding', 'input-too-large', 'config-not-mapping']);

interface State {
  text: string;
  loaded: LoadedConfig;
  diagnostics: Diagnostic[];
}

function state(text: string, file: string, versions: ResolvedVersions, lint: LintOptions): State {
  const loaded = loadConfigText(file, text);
  return { text, loaded, diagnostics: lintLoaded(loaded, versions, lint) };
}

const readable = (s: State): boolean => s.loaded.root !== null && !s.diagnostics.some((d) => d.severity === 'error' && UNREADABLE.has(d.ruleId));

/** No check reports more than before (per id and severity), and fewer findings in all. */
function better(after: State, before: State): boolean {
  if (!readable(after) || after.diagnostics.length >= before.diagnostics.length) return false;
  const count = (list: Diagnostic[]): Map<string, number> => list.reduce((m, d) => m.set(`${d.ruleId} ${d.severity}`, (m.get(`${d.ruleId} ${d.severity}`) ?? 0) + 1), new Map<string, number>());
  const was = count(before.diagnostics);
  return [...count(after.diagnostics)].every(([k, n]) => n <= (was.get(k) ?? 0));
}

function candidates(s: State, file: string, versions: ResolvedVersions, lint: LintOptions): Fix[] {
  const root = s.loaded.root!;
  const doc = parseDocument(s.text, { version: '1.1', schema: 'failsafe', merge: false, uniqueKeys: false, keepSourceTokens: true, strict: false, prettyErrors: false });
  const ctx: FixContext = { root, config: effectiveConfig(root), patroni: versions.patroni, pgMajor: Number(versions.pgVersion), file, sources: new Map([[file, s.text]]), text: s.text, doc };
  const reported = new Set(s.diagnostics.map((d) => `${d.ruleId}@${d.file}:${d.line}:${d.col}`));
  const shared = sharedRanges(doc);
  return FIXERS.filter((f) => isEnabled(f.ruleId, lint))
    .flatMap((f) => f.fixes(ctx))
    .filter((f) => f.edits.length > 0 && reported.has(`${f.ruleId}@${file}:${f.line}:${f.col}`) && !touchesShared(f.edits, shared))
    .sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
}

function nonOverlapping(fixes: Fix[]): Fix[] {
  const chosen: Fix[] = [];
  for (const f of fixes) if (chosen.every((c) => disjoint(c.edits, f.edits))) chosen.push(f);
  return chosen;
}

const applied = (f: Fix): AppliedFix => ({ ruleId: f.ruleId, line: f.line, col: f.col, description: f.description });

export function fix(text: string, options: FixOptions = {}): FixResult {
  const file = options.file ?? '<text>';
  const versions = resolveVersions(options);
  const lint = options.lint ?? {};
  let current = state(text, file, versions, lint);
  const done: AppliedFix[] = [];
  for (let round = 0; round < MAX_ROUNDS && readable(current); round++) {
    const batch = nonOverlapping(candidates(current, file, versions, lint));
    const attempts = batch.length > 1 ? [batch, ...batch.map((f) => [f])] : [batch];
    let next: State | undefined;
    for (const fixes of attempts) {
      if (!fixes.length) break;
      const tried = state(applyEdits(current.text, fixes.flatMap((f) => f.edits)), file, versions, lint);
      if (better(tried, current)) {
        next = tried;
        done.push(...fixes.map(applied));
        break;
      }
    }
    if (!next) break;
    current = next;
  }
  return { text: current.text, applied: done, remaining: current.diagnostics };
}
