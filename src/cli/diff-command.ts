/**
 * `patroni-plan diff`: two plans compared (docs/plan-review.md, docs/upgrade-impact.md).
 * Exit codes like `git diff --exit-code`: 0 the plans are the same, 1 they differ, 2 error.
 */
import { formatDiagnostic, InputError, type Diagnostic } from '../diagnostic.js';
import { lintLoaded, planLoaded, resolveVersions, UsageError, type Versions } from '../api.js';
import { formatVersion } from '../facts/patroni-versions.js';
import type { LoadedConfig } from '../load/load-config.js';
import { loadConfigSources } from '../load/load-config.js';
import type { Plan } from '../plan/plan-types.js';
import { diffPlans } from '../diff/plan-diff.js';
import { readAtRevision } from '../diff/git-source.js';
import { renderDiffJson, renderDiffText, type DiffSide, type FindingChange, type PlanDiffReport } from '../diff/render-diff.js';
import { patroniFacts, pgFacts, type VersionFact } from '../diff/version-facts.js';
import { loadInput } from '../load/read-input.js';
import { writeOutputFile } from './output-file.js';
import { refuseOutputOverInput } from './output-over-input.js';
import { applyEnvFile, readClusterOption } from './plan-input.js';
import type { RestFlags } from '../cluster/rest-options.js';
import type { ClusterSnapshot } from '../cluster/snapshot.js';
import { knownRunningVersions } from '../cluster/cluster-target.js';

export interface DiffOptions extends Versions, RestFlags {
  /** A running cluster: with one FILE, the file's plan against the plan the cluster gives; otherwise both sides planned for it. */
  cluster?: string;
  patroniEnv?: string;
  git?: string;
  toPatroniVersion?: string;
  toPgVersion?: string;
  cloneFrom?: string;
  format: string;
  color?: boolean;
  output?: string;
}

interface Input {
  label: string;
  loaded: LoadedConfig | null;
  /** Planned as a new member of the running cluster. */
  cluster?: ClusterSnapshot;
}

function inputs(files: string[], opts: DiffOptions, cluster: ClusterSnapshot | undefined): [Input, Input, boolean] {
  const [older, newer, upgrade] = fileInputs(files, opts, cluster);
  if (!cluster) return [older, newer, upgrade];
  // One file: what the file alone says against what the cluster makes of it.
  if (files.length === 1 && opts.git === undefined && !upgrade) return [older, { ...newer, label: `${newer.label} in the cluster at ${cluster.source}`, cluster }, false];
  return [{ ...older, cluster }, { ...newer, cluster }, upgrade];
}

function fileInputs(files: string[], opts: DiffOptions, cluster: ClusterSnapshot | undefined): [Input, Input, boolean] {
  const upgrade = opts.toPatroniVersion !== undefined || opts.toPgVersion !== undefined;
  if (opts.git !== undefined) {
    if (files.length !== 1) throw new UsageError('diff --git REV takes exactly one FILE: the working-tree file to compare with its version at REV');
    const file = files[0]!;
    const newer = loadInput(file);
    const at = readAtRevision(opts.git, file);
    const older = 'absent' in at ? null : loadConfigSources(at.label, [{ file: at.label, bytes: at.bytes }]);
    return [{ label: at.label, loaded: older }, { label: file, loaded: newer }, false];
  }
  if (files.length === 2) return [{ label: files[0]!, loaded: loadInput(files[0]!) }, { label: files[1]!, loaded: loadInput(files[1]!) }, false];
  if (files.length === 1 && (upgrade || cluster)) {
    const loaded = loadInput(files[0]!);
    return [{ label: files[0]!, loaded }, { label: files[0]!, loaded }, upgrade];
  }
  throw new UsageError('diff needs OLD NEW, --git REV FILE, FILE with --to-patroni-version/--to-pg-version, or FILE with --cluster');
}

function describe(input: Input, plan: Plan | null): DiffSide {
  return {
    label: input.label,
    absent: plan === null,
    patroni_version: plan?.patroni_version ?? null,
    postgresql_version: plan?.postgresql_version ?? null,
    config_files: plan?.config_files ?? [],
  };
}

const findingText = (d: Diagnostic): string => `${d.line}:${d.col}: ${d.severity} ${d.ruleId} ${d.message}`;

/** Findings that appear or go away when only the versions change (the same file on both sides). */
function findingChanges(loaded: LoadedConfig, a: Versions, b: Versions): FindingChange[] {
  const x = lintLoaded(loaded, resolveVersions(a)).map(findingText);
  const y = lintLoaded(loaded, resolveVersions(b)).map(findingText);
  return [...x.filter((t) => !y.includes(t)).map((text) => ({ change: 'gone' as const, text })), ...y.filter((t) => !x.includes(t)).map((text) => ({ change: 'new' as const, text }))];
}

/** --patroni-env applies to both sides alike. */
async function withEnv([a, b, upgrade]: [Input, Input, boolean], envFile: string | undefined, patroniVersion: string | undefined): Promise<[Input, Input, boolean]> {
  if (envFile === undefined) return [a, b, upgrade];
  const apply = async (i: Input): Promise<Input> => ({ ...i, loaded: i.loaded && (await applyEnvFile(i.loaded, envFile, patroniVersion)) });
  return [await apply(a), await apply(b), upgrade];
}

export async function runDiff(files: string[], opts: DiffOptions): Promise<number> {
  const cluster = opts.cluster === undefined ? undefined : await readClusterOption(opts.cluster, files.length === 1 || opts.git !== undefined ? (loadInput(files[files.length - 1]!).root ?? undefined) : undefined, opts);
  // Both sides at the versions the cluster runs, unless the flags say otherwise: the diff is then the cluster's doing alone.
  const running = cluster && knownRunningVersions(cluster);
  const patroniVersion = opts.patroniVersion ?? running?.patroniVersion;
  const pgVersion = opts.pgVersion ?? running?.pgVersion;
  const oldVersions: Versions = { patroniVersion, pgVersion };
  const newVersions: Versions = { patroniVersion: opts.toPatroniVersion ?? patroniVersion, pgVersion: opts.toPgVersion ?? pgVersion };
  const a = resolveVersions(oldVersions);
  const b = resolveVersions(newVersions);
  refuseOutputOverInput(opts.output, [...files, opts.patroniEnv, opts.cluster]);
  let report: PlanDiffReport;
  try {
    const [older, newer, upgrade] = await withEnv(inputs(files, opts, cluster), opts.patroniEnv, patroniVersion);
    const planOf = (i: Input, v: Versions): Plan | null => (i.loaded ? planLoaded(i.loaded, { ...v, cloneFrom: opts.cloneFrom, ...(i.cluster && { cluster: i.cluster }) }) : null);
    const p = planOf(older, oldVersions);
    const q = planOf(newer, newVersions);
    const plans = [p, q].filter((x): x is Plan => x !== null);
    const changes = diffPlans(p, q);
    const changed = changes.map((c) => c.heading);
    let facts: VersionFact[] = [];
    let others = 0;
    let factsKind: PlanDiffReport['facts_kind'] = 'none';
    if (formatVersion(a.patroni) !== formatVersion(b.patroni)) {
      ({ explaining: facts, others } = patroniFacts(a.patroni, b.patroni, plans, changed));
      factsKind = 'patroni';
    } else if (a.pgVersion !== b.pgVersion) {
      facts = pgFacts(b.patroni, plans, changed);
      factsKind = 'postgresql';
    }
    const versionsDiffer = factsKind !== 'none';
    report = {
      old: describe(older, p),
      new: describe(newer, q),
      changes,
      facts,
      other_facts: others,
      facts_kind: factsKind,
      findings: upgrade && versionsDiffer && newer.loaded ? findingChanges(newer.loaded, oldVersions, newVersions) : [],
    };
  } catch (err) {
    if (err instanceof InputError) {
      process.stderr.write(err.diagnostics.map((d) => formatDiagnostic(d) + '\n').join(''));
      process.stderr.write('patroni-plan: diff: a configuration cannot be planned\n');
      return 2;
    }
    throw err;
  }
  const color = opts.color ?? (!opts.output && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const text = opts.format === 'json' ? renderDiffJson(report) : renderDiffText(report, color);
  if (opts.output) writeOutputFile(opts.output, text);
  else process.stdout.write(text);
  return report.changes.length ? 1 : 0;
}
