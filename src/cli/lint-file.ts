/**
 * What `lint` does for one path it was given, the same whether it runs on the main thread or
 * in a worker of `--jobs` (lint-parallel.ts): load it, apply the env file, lint, and keep the
 * masked sources the text format quotes. Everything in and out is plain data.
 */
import { lintLoaded, type ResolvedVersions } from '../api.js';
import type { ClusterSnapshot } from '../cluster/snapshot.js';
import type { Diagnostic } from '../diagnostic.js';
import { applyOptions, type LintOptions } from '../lint/lint-options.js';
import { loadConfigText, type LoadedConfig } from '../load/load-config.js';
import { maskEnvFileNonAssignments, redactSource } from '../render/redact-source.js';
import { secretSpans } from '../validate/secret-values.js';
import { loadInput } from '../load/read-input.js';

export interface LintFileContext {
  versions: ResolvedVersions;
  options: LintOptions;
  envFile?: string;
  envText?: string;
  /** The text `lint --fix` made of a path, to lint instead of what is on disk (lint-fix.ts). */
  fixedTexts?: Map<string, string>;
  /** Keep the sources, masked, for a format that quotes source lines. */
  quoteSources: boolean;
  /** lint --cluster: the running cluster, read once for every path. */
  cluster?: ClusterSnapshot;
}

export interface LintedFile {
  diagnostics: Diagnostic[];
  /** [file, masked text] for each file read, when the context asks for them. */
  sources: [string, string][];
}

export async function lintFile(file: string, ctx: LintFileContext): Promise<LintedFile> {
  const fixedText = ctx.fixedTexts?.get(file);
  let loaded = fixedText === undefined ? loadInput(file) : loadConfigText(file === '-' ? '<stdin>' : file, fixedText);
  // The environment tables load only for --patroni-env.
  if (ctx.envFile !== undefined && ctx.envText !== undefined) loaded = (await import('../load/environment.js')).applyEnvironment(loaded, ctx.envFile, ctx.envText, ctx.versions.patroni);
  const sources = ctx.quoteSources ? quotedSources(loaded, ctx.envFile) : [];
  const diagnostics = lintLoaded(loaded, ctx.versions, ctx.options, ctx.cluster);
  if (ctx.options.hostChecks && loaded.root) {
    const { hostChecks } = await import('../lint/host-checks.js');
    diagnostics.push(...applyOptions(await hostChecks(loaded.root, loaded.sources[0]?.file ?? file), ctx.options));
  }
  return { diagnostics, sources };
}

/** The sources as the text format may quote them: with every secret masked. */
function quotedSources(loaded: LoadedConfig, envFile: string | undefined): [string, string][] {
  const spans = loaded.root ? secretSpans(loaded.root) : [];
  return loaded.sources.map((s) => {
    const text = redactSource(s.file, s.text, spans);
    return [s.file, s.file === envFile ? maskEnvFileNonAssignments(text) : text];
  });
}
