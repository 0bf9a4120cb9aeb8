/**
 * What plan, diff and exec read before planning: the configuration, the PATRONI_* env file
 * applied to it, and the running cluster when --cluster is given. A member that cannot be
 * read is a usage error: one line, exit 2.
 */
import { UsageError } from '../diagnostic.js';
import type { LoadedConfig } from '../load/load-config.js';
import { loadInput, readSideFile } from '../load/read-input.js';
import type { ClusterSnapshot } from '../cluster/snapshot.js';
import type { RestFlags } from '../cluster/rest-options.js';
import type { PyDict } from '../py/value.js';
import { resolvePatroniVersion, DEFAULT_PROFILE } from '../facts/patroni-versions.js';

export interface PlanInputFlags extends RestFlags {
  cluster?: string;
  patroniEnv?: string;
  patroniVersion?: string;
}

export async function readClusterOption(arg: string, root: PyDict | undefined, flags: RestFlags): Promise<ClusterSnapshot> {
  const { readCluster, RestError, BadSnapshot } = await import('../cluster/read-cluster.js');
  const { restOptions } = await import('../cluster/rest-options.js');
  try {
    return await readCluster(arg, restOptions(root, flags));
  } catch (err) {
    if (err instanceof RestError || err instanceof BadSnapshot) throw new UsageError(err.message);
    throw err;
  }
}

/** A configuration with its env file applied; the env file's meaning depends on the Patroni release. */
export async function loadWithEnv(file: string, envFile: string | undefined, patroniVersion: string | undefined): Promise<LoadedConfig> {
  return applyEnvFile(loadInput(file), envFile, patroniVersion);
}

/** The PATRONI_* variables of the env file applied to a loaded configuration, as the given release applies them. */
export async function applyEnvFile(loaded: LoadedConfig, envFile: string | undefined, patroniVersion: string | undefined): Promise<LoadedConfig> {
  if (envFile === undefined) return loaded;
  const version = resolvePatroniVersion(patroniVersion ?? DEFAULT_PROFILE) ?? resolvePatroniVersion(DEFAULT_PROFILE)!;
  return (await import('../load/environment.js')).applyEnvironment(loaded, envFile, readEnvFile(envFile), version.version);
}

export async function loadPlanInput(file: string, flags: PlanInputFlags): Promise<{ loaded: LoadedConfig; cluster?: ClusterSnapshot }> {
  if (flags.cluster === undefined) return { loaded: await loadWithEnv(file, flags.patroniEnv, flags.patroniVersion) };
  const plain = loadInput(file);
  const cluster = await readClusterOption(flags.cluster, plain.root ?? undefined, flags);
  // The env file is read as the release the cluster runs, unless --patroni-version says otherwise.
  const loaded = flags.patroniEnv === undefined ? plain : await loadWithEnv(file, flags.patroniEnv, flags.patroniVersion ?? cluster.patroni.patroni.version);
  return { loaded, cluster };
}

function readEnvFile(path: string): string {
  return readSideFile(path, 'the env file').text;
}
